import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read.js';
import { articles, collect, read, rejections, tempDir, writeFiles } from './helpers.js';

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const LATIN1 = Uint8Array.from([...Buffer.from('date 2022-01-01\nCaf'), 0xe9, 0x0a]);
const stdin = (...chunks: Array<string | Uint8Array>) => Readable.from(chunks.map((c) => Buffer.from(c)));

describe('readInputs: directories', () => {
  it('reads folders recursively in sorted order, skipping dotfiles, dot-folders and READMEs', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'b.txt': 'date 2022-01-02\nB.',
      'a/z.txt': 'date 2022-01-03\nAZ.',
      'a/b/c.txt': 'date 2022-01-04\nABC.',
      'C.txt': 'date 2022-01-05\nUpper case sorts first.',
      '.hidden.txt': 'date 2022-01-06\nHidden.',
      '.git/config.txt': 'date 2022-01-07\nGit.',
      'README.md': 'About this folder.',
      'a/readme.txt': 'About this folder.',
    });
    const results = await read([dir]);
    expect(results.map((r) => r.origin.file)).toEqual([
      join(dir, 'C.txt'),
      join(dir, 'a/b/c.txt'),
      join(dir, 'a/z.txt'),
      join(dir, 'b.txt'),
    ]);
    expect(rejections(results)).toEqual([]);
  });

  it('reads explicitly named files and folders in the order given', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'x/1.txt': 'date 2022-01-01\nOne.', 'y.txt': 'date 2022-01-02\nTwo.' });
    const results = await read([join(dir, 'y.txt'), join(dir, 'x')]);
    expect(results.map((r) => r.origin.file)).toEqual([join(dir, 'y.txt'), join(dir, 'x/1.txt')]);
  });

  it('follows a symbolic link loop once', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a/1.txt': 'date 2022-01-01\nOne.' });
    await symlink(join(dir, 'a'), join(dir, 'a', 'loop'));
    expect(await read([dir])).toMatchObject([{ kind: 'article', origin: { file: join(dir, 'a/1.txt') } }]);
  });

  it('rejects a missing path and an empty folder, and goes on', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'empty'));
    await writeFiles(dir, { 'ok.txt': 'date 2022-01-01\nFine.' });
    const results = await read([join(dir, 'missing.txt'), join(dir, 'empty'), join(dir, 'ok.txt')]);
    expect(results).toMatchObject([
      { kind: 'rejection', origin: { file: join(dir, 'missing.txt') }, reason: 'no such file or directory' },
      { kind: 'rejection', origin: { file: join(dir, 'empty') }, reason: 'no input files in this directory' },
      { kind: 'article', origin: { file: join(dir, 'ok.txt') } },
    ]);
  });

  it('sniffs unknown extensions: { is JSON, < is HTML, anything else text', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'a.data': `${JSON.stringify({ date: '2022-01-01', text: 'json' })}\n`,
      'b.page': '<html><head><meta name="date" content="2022-01-02"></head><body><p>html</p></body></html>',
      'c.article': 'date 2022-01-03\ntext',
    });
    expect((await read([dir])).map((r) => r.kind === 'article' && [r.published, r.text])).toEqual([
      ['2022-01-01', 'json'],
      ['2022-01-02', 'html'],
      ['2022-01-03', 'text'],
    ]);
  });

  it('throws before reading when the default date is not a date', async () => {
    await expect(collect(readInputs([], { maxBytes: 10, date: '2022-02-30' }))).rejects.toThrow(
      '--date "2022-02-30" is not a date: use YYYY-MM-DD',
    );
  });

  it('normalises the default date', async () => {
    const results = await read(['-'], { date: '2022/02/24', stdin: stdin('Undated.') });
    expect(results).toMatchObject([{ kind: 'article', published: '2022-02-24' }]);
  });
});

