import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fractionDate, GDELT2_COLUMNS, splitActorCode } from '../../src/export/gdelt.js';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';
import { storyDb } from '../helpers/story-db.js';
import { tempDir } from '../helpers/tmp.js';

// Our GDELT export is read back with the column layout of a real GDELT 2.0 export file: each column is
// located by our name for it, checked against what the real file holds there, and our values must look
// like the real file's values in the same column.

const readRows = (path: string): string[][] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));

const col = (name: (typeof GDELT2_COLUMNS)[number]): number => GDELT2_COLUMNS.indexOf(name);

/** The kinds of value a column can hold, most specific first. */
const KINDS: readonly [string, RegExp][] = [
  ['digits', /^\d+$/],
  ['integer', /^-?\d+$/],
  ['decimal', /^-?\d+(\.\d+)?$/],
  ['code', /^[A-Z0-9]+$/],
  ['url', /^(https?:\/\/|sitrep:)\S+$/],
  ['text', /^[^\t\n]*$/],
];

/** The most specific kind every non-empty value of a column fits, or 'empty' when the column is always empty. */
function kindOf(values: readonly string[]): string {
  const filled = values.filter((v) => v !== '');
  if (filled.length === 0) return 'empty';
  return KINDS.find(([, re]) => filled.every((v) => re.test(v)))?.[0] ?? 'text';
}

