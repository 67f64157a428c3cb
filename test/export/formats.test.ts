import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { csvField, EVENT_CSV_COLUMNS, QUOTE_CSV_COLUMNS } from '../../src/export/csv.js';
import { openStore } from '../../src/store/open.js';
import { cli } from '../helpers/cli.js';
import { storyDb } from '../helpers/story-db.js';
import { tempDir } from '../helpers/tmp.js';

describe('export --format csv, jsonl, quotes-csv', () => {
  const dir = tempDir('all');
  let db: string;
  beforeAll(async () => {
    db = await storyDb(dir);
  });

  it('writes events as CSV with a header, read back whole by a CSV parser', async () => {
    const out = join(dir, 'events.csv');
    const run = await cli(['export', '--format', 'csv', '--db', db, '--out', out, '--dyad', 'RUS,UKR']);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe(`exported 9 events as csv to ${out}\n`);
    const rows: Record<string, string>[] = parse(readFileSync(out, 'utf8'), { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...EVENT_CSV_COLUMNS]);
    expect(rows).toHaveLength(9);
    const invasion = rows.find((r) => r.code === '190')!;
    expect(invasion).toMatchObject({
      date: '2022-02-24',
      source_code: 'RUSMIL',
      target_code: 'UKRGOV',
      quad_class: '4',
      goldstein: '-10',
      place_name: 'Kyiv',
      lat: '50.45',
      text: 'Russian forces launched a full-scale invasion of Ukraine',
    });
    expect(Number(invasion.end) - Number(invasion.start)).toBe(invasion.text!.length);
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(-7.2)).toBe('-7.2');
  });

  it('writes JSON Lines to stdout, one event per line, as the API answers it', async () => {
    const run = await cli(['export', '--format', 'jsonl', '--db', db, '--actor', 'sergey-lavrov']);
    expect(run.code, run.err).toBe(0);
    const events = run.out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events).toHaveLength(5);
    const store = await openStore(db);
    try {
      const api = await (await createApp(store).request('/api/events?actor=sergey-lavrov')).json();
      expect(events).toEqual(api.items);
    } finally {
      await store.close();
    }
  });

  it('writes quotes as CSV, by speaker', async () => {
    const all = await cli(['export', '--format', 'quotes-csv', '--db', db]);
    const rows: Record<string, string>[] = parse(all.out, { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...QUOTE_CSV_COLUMNS]);
    expect(rows).toHaveLength(6);
    const blinken = await cli(['export', '--format', 'quotes-csv', '--db', db, '--actor', 'antony-blinken']);
    expect((parse(blinken.out, { columns: true }) as Record<string, string>[]).map((r) => r.text)).toEqual([
      "Our commitment to Ukraine's sovereignty and territorial integrity is ironclad",
      'We are not expecting any breakthroughs',
    ]);
  });

  it('refuses unknown formats, bad filters and event filters on quotes, with exit code 2', async () => {
    const format = await cli(['export', '--format', 'xml', '--db', db]);
    expect(format.code).toBe(2);
    expect(format.err).toContain("--format: 'xml' is not one of gdelt, csv, jsonl, quotes-csv");
    const dyad = await cli(['export', '--format', 'csv', '--db', db, '--dyad', 'RUS']);
    expect(dyad.code).toBe(2);
    expect(dyad.err).toContain("--dyad: 'RUS' is not two actor codes");
    const quad = await cli(['export', '--format', 'csv', '--db', db, '--quad-class', '7']);
    expect(quad.err).toContain("--quad-class: '7' is not 1, 2, 3 or 4");
    const quotes = await cli([
      'export',
      '--format',
      'quotes-csv',
      '--db',
      db,
      '--dyad',
      'RUS,UKR',
      '--root',
      '19',
    ]);
    expect(quotes.code).toBe(2);
    expect(quotes.err).toContain('--dyad, --root select events, not quotes');
    const missing = await cli(['export', '--db', db]);
    expect(missing.code).toBe(2);
    const unwritable = await cli([
      'export',
      '--format',
      'csv',
      '--db',
      db,
      '--out',
      join(dir, 'no/such/dir/x.csv'),
    ]);
    expect(unwritable.code).toBe(3);
    expect(unwritable.err).toContain('cannot write');
  });
});