describe('readInputs: whole-file checks', () => {
  it.each([
    ['empty.txt', '', 'empty file'],
    ['blank.txt', ' \n\n\t ', 'empty file'],
    ['blank.jsonl', '\n\n', 'empty file'],
    ['bom-only.txt', '\uFEFF\n', 'empty file'],
    ['image.png', PNG, 'binary file, not text (PNG image)'],
    ['image.txt', PNG, 'binary file, not text (PNG image)'],
    ['nul.txt', 'date 2022-01-01\nA\u0000B', 'binary file, not text'],
    [
      'archive.jsonl.gz',
      Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0]),
      'binary file, not text (gzip: decompress it first)',
    ],
    [
      'utf16.txt',
      Uint8Array.from([0xff, 0xfe, 0x64, 0, 0x61, 0]),
      'UTF-16 text, not UTF-8: save it as UTF-8',
    ],
    ['latin1.txt', LATIN1, 'invalid UTF-8 at byte 19: save the file as UTF-8'],
    ['latin1.jsonl', LATIN1, 'invalid UTF-8 at byte 19: save the file as UTF-8'],
  ])('rejects %s', async (name, content, reason) => {
    const dir = await tempDir();
    await writeFiles(dir, { [name]: content });
    const [result, ...rest] = await read([join(dir, name)]);
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ kind: 'rejection', origin: { file: join(dir, name) }, reason });
  });

  it('names the line of invalid UTF-8', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'latin1.txt': LATIN1 });
    expect(await read([join(dir, 'latin1.txt')])).toMatchObject([{ origin: { line: 2 } }]);
  });

  it('rejects a file over the size limit without reading it, and accepts one at the limit', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'big.txt': `date 2022-01-01\n${'x'.repeat(2484)}`,
      'ok.txt': `date 2022-01-01\n${'x'.repeat(1984)}`,
    });
    expect(await read([dir], { maxBytes: 2000 })).toMatchObject([
      {
        kind: 'rejection',
        origin: { file: join(dir, 'big.txt') },
        reason: 'file is 2.5 kB, over the 2 kB limit (--max-bytes)',
      },
      { kind: 'article', origin: { file: join(dir, 'ok.txt') } },
    ]);
  });

  it('applies the size limit before anything else, even to a binary file', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'big.png': new Uint8Array(5000).fill(0) });
    expect(await read([dir], { maxBytes: 1000 })).toMatchObject([
      { reason: 'file is 5 kB, over the 1 kB limit (--max-bytes)' },
    ]);
  });
});

describe('readInputs: stdin', () => {
  it('reads text for the path -, with the origin -', async () => {
    expect(await read(['-'], { stdin: stdin('date 2022-01-22\n', 'Body from stdin.\n') })).toEqual([
      { kind: 'article', text: 'Body from stdin.\n', published: '2022-01-22', origin: { file: '-' } },
    ]);
  });

  it('sniffs JSON Lines and HTML', async () => {
    const jsonl = `${JSON.stringify({ date: '2022-01-01', text: 'a' })}\n{broken\n`;
    expect(await read(['-'], { stdin: stdin(jsonl) })).toMatchObject([
      { kind: 'article', text: 'a', origin: { file: '-', line: 1 } },
      {
        kind: 'rejection',
        origin: { file: '-', line: 2 },
        reason: expect.stringMatching(/^line 2: malformed JSON/),
      },
    ]);
    const html =
      '<html><head><meta name="date" content="2022-01-02"></head><body><p>From a page.</p></body></html>';
    expect(await read(['-'], { stdin: stdin(html) })).toMatchObject([
      { kind: 'article', text: 'From a page.' },
    ]);
  });

  it('reads CSV when told the format', async () => {
    const results = await read(['-'], { stdin: stdin('text,date\nA,2022-01-01\n'), stdinFormat: 'csv' });
    expect(results).toMatchObject([{ kind: 'article', text: 'A', origin: { file: '-', line: 2 } }]);
  });

  it('reads string chunks too', async () => {
    const results = await read(['-'], { stdin: Readable.from(['date 2022-01-01\n', 'Text.']) });
    expect(results).toMatchObject([{ kind: 'article', text: 'Text.' }]);
  });

  it('rejects empty, binary, non-UTF-8, undated and oversized input', async () => {
    const reasons = async (input: Readable, maxBytes = 100) =>
      (await read(['-'], { stdin: input, maxBytes })).map((r) => r.kind === 'rejection' && r.reason);
    expect(await reasons(stdin())).toEqual(['empty input']);
    expect(await reasons(stdin(PNG))).toEqual(['binary file, not text (PNG image)']);
    expect(await reasons(stdin(LATIN1))).toEqual(['invalid UTF-8 at byte 19: save the input as UTF-8']);
    expect(await reasons(stdin('No date.'))).toEqual([
      "no date: add a first line 'date YYYY-MM-DD' or pass --date",
    ]);
    expect(await reasons(stdin('x'.repeat(60), 'y'.repeat(60)))).toEqual([
      'input is over the 100 bytes limit (--max-bytes)',
    ]);
  });
});

