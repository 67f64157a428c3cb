import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/records.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

describe('sitrep events', () => {
  const dir = tempDir('all');
  const db = () => `sqlite:${join(dir, 'e.db')}`;
  const a = () => join(dir, 'a.txt');
  const b = () => join(dir, 'b.txt');
  beforeAll(async () => {
    writeFileSync(a(), 'date 2022-01-21\nRussia attacked Ukraine. Russia has never threatened Poland.');
    writeFileSync(
      b(),
      'date 2022-02-23\nThe European Union imposed sanctions on Russia. Blinken met Lavrov.',
    );
    const run = await cli(['ingest', a(), b(), '--db', db()]);
    expect(run.code).toBe(0);
  });

  it('lists the events of files as a table, asserted ones only unless asked', async () => {
    const run = await cli(['events', a()]);
    expect(run.code).toBe(0);
    const lines = run.out.trim().split('\n');
    expect(lines[0]).toMatch(/^date\s+source\s+target\s+code/);
    expect(run.out).toContain('RUS');
    expect(run.out).not.toContain('130');
    const all = await cli(['events', a(), '--include-negated']);
    expect(all.out).toContain('negated');
    expect(all.out).toContain('130');
  });

  it('filters by dyad, root, code, quad class and date, the same over files and over the store', async () => {
    for (const source of [
      [a(), b()],
      ['--db', db()],
    ]) {
      const dyad = JSON.parse(
        (await cli(['events', ...source, '--dyad', 'UKR,RUS', '--json'])).out,
      ) as Event[];
      expect(dyad.map((e) => e.code)).toEqual(['190']);
      const root = JSON.parse((await cli(['events', ...source, '--root', '16', '--json'])).out) as Event[];
      expect(root.map((e) => `${e.source.code}>${e.target?.code}`)).toEqual(['IGOEUREEC>RUS']);
      const quad = JSON.parse((await cli(['events', ...source, '--quad', '1', '--json'])).out) as Event[];
      expect(quad.every((e) => e.quadClass === 1)).toBe(true);
      const since = JSON.parse(
        (await cli(['events', ...source, '--since', '2022-02-01', '--json'])).out,
      ) as Event[];
      expect(since.every((e) => e.date >= '2022-02-01')).toBe(true);
      const actor = JSON.parse((await cli(['events', ...source, '--actor', 'UKR', '--json'])).out) as Event[];
      expect(actor).toHaveLength(1);
    }
  });

  it('rejects bad filters with a usage error', async () => {
    expect((await cli(['events', a(), '--dyad', 'RUS'])).code).toBe(2);
    expect((await cli(['events', a(), '--quad', '5'])).code).toBe(2);
    expect((await cli(['events', a(), '--code', 'x1'])).code).toBe(2);
    expect((await cli(['events', a(), '--since', '2022-13-01'])).code).toBe(2);
  });
});
