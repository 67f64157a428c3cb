import type { Article } from '../../core/article.js';
import { describeRejection } from '../../core/article.js';
import { prepareArticle } from '../../ingest/prepare.js';
import { readInputs } from '../../ingest/read.js';
import { JobQueue, type RetryPolicy } from '../../queue/queue.js';
import { storeUrl } from '../../store/open.js';
import { withStore } from '../context.js';
import { parseSeconds } from '../duration.js';
import { type Io, printJson } from '../io.js';
import { parseCount } from '../options.js';

export interface QueueFlags {
  db?: string;
  force?: boolean;
  json?: boolean;
  attempts: string;
  jobTimeout: string;
  retryDelay: string;
}

export interface QueueRead {
  readonly defaultDate?: string;
  readonly maxBytes: number;
  readonly format?: 'text' | 'jsonl' | 'csv' | 'html';
}

/** Jobs inserted per round trip. */
const BATCH = 500;

/**
 * `sitrep ingest --queue`: read and check the inputs as a plain ingest does, but instead of analysing them
 * here, queue one job per article for `sitrep worker`. Articles already stored are left out unless --force.
 * Returns the exit code: 1 when any input was rejected.
 */
export async function enqueueInputs(
  paths: readonly string[],
  flags: QueueFlags,
  read: QueueRead,
  io: Io,
): Promise<number> {
  const policy: RetryPolicy = {
    attempts: parseCount(flags.attempts, '--attempts'),
    timeoutSeconds: parseSeconds(flags.jobTimeout, '--job-timeout'),
    retryDelaySeconds: parseSeconds(flags.retryDelay, '--retry-delay'),
  };
  const force = flags.force ?? false;
  const summary = { queued: 0, alreadyQueued: 0, unchanged: 0, rejected: 0 };
  const rejections: { file: string; line?: number; reason: string }[] = [];
  const started = performance.now();
  const url = storeUrl(flags.db);
  const queue = await JobQueue.open(url, {
    onError: (error) => io.err(`sitrep ingest: queue: ${error.message}\n`),
  });
  try {
    await withStore(url, async (store) => {
      let batch: Article[] = [];
      const flush = async (): Promise<void> => {
        const result = await queue.enqueue(batch, policy, force);
        summary.queued += result.queued;
        summary.alreadyQueued += result.alreadyQueued;
        batch = [];
      };
      const inputs = readInputs(paths, {
        maxBytes: read.maxBytes,
        stdin: io.stdin,
        ...(read.defaultDate !== undefined && { date: read.defaultDate }),
        ...(read.format !== undefined && { stdinFormat: read.format }),
      });
      for await (const item of inputs) {
        const prepared = item.kind === 'rejection' ? item : prepareArticle(item, read.defaultDate);
        if ('kind' in prepared) {
          summary.rejected++;
          const { origin, reason } = prepared;
          rejections.push({
            file: origin.file,
            ...(origin.line !== undefined && { line: origin.line }),
            reason,
          });
          if (!flags.json) io.err(`rejected ${describeRejection(prepared)}\n`);
          continue;
        }
        if (!force && (await store.hasArticle(prepared.id))) {
          summary.unchanged++;
          continue;
        }
        batch.push(prepared);
        if (batch.length >= BATCH) await flush();
      }
      if (batch.length > 0) await flush();
    });
  } finally {
    await queue.close();
  }
  const seconds = (performance.now() - started) / 1000;
  if (flags.json) {
    printJson(io, { ...summary, seconds: Number(seconds.toFixed(3)), rejections });
  } else {
    io.out(
      `queued ${summary.queued}, already queued ${summary.alreadyQueued}, unchanged ${summary.unchanged}, rejected ${summary.rejected} (${seconds.toFixed(1)} s)\n`,
    );
  }
  return summary.rejected > 0 ? 1 : 0;
}