describe('export --format gdelt', () => {
  const dir = tempDir('all');
  let db: string;
  let ours: string[][];
  beforeAll(async () => {
    db = await storyDb(dir);
    const out = join(dir, 'story.gdelt.tsv');
    const run = await cli(['export', '--format', 'gdelt', '--db', db, '--out', out, '--include-negated']);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe(`exported 26 events as gdelt to ${out}\n`);
    ours = readRows(out);
  });

  it('names GDELT 1.0’s 58 columns in order, plus GDELT 2.0’s three ADM2 codes: 61', () => {
    const gdelt1 = sharedPath('data/gdelt-samples/gdelt1-column-names.tsv');
    if (!gdelt1) return;
    const names = readFileSync(gdelt1, 'utf8').trim().split('\t');
    expect(names).toHaveLength(58);
    expect(GDELT2_COLUMNS).toHaveLength(61);
    const withoutAdm2 = GDELT2_COLUMNS.filter((c) => !c.endsWith('_ADM2Code')).map((c) => c.toLowerCase());
    expect(withoutAdm2).toEqual(names);
  });

  it('lines up with a real GDELT 2.0 export, column by column', () => {
    const path = sharedPath('data/gdelt-samples/20191024143000.export.CSV');
    if (!path) return;
    const real = readRows(path);
    expect(real.length).toBeGreaterThan(2000);
    expect(real.every((r) => r.length === 61)).toBe(true);
    expect(ours).toHaveLength(26);
    expect(ours.every((r) => r.length === 61)).toBe(true);

    // Our names point at the real file's columns of that meaning.
    const values = (name: (typeof GDELT2_COLUMNS)[number]) => real.map((r) => r[col(name)]!);
    expect(values('Day').every((v) => /^\d{8}$/.test(v))).toBe(true);
    expect(real.every((r) => r[col('MonthYear')] === r[col('Day')]!.slice(0, 6))).toBe(true);
    expect(real.every((r) => r[col('Year')] === r[col('Day')]!.slice(0, 4))).toBe(true);
    const isoDay = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
    expect(real.every((r) => r[col('FractionDate')] === fractionDate(isoDay(r[col('Day')]!)))).toBe(true);
    expect(values('EventCode').every((v) => /^\d{3,4}$/.test(v))).toBe(true);
    expect(real.every((r) => r[col('EventCode')]!.startsWith(r[col('EventRootCode')]!))).toBe(true);
    expect(real.every((r) => r[col('EventCode')]!.startsWith(r[col('EventBaseCode')]!))).toBe(true);
    expect(new Set(values('QuadClass'))).toEqual(new Set(['1', '2', '3', '4']));
    expect(values('GoldsteinScale').every((v) => Math.abs(Number(v)) <= 10 && v.includes('.'))).toBe(true);
    expect(values('IsRootEvent').every((v) => v === '0' || v === '1')).toBe(true);
    expect(values('ActionGeo_Lat').every((v) => v === '' || Math.abs(Number(v)) <= 90)).toBe(true);
    expect(values('ActionGeo_Long').every((v) => v === '' || Math.abs(Number(v)) <= 180)).toBe(true);
    expect(values('DATEADDED').every((v) => /^\d{14}$/.test(v))).toBe(true);
    expect(values('SOURCEURL').every((v) => /^https?:\/\//.test(v))).toBe(true);
    expect(
      values('Actor1Type1Code')
        .filter((v) => v !== '')
        .every((v) => splitActorCode(v).types[0] === v),
    ).toBe(true);

    // Every value we fill looks like the real file's values in that column.
    for (const [i, name] of GDELT2_COLUMNS.entries()) {
      const realKind = kindOf(real.map((r) => r[i]!));
      const ourValues = ours.map((r) => r[i]!).filter((v) => v !== '');
      if (ourValues.length === 0) continue;
      const allowed = KINDS.slice(KINDS.findIndex(([k]) => k === realKind)).map(([, re]) => re);
      expect(realKind, `${name}: we fill a column the real file leaves empty`).not.toBe('empty');
      for (const v of ourValues)
        expect(
          allowed.some((re) => re.test(v)),
          `${name}: '${v}' is not ${realKind}`,
        ).toBe(true);
    }
  });

  it('writes each event’s fields in their columns', () => {
    const row = ours.find((r) => r[col('EventCode')] === '044' && r[col('Actor1Name')] === 'Antony Blinken');
    expect(row).toBeDefined();
    const get = (name: (typeof GDELT2_COLUMNS)[number]) => row![col(name)];
    expect(get('Day')).toBe('20220121');
    expect(get('MonthYear')).toBe('202201');
    expect(get('Year')).toBe('2022');
    expect(get('FractionDate')).toBe('2022.0575');
    expect([get('Actor1Code'), get('Actor1CountryCode'), get('Actor1Type1Code')]).toEqual([
      'USAGOV',
      'USA',
      'GOV',
    ]);
    expect([get('Actor2Code'), get('Actor2Name'), get('Actor2CountryCode')]).toEqual([
      'RUSGOV',
      'Sergey Lavrov',
      'RUS',
    ]);
    expect([get('EventBaseCode'), get('EventRootCode'), get('QuadClass'), get('GoldsteinScale')]).toEqual([
      '044',
      '04',
      '1',
      '2.5',
    ]);
    expect([get('IsRootEvent'), get('NumMentions'), get('NumSources'), get('NumArticles')]).toEqual([
      '1',
      '1',
      '1',
      '1',
    ]);
    expect([get('ActionGeo_FullName'), get('ActionGeo_Lat'), get('ActionGeo_Long')]).toEqual([
      'Geneva',
      '46.204',
      '6.143',
    ]);
    expect(get('DATEADDED')).toBe('20220122000000');
    expect(get('SOURCEURL')).toBe('https://example.org/story/2022-01-22');
    const sanctions = ours.find((r) => r[col('EventCode')] === '163' && r[col('Actor1Code')] === 'DEUGOV');
    expect(sanctions?.[col('GoldsteinScale')]).toBe('-8.0');
    expect(sanctions?.[col('IsRootEvent')]).toBe('0');
    const nato = ours.find((r) => r[col('Actor1Code')] === 'NATO');
    expect(nato?.[col('Actor1CountryCode')]).toBe('');
    expect(new Set(ours.map((r) => r[col('GLOBALEVENTID')])).size).toBe(26);
  });

  it('splits CAMEO actor codes into country and types', () => {
    expect(splitActorCode('USAGOV')).toEqual({ country: 'USA', types: ['GOV'] });
    expect(splitActorCode('UKRREB')).toEqual({ country: 'UKR', types: ['REB'] });
    expect(splitActorCode('RUS')).toEqual({ country: 'RUS', types: [] });
    expect(splitActorCode('IGO')).toEqual({ country: '', types: ['IGO'] });
    expect(splitActorCode('NATO')).toEqual({ country: '', types: [] });
  });
});
