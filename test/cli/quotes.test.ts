import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredQuote } from '../../src/store/port.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const REPORT = [
  'date 2022-01-22',
  'Russian Foreign Minister Sergey Lavrov met Antony Blinken in Geneva on Friday.',
  '',
  '"President Putin is always ready for contact with President Biden," Lavrov said.',
  '',
  'Blinken said that the US will reply "in writing next week".',
].join('\n');

describe('sitrep quotes', () => {
  const dir = tempDir('all');
  const file = join(dir, 'geneva.txt');
  const db = () => `sqlite:${join(dir, 'q.db')}`;
  beforeAll(async () => {
    writeFileSync(file, REPORT);
    expect((await cli(['ingest', file, '--db', db()])).code).toBe(0);
  });

  it('lists the quotes of a file with their speakers as a table', async () => {
    const run = await cli(['quotes', file]);
    expect(run.code).toBe(0);
    const lines = run.out.trim().split('\n');
    expect(lines[0]).toMatch(/^article\s+date\s+speaker\s+kind\s+cue\s+quote/);
    expect(run.out).toMatch(/Sergey Lavrov \(RUSGOV\)\s+direct\s+say\s+President Putin is always ready/);
    expect(run.out).toMatch(/Antony Blinken \(USAGOV\)\s+mixed\s+say\s+that the US will reply/);
  });

  it('filters by speaker, by the actor a quote is about, by kind and by date, the same from a file and a store', async () => {
    const ask = async (args: string[]): Promise<StoredQuote[]> => {
      const fromFile = await cli(['quotes', file, ...args, '--json']);
      const fromStore = await cli(['quotes', '--db', db(), ...args, '--json']);
      expect(fromFile.code).toBe(0);
      expect(fromStore.code).toBe(0);
      const a = JSON.parse(fromFile.out) as StoredQuote[];
      expect(JSON.parse(fromStore.out)).toEqual(a);
      return a;
    };
    const lavrov = await ask(['--speaker', 'lavrov']);
    expect(lavrov.map((q) => q.text)).toEqual([
      'President Putin is always ready for contact with President Biden',
    ]);
    expect(lavrov[0]).toMatchObject({ speaker: { id: 'sergey-lavrov' }, speakerText: 'Lavrov', cue: 'say' });
    expect((await ask(['--about', 'joe-biden'])).map((q) => q.speaker?.id)).toEqual(['sergey-lavrov']);
    expect((await ask(['--speaker', 'USA', '--kind', 'direct'])).map((q) => q.text)).toEqual([
      'in writing next week',
    ]);
    expect(await ask(['--since', '2022-01-23'])).toEqual([]);
    expect(await ask(['--until', '2022-01-22', '--about', 'UKR'])).toEqual([]);
  });

  it('refuses files and a store together, and an unknown kind', async () => {
    expect((await cli(['quotes', file, '--db', db()])).code).toBe(2);
    const bad = await cli(['quotes', file, '--kind', 'rumour']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--kind: 'rumour' is not one of direct, indirect, mixed");
  });
});