describe('readInputs: a folder of 10 bad files and 2 good ones', () => {
  it('yields exactly the 2 articles and 10 rejections, each naming its file and reason', async () => {
    const dir = await tempDir();
    const bad: Record<string, [string | Uint8Array, RegExp]> = {
      'empty.txt': ['', /^empty file$/],
      'big.txt': [
        `date 2022-01-01\n${'x'.repeat(3000)}`,
        /^file is 3 kB, over the 2 kB limit \(--max-bytes\)$/,
      ],
      'photo.png': [PNG, /^binary file, not text \(PNG image\)$/],
      'latin1.txt': [LATIN1, /^invalid UTF-8 at byte 19/],
      'nodate.txt': [
        'An article with no date line at all.',
        /^no date: add a first line 'date YYYY-MM-DD' or pass --date$/,
      ],
      'baddate.txt': ['date 2022-02-30\nImpossible.', /^line 1: "2022-02-30" is not a valid date/],
      'nested/broken.jsonl': ['{"date": "2022-01-01", "text": "unterminated\n', /^line 1: malformed JSON \(/],
      'nested/notext.jsonl': [
        `${JSON.stringify({ date: '2022-01-01', title: 'no body' })}\n`,
        /^line 1: missing field 'text'/,
      ],
      'nested/deeper/no-text-column.csv': ['title,date\nA title,2022-01-01\n', /^line 1: no text column/],
      'page.html': [
        '<html><head><title>T</title></head><body><p>Undated page text.</p></body></html>',
        /^no date: the page has no meta/,
      ],
    };
    await writeFiles(dir, {
      'good-1.txt': 'date 2022-02-24\nRussian forces launched a full-scale invasion of Ukraine.',
      'nested/good-2.jsonl': `${JSON.stringify({ date: '2022-02-21', text: 'Putin recognised the DPR and LPR.' })}\n`,
      ...Object.fromEntries(Object.entries(bad).map(([name, [content]]) => [name, content])),
    });

    const results = await read([dir], { maxBytes: 2000 });
    expect(articles(results).map((a) => [a.origin.file, a.published])).toEqual([
      [join(dir, 'good-1.txt'), '2022-02-24'],
      [join(dir, 'nested/good-2.jsonl'), '2022-02-21'],
    ]);
    const rejected = rejections(results);
    expect(rejected).toHaveLength(10);
    expect(rejected.map((r) => r.origin.file).sort()).toEqual(
      Object.keys(bad)
        .map((name) => join(dir, name))
        .sort(),
    );
    for (const r of rejected) {
      const [, pattern] = bad[r.origin.file.slice(dir.length + 1)]!;
      expect(r.reason).toMatch(pattern);
    }
    expect(new Set(rejected.map((r) => r.reason.replace(/\d+/g, '#'))).size).toBe(10);
  });
});
