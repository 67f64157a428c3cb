import { setTimeout as sleep } from 'node:timers/promises';
import { type FeedReport, type PollContext, pollFeed } from './poll.js';

/** Feeds polled at once; each feed's pages are fetched one after another, to be gentle with its server. */
const PARALLEL_FEEDS = 4;

/** Polls every feed once, a few at a time; a feed that fails only fails its own report. */
export async function pollFeeds(feeds: readonly string[], context: PollContext): Promise<FeedReport[]> {
  const reports: FeedReport[] = new Array(feeds.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < feeds.length) {
      const i = next++;
      reports[i] = await pollFeed(feeds[i]!, context);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FEEDS, feeds.length) }, lane));
  return reports;
}

export interface WatchOptions {
  /** Time from the start of one round to the start of the next. */
  readonly everyMs: number;
  /** One round, then return. */
  readonly once: boolean;
  readonly signal?: AbortSignal;
  readonly onRound: (reports: readonly FeedReport[]) => void;
}

/** Polls the feeds every `everyMs` until the signal aborts (or once). */
export async function watchFeeds(
  feeds: readonly string[],
  context: PollContext,
  options: WatchOptions,
): Promise<void> {
  while (!options.signal?.aborted) {
    const started = Date.now();
    options.onRound(await pollFeeds(feeds, context));
    if (options.once) return;
    const wait = Math.max(0, options.everyMs - (Date.now() - started));
    await sleep(wait, undefined, { ...(options.signal && { signal: options.signal }) }).catch(() => {});
  }
}
