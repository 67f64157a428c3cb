import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

describe('sitrep ingest', () => {
  const dir = tempDir();

  it('stores the seed article dated 2022-01-22 once; a second run stores nothing', async () => {
    const seed = sharedPath('seed');
    if (!seed) return;
    const db = `sqlite:${join(dir, 'seed.db')}`;
    const first = await cli(['ingest', seed, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^stored 1, replaced 0, unchanged 0, rejected 0/);
    const again = await cli(['ingest', seed, '--db', db, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ stored: 0, unchanged: 1, rejected: 0 });
    const list = JSON.parse((await cli(['articles', '--db', db, '--json'])).out);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ published: '2022-01-22' });
    const forced = await cli(['ingest', seed, '--db', db, '--force', '--json']);
    expect(JSON.parse(forced.out)).toMatchObject({ stored: 0, replaced: 1 });
  });

  it('stores the 2 good files of a folder with 10 bad ones, names each bad one with its reason, and exits 1', async () => {
    const input = join(dir, 'batch');
    mkdirSync(join(input, 'nested'), { recursive: true });
    const good = 'date 2022-02-24\nRussian forces launched a full-scale invasion of Ukraine.';
    writeFileSync(join(input, 'good-1.txt'), good);
    writeFileSync(
      join(input, 'nested', 'good-2.jsonl'),
      `${JSON.stringify({ date: '2022-02-21', text: 'Putin recognised the DPR and LPR.' })}\n`,
    );
    const bad: Record<string, string | Buffer> = {
      'empty.txt': '',
      'blank.txt': '   \n\n  ',
      'binary.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'latin1.txt': Buffer.from([
        0x64, 0x61, 0x74, 0x65, 0x20, 0x32, 0x30, 0x32, 0x32, 0x2d, 0x30, 0x31, 0x2d, 0x30, 0x31, 0x0a, 0x4b,
        0xe9, 0x76,
      ]),
      'nodate.txt': 'An article with no date line at all.',
      'broken.jsonl': '{"date": "2022-01-01", "text": "unterminated\n',
      'notext.jsonl': `${JSON.stringify({ date: '2022-01-01', title: 'no body' })}\n`,
      'baddate.jsonl': `${JSON.stringify({ date: '2022-13-45', text: 'impossible date' })}\n`,
      'big.txt': `date 2022-01-01\n${'x'.repeat(3000)}`,
      'nested/no-date.csv': 'title,text\nA title,Some text without a date\n',
    };
    for (const [name, content] of Object.entries(bad)) writeFileSync(join(input, name), content);
    const db = `sqlite:${join(dir, 'batch.db')}`;
    const run = await cli(['ingest', input, '--db', db, '--max-bytes', '2kb', '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out);
    expect(report).toMatchObject({ stored: 2, rejected: 10 });
    const files = report.rejections.map((r: { file: string }) => r.file.slice(input.length + 1)).sort();
    expect(files).toEqual(Object.keys(bad).sort());
    for (const r of report.rejections) expect(r.reason.length).toBeGreaterThan(5);
    const plain = await cli(['ingest', input, '--db', db, '--max-bytes', '2kb']);
    expect(plain.code).toBe(1);
    expect(plain.err.trim().split('\n')).toHaveLength(10);
    expect(plain.err).toMatch(/binary\.bin: .*binary/);
    expect(plain.out).toMatch(/^stored 0, replaced 0, unchanged 2, rejected 10/);
  });

  it('reads stdin with --date and rejects undated stdin without it', async () => {
    const db = `sqlite:${join(dir, 'stdin.db')}`;
    const undated = await cli(['ingest', '-', '--db', db], 'Zelensky declared martial law.');
    expect(undated.code).toBe(1);
    expect(undated.err).toMatch(/^rejected -: no date/);
    const dated = await cli(
      ['ingest', '-', '--db', db, '--date', '2022-02-24'],
      'Zelensky declared martial law.',
    );
    expect(dated.code).toBe(0);
    expect(dated.out).toMatch(/^stored 1/);
  });

  it('answers a bad option with a usage error', async () => {
    const run = await cli(['ingest', dir, '--date', '2022-02-30']);
    expect(run.code).toBe(2);
    expect(run.err).toContain("--date: '2022-02-30' is not a date");
  });
});
