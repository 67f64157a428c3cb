import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/text.js';
import { sharedPath } from '../helpers/shared.js';
import { read, tempDir, writeFiles } from './helpers.js';

const ctx = { file: 'a.txt' };
const NO_DATE = "no date: add a first line 'date YYYY-MM-DD' or pass --date";

describe('text reader', () => {
  it('reads a date line followed by the body, passing the body on as written', () => {
    const result = readText('date 2022-01-22\nFirst  “line”.\r\n\nSecond.\n', ctx);
    expect(result).toEqual({
      kind: 'article',
      text: 'First  “line”.\r\n\nSecond.\n',
      published: '2022-01-22',
      origin: { file: 'a.txt' },
    });
  });

  it('reads the seed form: leading space, and the body on the date line', () => {
    const result = readText(' date 2022-01-22 Amid Ukrainian border tensions, Blinken said.', ctx);
    expect(result).toMatchObject({
      kind: 'article',
      published: '2022-01-22',
      text: 'Amid Ukrainian border tensions, Blinken said.',
    });
  });

  it('accepts `Date:` and a written-out date on its own line', () => {
    expect(readText('Date: January 22, 2022\nBody.', ctx)).toMatchObject({
      published: '2022-01-22',
      text: 'Body.',
    });
  });

  it('gives an undated article the default date', () => {
    expect(readText('Just a body.', { file: 'a.txt', defaultDate: '2022-02-24' })).toMatchObject({
      kind: 'article',
      text: 'Just a body.',
      published: '2022-02-24',
    });
  });

  it('prefers the file’s own date to the default', () => {
    expect(readText('date 2022-01-22\nBody.', { file: 'a.txt', defaultDate: '2022-02-24' })).toMatchObject({
      published: '2022-01-22',
    });
  });

  it('rejects an undated article without a default, saying how to fix it', () => {
    expect(readText('Just a body.', ctx)).toEqual({
      kind: 'rejection',
      origin: { file: 'a.txt' },
      reason: NO_DATE,
    });
  });

  it('rejects an impossible date on the date line, naming the line', () => {
    expect(readText('\n\ndate 2022-02-30\nBody.', { file: 'a.txt', defaultDate: '2022-01-01' })).toEqual({
      kind: 'rejection',
      origin: { file: 'a.txt', line: 3 },
      reason: 'line 3: "2022-02-30" is not a valid date (use YYYY-MM-DD)',
    });
  });

  it('reads an article that merely starts with the word "date" as body text', () => {
    const result = readText('Date night ideas abound.', { file: 'a.txt', defaultDate: '2022-01-01' });
    expect(result).toMatchObject({ kind: 'article', text: 'Date night ideas abound.' });
  });

  it('rejects a date line with no body', () => {
    expect(readText('date 2022-01-22\n\n  \n', ctx)).toMatchObject({
      kind: 'rejection',
      reason: 'no text after the date line',
    });
  });
});

describe('text files', () => {
  it('reads .txt, .md and files without an extension, with and without a date', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'a.txt': 'date 2022-01-01\nA.',
      'b.md': 'date 2022-01-02\n# Heading\n\nB.',
      c: 'date 2022-01-03\nC.',
      'd.txt': 'No date here.',
    });
    const results = await read([dir]);
    expect(results.map((r) => (r.kind === 'article' ? r.published : r.reason))).toEqual([
      '2022-01-01',
      '2022-01-02',
      '2022-01-03',
      NO_DATE,
    ]);
    expect(results[3]?.origin).toEqual({ file: join(dir, 'd.txt') });
  });

  it('uses options.date for undated files', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'd.txt': 'No date here.' });
    expect(await read([join(dir, 'd.txt')], { date: '2022-02-24' })).toMatchObject([
      { kind: 'article', published: '2022-02-24', text: 'No date here.' },
    ]);
  });

  it('reads the real seed article', async () => {
    const seed = sharedPath('seed/000_7f1638b987c94aff.txt');
    if (!seed) return;
    const [result, ...rest] = await read([seed]);
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ kind: 'article', published: '2022-01-22', origin: { file: seed } });
    const text = result?.kind === 'article' ? result.text : '';
    expect(text.startsWith('Amid Ukrainian border tensions')).toBe(true);
    // Nothing but the header is removed: the body is the file's own characters.
    expect((await readFile(seed, 'utf8')).endsWith(text)).toBe(true);
  });
});
