import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/ingest/csv.js';
import { read, tempDir, writeFiles } from './helpers.js';

const ctx = { file: 'a.csv' };
const summary = (text: string, delimiter: ',' | '\t' = ',') =>
  readCsv(text, ctx, delimiter).map((r) => [r.origin.line, r.kind === 'article' ? r.text : r.reason]);

describe('CSV reader', () => {
  it('maps columns by name in any case and order, keeping quoted commas and newlines', () => {
    const text =
      'ID,Title,Published,URL,Source,Body\n7,"A, title",2022-01-22,http://x,S,"Line one,\nline two."\n';
    expect(readCsv(text, ctx, ',')).toEqual([
      {
        kind: 'article',
        text: 'Line one,\nline two.',
        published: '2022-01-22',
        title: 'A, title',
        url: 'http://x',
        source: 'S',
        externalId: '7',
        origin: { file: 'a.csv', line: 2 },
      },
    ]);
  });

  it('accepts text, body or content as the text column, and date or published', () => {
    expect(summary('content,date\nC,Jan 22, 2022\n')).toEqual([
      [2, 'line 2: row has 3 fields but the header has 2 (quote fields that contain commas)'],
    ]);
    expect(summary('content,date\nC,"Jan 22, 2022"\n')).toEqual([[2, 'C']]);
    expect(summary('text,published\nT,2022/01/22\n')).toEqual([[2, 'T']]);
  });

  it('numbers rows by the line they start on, across quoted newlines, blank lines and CRLF', () => {
    const text =
      'text,date\r\n"multi\r\nline",2022-01-01\r\n\r\nbad date,2022-13-01\r\n"x\ny\nz",\r\nlast,2022-01-03';
    expect(summary(text)).toEqual([
      [2, 'multi\r\nline'],
      [5, 'line 5: field \'date\' is not a date: "2022-13-01" (use YYYY-MM-DD)'],
      [6, "line 6: no date: add a 'date' field or pass --date"],
      [9, 'last'],
    ]);
  });

  it('rejects a row without text and goes on', () => {
    expect(summary('title,text,date\nT,,2022-01-01\nU,ok,2022-01-02\n')).toEqual([
      [2, "line 2: field 'text' is empty"],
      [3, 'ok'],
    ]);
  });

  it('uses the default date for rows with an empty date cell', () => {
    expect(readCsv('text,date\nA,\n', { file: 'a.csv', defaultDate: '2022-02-24' }, ',')).toMatchObject([
      { kind: 'article', published: '2022-02-24' },
    ]);
  });

  it('skips rows with every field blank', () => {
    expect(summary('text,date\n , \nA,2022-01-01\n')).toEqual([[3, 'A']]);
  });

  it('keeps quotes inside unquoted fields', () => {
    expect(summary('text,date\nHe said "no" twice,2022-01-01\n')).toEqual([[2, 'He said "no" twice']]);
  });

  it('keeps the rows before an unclosed quote and names the line where the broken row starts', () => {
    expect(summary('text,date\nA,2022-01-01\n\n"never closed,2022-01-02\nB,2022-01-03\n')).toEqual([
      [2, 'A'],
      [4, 'line 4: malformed CSV (a quoted field is never closed)'],
    ]);
  });

  it('rejects a file whose header has no text column once, naming what it found', () => {
    expect(summary('title,date\nT,2022-01-01\nU,2022-01-02\n')).toEqual([
      [1, "line 1: no text column: the header needs one of text, body, content (found 'title', 'date')"],
    ]);
  });

  it('rejects a header with no rows', () => {
    expect(summary('text,date\n')).toEqual([[1, 'line 1: no rows after the header']]);
  });

  it('reads tab-separated values', () => {
    expect(summary('text\tdate\nA, with comma\t2022-01-01\n', '\t')).toEqual([[2, 'A, with comma']]);
  });

  it('reads .csv and .tsv files', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'a.csv': '\uFEFFText,Date\nA,2022-01-01\n',
      'b.tsv': 'text\tdate\nB\t2022-01-02\n',
    });
    expect(await read([dir])).toMatchObject([
      { kind: 'article', text: 'A', origin: { file: join(dir, 'a.csv'), line: 2 } },
      { kind: 'article', text: 'B', origin: { file: join(dir, 'b.tsv'), line: 2 } },
    ]);
  });
});
