import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/ingest/html.js';
import { HTML_FIXTURES, read } from './helpers.js';

const fixture = (name: string) => join(HTML_FIXTURES, name);
const page = (
  head: string,
  body = '<article><p>Some article text that is long enough to read.</p></article>',
) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('HTML reader', () => {
  it('extracts the article as blank-line-separated paragraphs, with metadata from the head', async () => {
    const [result, ...rest] = await read([fixture('published-time.html')]);
    expect(rest).toEqual([]);
    expect(result).toMatchObject({
      kind: 'article',
      published: '2022-01-21',
      title: 'Blinken and Lavrov meet in Geneva',
      url: 'https://news.example/2022/01/21/geneva',
      source: 'Example News',
      origin: { file: fixture('published-time.html') },
    });
    const text = result?.kind === 'article' ? result.text : '';
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain(
      'Blinken said the United States was fully prepared for either path, and repeated that there could be no compromise on the right of Ukraine and other countries to choose their own alliances.',
    );
    expect(paragraphs).toContain(
      'Lavrov said Moscow expected written answers to its proposals the following week.\nThe talks lasted about ninety minutes.',
    );
    expect(paragraphs).toContain('Both ministers agreed to keep talking.');
    expect(text).not.toMatch(/Home|Sport|Copyright|font:/);
  });

  it('runs no page script', async () => {
    const html = await readFile(fixture('published-time.html'), 'utf8');
    expect(html).toContain('Injected by a page script');
    const result = await readHtml(html, { file: 'x.html' });
    expect(result.kind === 'article' && result.text).not.toContain('Injected');
  });

  it('fetches no subresource', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const html = page(
        `<meta property="article:published_time" content="2022-01-01"><link rel="stylesheet" href="${base}/style.css"><script src="${base}/app.js"></script>`,
        `<article><p>Text with an image.</p><img src="${base}/photo.png"><iframe src="${base}/frame"></iframe></article>`,
      );
      expect(await readHtml(html, { file: 'x.html' })).toMatchObject({ kind: 'article' });
      // A request of our own, answered after any the reader might have started on the same server.
      await fetch(`${base}/probe`).then((res) => res.text());
      expect(requests).toEqual(['/probe']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('dates a page by <time datetime> and titles it by <title>', async () => {
    expect(await read([fixture('time-datetime.html')])).toMatchObject([
      { kind: 'article', published: '2022-02-24', title: 'Russia launches invasion of Ukraine' },
    ]);
  });

  it('dates a page by JSON-LD datePublished', async () => {
    const [result] = await read([fixture('json-ld.html')]);
    expect(result).toMatchObject({ kind: 'article', published: '2022-02-15' });
    expect(result?.kind === 'article' && result.text).toMatch(/^German Chancellor Olaf Scholz travelled/);
  });

  it.each([
    ['<meta property="og:published_time" content="2022-03-01T08:00:00Z">'],
    ['<meta name="date" content="2022-03-01">'],
    ['<meta name="pubdate" content="2022/03/01">'],
    ['<meta name="DC.date" content="March 1, 2022">'],
    ['<meta itemprop="datePublished" content="1 March 2022">'],
  ])('dates a page by %s', async (meta) => {
    expect(await readHtml(page(meta), { file: 'x.html' })).toMatchObject({
      kind: 'article',
      published: '2022-03-01',
    });
  });

  it('prefers article:published_time to other date sources', async () => {
    const head =
      '<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2022-03-01">';
    expect(await readHtml(page(head), { file: 'x.html' })).toMatchObject({ published: '2022-03-01' });
  });

  it('rejects an undated page unless a default date is given', async () => {
    expect(await read([fixture('no-date.html')])).toEqual([
      {
        kind: 'rejection',
        origin: { file: fixture('no-date.html') },
        reason: 'no date: the page has no meta article:published_time or <time datetime>; pass --date',
      },
    ]);
    expect(await read([fixture('no-date.html')], { date: '2022-01-05' })).toMatchObject([
      { kind: 'article', published: '2022-01-05', title: 'An undated page' },
    ]);
  });

  it('names a date it found but could not read', async () => {
    expect(await read([fixture('bad-meta-date.html')])).toMatchObject([
      {
        kind: 'rejection',
        reason: 'no date: meta article:published_time "yesterday" is not a date; pass --date',
      },
    ]);
  });

  it('rejects a page with no text', async () => {
    const html = page(
      '<meta name="date" content="2022-01-01"><title>Empty</title>',
      '<script>var x = 1;</script>',
    );
    expect(await readHtml(html, { file: 'x.html' })).toEqual({
      kind: 'rejection',
      origin: { file: 'x.html' },
      reason: 'no article text found in the HTML',
    });
  });
});
