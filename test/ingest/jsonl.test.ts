import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonLines } from '../../src/ingest/jsonl.js';
import { splitLines } from '../../src/ingest/lines.js';
import { sharedPath } from '../helpers/shared.js';
import { articles, collect, read, rejections, tempDir, writeFiles } from './helpers.js';

const ctx = { file: 'a.jsonl' };
const line = (record: unknown): string => JSON.stringify(record);
const lines = (...records: string[]): string => `${records.join('\n')}\n`;

describe('JSON Lines reader', () => {
  it('reads every field, taking the date part of an ISO timestamp', async () => {
    const input = [
      line({
        id: 'r-1',
        url: 'http://x',
        title: 'T',
        source: 'S',
        date: '1987-02-26T15:01:01Z',
        text: 'Body.',
      }),
    ];
    expect(await collect(readJsonLines(input, ctx))).toEqual([
      {
        kind: 'article',
        text: 'Body.',
        published: '1987-02-26',
        title: 'T',
        url: 'http://x',
        source: 'S',
        externalId: 'r-1',
        origin: { file: 'a.jsonl', line: 1 },
      },
    ]);
  });

  it('accepts `published` instead of `date`, numeric ids, and null as absent', async () => {
    const input = [line({ id: 7, url: null, published: '2022-01-22', text: 'Body.' })];
    const [result] = await collect(readJsonLines(input, ctx));
    expect(result).toEqual({
      kind: 'article',
      text: 'Body.',
      published: '2022-01-22',
      externalId: '7',
      origin: { file: 'a.jsonl', line: 1 },
    });
  });

  it('rejects each bad line on its own, naming the line and the field, and goes on', async () => {
    const input = lines(
      line({ date: '2022-01-01', text: 'one' }),
      '',
      '{"date": "2022-01-01", "text": "unterminated',
      line({ date: '2022-01-01', title: 'no body' }),
      line({ date: '2022-02-30', text: 'impossible' }),
      line({ text: 'undated' }),
      line({ date: '2022-01-01', text: 42 }),
      line({ date: '2022-01-01', text: '   ' }),
      '[1, 2]',
      line({ published: 20220101, text: 'numeric date' }),
      line({ date: '2022-01-02', text: 'two' }),
    );
    const results = await collect(readJsonLines(splitLines([input]), ctx));
    expect(articles(results).map((a) => [a.origin.line, a.text])).toEqual([
      [1, 'one'],
      [11, 'two'],
    ]);
    const reasons = rejections(results).map((r) => [r.origin.line, r.reason]);
    expect(reasons).toEqual([
      [3, expect.stringMatching(/^line 3: malformed JSON \(.+\)$/)],
      [4, "line 4: missing field 'text' (or 'body', 'content')"],
      [5, 'line 5: field \'date\' is not a date: "2022-02-30" (use YYYY-MM-DD)'],
      [6, "line 6: no date: add a 'date' field or pass --date"],
      [7, "line 7: field 'text' must be a string, got a number"],
      [8, "line 8: field 'text' is empty"],
      [9, 'line 9: expected a JSON object, got an array'],
      [10, "line 10: field 'published' must be a date string like YYYY-MM-DD, got a number"],
    ]);
    for (const r of rejections(results)) expect(r.origin.file).toBe('a.jsonl');
  });

  it('uses the default date for records without one', async () => {
    const results = await collect(
      readJsonLines([line({ text: 'undated' })], { file: 'a.jsonl', defaultDate: '2022-02-24' }),
    );
    expect(results).toMatchObject([{ kind: 'article', published: '2022-02-24' }]);
  });

  it('reads a .json document holding an array, or a single pretty-printed object', async () => {
    const array = JSON.stringify(
      [{ date: '2022-01-01', text: 'a' }, 'oops', { date: '2022-01-02', text: 'b' }],
      null,
      2,
    );
    const results = await collect(readJson(array, { file: 'a.json' }));
    expect(results.map((r) => (r.kind === 'article' ? r.text : r.reason))).toEqual([
      'a',
      'item 2: expected a JSON object, got a string',
      'b',
    ]);
    const single = JSON.stringify({ date: '2022-01-01', text: 'one' }, null, 2);
    expect(await collect(readJson(single, { file: 'a.json' }))).toMatchObject([
      { kind: 'article', text: 'one' },
    ]);
  });

  it('falls back to JSON Lines for a .json file with one object per line', async () => {
    const text = lines(line({ date: '2022-01-01', text: 'a' }), line({ date: '2022-01-02', text: 'b' }));
    expect(await collect(readJson(text, { file: 'a.json' }))).toMatchObject([
      { text: 'a', origin: { line: 1 } },
      { text: 'b', origin: { line: 2 } },
    ]);
  });
});

describe('splitLines', () => {
  it('joins lines split across chunks and drops the CR of CRLF', async () => {
    expect(await collect(splitLines(['a\r', '\nb', 'c\n', '\n', 'd']))).toEqual(['a', 'bc', '', 'd']);
  });
});

describe('JSON Lines files', () => {
  it('streams .jsonl and .ndjson files, with CRLF line ends and a BOM', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'a.jsonl': `\uFEFF${line({ date: '2022-01-01', text: 'a' })}\r\n\r\n${line({ date: '2022-01-02', text: 'b' })}\r\n`,
      'b.ndjson': line({ published: '2022-01-03', text: 'c' }),
    });
    const results = await read([dir]);
    expect(results.map((r) => [r.origin.file, r.origin.line, r.kind === 'article' && r.text])).toEqual([
      [join(dir, 'a.jsonl'), 1, 'a'],
      [join(dir, 'a.jsonl'), 3, 'b'],
      [join(dir, 'b.ndjson'), 1, 'c'],
    ]);
  });

  it('rejects a whole .jsonl file with invalid UTF-8 on a late line, before taking any record', async () => {
    const dir = await tempDir();
    const good = `${line({ date: '2022-01-01', text: 'fine' })}\n`.repeat(3000);
    const bad = Buffer.concat([
      Buffer.from(good),
      Buffer.from('{"date":"2022-01-01","text":"caf'),
      Buffer.from([0xe9, 0x22, 0x7d]),
    ]);
    await writeFiles(dir, { 'a.jsonl': bad });
    expect(await read([join(dir, 'a.jsonl')])).toEqual([
      {
        kind: 'rejection',
        origin: { file: join(dir, 'a.jsonl'), line: 3001 },
        reason: `invalid UTF-8 at byte ${Buffer.byteLength(good) + 32}: save the file as UTF-8`,
      },
    ]);
  });

  it('rejects a whitespace-only .jsonl file as empty', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.jsonl': '\n \n\t\n' });
    expect(await read([join(dir, 'a.jsonl')])).toMatchObject([{ kind: 'rejection', reason: 'empty file' }]);
  });

  it('reads a real Reuters shard (ISO timestamps, null urls) line by line', async () => {
    const shard = sharedPath('data/reuters-21578/reuters21578-000.jsonl');
    if (!shard) return;
    const results = await read([shard]);
    expect(results.length).toBeGreaterThan(500);
    expect(rejections(results)).toEqual([]);
    expect(results[0]).toMatchObject({
      kind: 'article',
      published: '1987-02-26',
      title: 'BAHIA COCOA REVIEW',
      externalId: 'reuters21578-1',
      origin: { file: shard, line: 1 },
    });
    expect(results[0]).not.toHaveProperty('url');
  });
});
