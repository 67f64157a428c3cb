import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { FeedReport } from '../../feeds/poll.js';
import { watchFeeds } from '../../feeds/watch.js';
import { JobQueue } from '../../queue/queue.js';
import { openStore, storeUrl } from '../../store/open.js';
import { knowledge } from '../context.js';
import { parseDuration } from '../duration.js';
import type { Io } from '../io.js';
import { parseCount, parseSize } from '../options.js';

interface WatchFlags {
  db?: string;
  feed?: string[];
  every: string;
  once?: boolean;
  queue?: boolean;
  timeout: string;
  maxBytes: string;
  maxRedirects: string;
  maxItems: string;
  json?: boolean;
}

function describe(report: FeedReport): string {
  if (report.status === 'failed') return `${report.feed}: failed: ${report.error}`;
  if (report.status === 'not-modified') return `${report.feed}: not modified`;
  const parts = [
    `${report.new} new of ${report.items}`,
    `stored ${report.stored}`,
    ...(report.queued > 0 ? [`queued ${report.queued}`] : []),
    ...(report.unchanged > 0 ? [`unchanged ${report.unchanged}`] : []),
    `rejected ${report.rejected}`,
    ...(report.retryLater > 0 ? [`to retry ${report.retryLater}`] : []),
  ];
  return `${report.feed}: ${parts.join(', ')}`;
}

export function registerWatch(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('watch')
    .description('poll RSS and Atom feeds, fetch each new article page, and ingest its main text')
    .option('--feed <urls...>', 'feed URLs (RSS 2.0, RSS 1.0 or Atom)')
    .option('--every <duration>', 'time between polls (e.g. 15m, 1h)', '15m')
    .option('--once', 'poll each feed once and exit')
    .option('--queue', 'queue the articles for `sitrep worker` instead of analysing here (postgres:// store)')
    .option('--db <url>', 'store: sqlite:PATH or postgres://… (default sqlite:./sitrep.db, or $SITREP_DB)')
    .option('--timeout <duration>', 'deadline for each feed or page request, redirects included', '30s')
    .option('--max-bytes <size>', 'largest feed or page read', '5MB')
    .option('--max-redirects <n>', 'redirects followed per request', '5')
    .option('--max-items <n>', 'new items read per feed and poll (the rest wait for the next)', '100')
    .option('--json', 'print one JSON object per feed and poll')
    .addHelpText(
      'after',
      '\nFeeds are fetched with If-None-Match / If-Modified-Since, so an unchanged feed costs one 304. A failing feed\nis reported and retried at the next poll; it never stops the others. Items are read once (remembered in the\nstore); a page that failed for now (timeout, 5xx) is fetched again at the next poll.\nExit code with --once: 0 when every feed was read and every page stored, 1 otherwise.',
    )
    .action(async (flags: WatchFlags) => {
      const feeds = flags.feed ?? [];
      if (feeds.length === 0) throw new UsageError('watch: give at least one --feed URL');
      for (const feed of feeds) {
        if (!/^https?:\/\//i.test(feed)) throw new UsageError(`--feed: '${feed}' is not an http(s) URL`);
      }
      const everyMs = parseDuration(flags.every, '--every');
      const limits = {
        timeoutMs: parseDuration(flags.timeout, '--timeout'),
        maxBytes: parseSize(flags.maxBytes, '--max-bytes'),
        maxRedirects: parseCount(flags.maxRedirects, '--max-redirects', 0),
      };
      const maxItems = parseCount(flags.maxItems, '--max-items');
      const url = storeUrl(flags.db);
      const queue = flags.queue
        ? await JobQueue.open(url, { onError: (e) => io.err(`sitrep watch: queue: ${e.message}\n`) })
        : undefined;
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const store = await openStore(url);
        try {
          await watchFeeds(
            feeds,
            {
              store,
              knowledge: knowledge(),
              ...(queue && { queue }),
              limits,
              maxItems,
              now: () => new Date(),
            },
            {
              everyMs,
              once: flags.once ?? false,
              signal: stop.signal,
              onRound: (reports) => {
                for (const report of reports) {
                  if (flags.json) {
                    io.out(`${JSON.stringify(report)}\n`);
                    continue;
                  }
                  io.out(`${describe(report)}\n`);
                  for (const p of report.problems) io.err(`  ${p.link}: ${p.reason}\n`);
                }
                const trouble = reports.some(
                  (r) => r.status === 'failed' || r.rejected > 0 || r.retryLater > 0,
                );
                if (flags.once) setExit(trouble ? 1 : 0);
              },
            },
          );
        } finally {
          await store.close();
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await queue?.close();
      }
    });
}
