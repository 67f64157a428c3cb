/**
 * A saved news page: the article's main text through Readability, metadata from the head.
 *
 * jsdom is constructed without `runScripts` and without `resources`, so no script on the page runs and
 * nothing (stylesheets, images, iframes) is fetched: a saved page is untrusted input and reading it must
 * not touch the network.
 */
import type { RawArticle } from '../core/article.js';
import { readMeta } from './html-meta.js';
import { blockText } from './html-text.js';
import type { ReaderContext, ReadResult } from './result.js';
import { rejection } from './result.js';

export async function readHtml(html: string, ctx: ReaderContext): Promise<ReadResult> {
  // Loaded on first use: jsdom takes about half a second to import, which runs without HTML would not need.
  const [{ JSDOM, VirtualConsole }, { Readability }] = await Promise.all([
    import('jsdom'),
    import('@mozilla/readability'),
  ]);
  // A silent console: jsdom reports unparseable CSS and the like there, which is noise for a reader.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const meta = readMeta(doc);
    // Readability rewrites the document it is given; the original stays intact for the fallback below.
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability<Node>(clone, { serializer: (node) => node }).parse();
    const content = article?.content;
    const text = (content ? blockText(content) : '') || blockText(doc.body);
    const origin = { file: ctx.file };
    if (!/\S/.test(text)) return rejection(origin, 'no article text found in the HTML');

    const published = meta.published ?? ctx.defaultDate;
    if (published === undefined) {
      const why = meta.unparsedDate
        ? `${meta.unparsedDate.where} ${JSON.stringify(meta.unparsedDate.value)} is not a date`
        : 'the page has no meta article:published_time or <time datetime>';
      return rejection(origin, `no date: ${why}; pass --date`);
    }
    const title = meta.title ?? (article?.title || undefined);
    const result: RawArticle = {
      kind: 'article',
      text,
      published,
      ...(title === undefined ? {} : { title }),
      ...(meta.url === undefined ? {} : { url: meta.url }),
      ...(meta.source === undefined ? {} : { source: meta.source }),
      origin,
    };
    return result;
  } finally {
    dom.window.close();
  }
}
