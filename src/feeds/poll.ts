import type { RawArticle } from '../core/article.js';
import { readHtml } from '../ingest/html.js';
import { prepareArticle } from '../ingest/prepare.js';
import { ingestOne } from '../ingest/run.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { JobQueue } from '../queue/queue.js';
import type { Store } from '../store/port.js';
import { FetchError, type FetchLimits, fetchLimited } from './fetch.js';
import { type Feed, type FeedItem, parseFeed } from './parse.js';

export interface PollContext {
  readonly store: Store;
  readonly knowledge: Knowledge;
  /** Queue the articles for workers instead of analysing them here. */
  readonly queue?: JobQueue;
  readonly limits: FetchLimits;
  /** Items read per feed and poll, first listed first; the rest wait for the next poll. */
  readonly maxItems: number;
  readonly now: () => Date;
}

export interface FeedReport {
  readonly feed: string;
  readonly status: 'read' | 'not-modified' | 'failed';
  readonly error?: string;
  /** Items the feed lists, and those not read before. */
  readonly items: number;
  readonly new: number;
  readonly stored: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly queued: number;
  readonly rejected: number;
  /** Pages that failed in a way that may pass (timeouts, 5xx): fetched again at the next poll. */
  readonly retryLater: number;
  readonly problems: readonly { readonly link: string; readonly reason: string }[];
}

const FEED_TYPES =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';
const PAGE_TYPES = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

type ItemOutcome =
  | { readonly kind: 'stored' | 'replaced' | 'unchanged' | 'queued'; readonly articleId: string }
  | { readonly kind: 'rejected'; readonly reason: string }
  | { readonly kind: 'retry'; readonly reason: string };

/** Fetches one item's page, reads its main text, and stores the article (or queues it). */
async function readItem(item: FeedItem, feed: Feed, context: PollContext): Promise<ItemOutcome> {
  let page: Awaited<ReturnType<typeof fetchLimited>>;
  try {
    page = await fetchLimited(item.link, context.limits, PAGE_TYPES);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return { kind: error.permanent ? 'rejected' : 'retry', reason: error.reason };
  }
  if (page.status === 'not-modified')
    return { kind: 'retry', reason: 'HTTP 304 to an unconditional request' };
  const today = context.now().toISOString().slice(0, 10);
  // The page's own date wins; then the feed's date for the item; then the day it was read.
  const read = await readHtml(page.body, { file: item.link, defaultDate: item.published ?? today });
  if (read.kind === 'rejection') return { kind: 'rejected', reason: read.reason };
  const title = read.title ?? item.title;
  const source = read.source ?? feed.title;
  const raw: RawArticle = {
    ...read,
    url: read.url ?? page.url,
    ...(title !== undefined && { title }),
    ...(source !== undefined && { source }),
  };
  if (context.queue) {
    const article = prepareArticle(raw);
    if ('kind' in article) return { kind: 'rejected', reason: article.reason };
    if (await context.store.hasArticle(article.id)) return { kind: 'unchanged', articleId: article.id };
    await context.queue.enqueue([article]);
    return { kind: 'queued', articleId: article.id };
  }
  const outcome = await ingestOne(raw, context.store, context.knowledge);
  if (outcome.kind === 'rejected') return { kind: 'rejected', reason: outcome.rejection.reason };
  return { kind: outcome.status, articleId: outcome.id };
}

/**
 * Polls one feed: a conditional GET, then each item not read before. The feed's validators are saved only
 * when every new item was dealt with, so an item whose page failed for now is fetched again at the next
 * poll instead of being hidden behind a 304. Never throws: whatever goes wrong is in the report.
 */
export async function pollFeed(url: string, context: PollContext): Promise<FeedReport> {
  const report = {
    feed: url,
    status: 'read' as FeedReport['status'],
    items: 0,
    new: 0,
    stored: 0,
    replaced: 0,
    unchanged: 0,
    queued: 0,
    rejected: 0,
    retryLater: 0,
    problems: [] as { link: string; reason: string }[],
  };
  const { store } = context;
  const checkedAt = (): string => context.now().toISOString();
  let previous: Awaited<ReturnType<Store['feedState']>>;
  try {
    previous = await store.feedState(url);
    const validators = {
      ...(previous?.etag !== undefined && { etag: previous.etag }),
      ...(previous?.lastModified !== undefined && { lastModified: previous.lastModified }),
    };
    const fetched = await fetchLimited(url, context.limits, FEED_TYPES, validators);
    if (fetched.status === 'not-modified') {
      await store.saveFeedState({ ...validators, url, checkedAt: checkedAt() });
      return { ...report, status: 'not-modified' };
    }
    const feed = parseFeed(fetched.body, fetched.url);
    const items = feed.items.slice(0, context.maxItems);
    report.items = feed.items.length;
    const seen = await store.seenItems(
      url,
      items.map((i) => i.link),
    );
    for (const item of items) {
      if (seen.has(item.link)) continue;
      seen.add(item.link);
      report.new++;
      const outcome = await readItem(item, feed, context);
      if (outcome.kind === 'retry') {
        report.retryLater++;
        report.problems.push({ link: item.link, reason: outcome.reason });
        continue;
      }
      report[outcome.kind]++;
      if (outcome.kind === 'rejected') report.problems.push({ link: item.link, reason: outcome.reason });
      await store.markItemSeen({
        feedUrl: url,
        link: item.link,
        ...(outcome.kind !== 'rejected' && { articleId: outcome.articleId }),
        outcome: outcome.kind === 'rejected' ? `rejected: ${outcome.reason}` : outcome.kind,
        seenAt: checkedAt(),
      });
    }
    const complete = report.retryLater === 0 && items.length === feed.items.length;
    await store.saveFeedState({
      url,
      checkedAt: checkedAt(),
      ...(complete && fetched.etag !== undefined && { etag: fetched.etag }),
      ...(complete && fetched.lastModified !== undefined && { lastModified: fetched.lastModified }),
    });
    return report;
  } catch (error) {
    const message = error instanceof FetchError ? error.reason : (error as Error).message;
    await store
      .saveFeedState({
        url,
        checkedAt: checkedAt(),
        error: message,
        ...(previous?.etag !== undefined && { etag: previous.etag }),
        ...(previous?.lastModified !== undefined && { lastModified: previous.lastModified }),
      })
      .catch(() => {});
    return { ...report, status: 'failed', error: message };
  }
}
