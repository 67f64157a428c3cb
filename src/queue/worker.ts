import { setTimeout as sleep } from 'node:timers/promises';
import { analyze } from '../analyze.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { SaveStatus, Store } from '../store/port.js';
import { parseJob } from './job.js';
import type { FetchedJob, JobQueue } from './queue.js';

export interface WorkerOptions {
  readonly store: Store;
  readonly queue: JobQueue;
  readonly knowledge: Knowledge;
  /** Batches in flight in this process: while one waits on the database another analyses. */
  readonly concurrency: number;
  /** Jobs taken per fetch. */
  readonly batchSize: number;
  /** Wait between polls of an empty queue. */
  readonly pollMs: number;
  /** Stop once no job is waiting, retrying or active anywhere (for batch runs and benches). */
  readonly untilEmpty: boolean;
  /** Aborting stops the worker after the batches in flight. */
  readonly signal?: AbortSignal;
  readonly report?: (event: WorkerEvent) => void;
}

/** What a worker reports as it goes (`sitrep worker --json` prints one per line). */
export type WorkerEvent =
  | { readonly event: 'fetched'; readonly jobs: readonly string[] }
  | {
      readonly event: 'done';
      readonly jobs: readonly string[];
      readonly stored: number;
      readonly replaced: number;
      readonly unchanged: number;
      readonly words: number;
    }
  | {
      readonly event: 'failed';
      readonly job: string;
      readonly articleId?: string;
      readonly attempt: number;
      readonly attempts: number;
      readonly error: string;
    };

export interface WorkerSummary {
  /** CPU seconds this process spent while working (user and system). */
  cpuSeconds: number;
  stored: number;
  replaced: number;
  unchanged: number;
  failed: number;
  words: number;
}

type Outcome = { readonly status: SaveStatus; readonly words: number };

/**
 * Takes article jobs from the queue, analyses and stores each, and marks the batch done; until stopped, or
 * until the queue is empty with `untilEmpty`. A job is completed only after its article is committed, so a
 * worker killed at any point leaves its jobs active; they time out and another worker retries them, finding
 * the articles already committed 'unchanged'. Storing is idempotent by article id, so every article is
 * stored exactly once however often its job runs.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const { store, queue, knowledge } = options;
  // One loop failing (the database gone) stops the others too, so the caller can close cleanly.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const report = options.report ?? (() => {});
  const summary: WorkerSummary = { cpuSeconds: 0, stored: 0, replaced: 0, unchanged: 0, failed: 0, words: 0 };
  const cpuAtStart = process.cpuUsage();

  const processJob = async (job: FetchedJob): Promise<Outcome> => {
    const { article, force } = parseJob(job.data);
    // No "already stored?" round trip first: saveAnalysis answers 'unchanged' itself, and only the jobs of a
    // worker that died can find their article stored.
    const analysis = analyze(article, knowledge);
    const status = await store.saveAnalysis(analysis, { force: force ?? false });
    return { status, words: status === 'unchanged' ? 0 : analysis.tokens.length };
  };

  const processBatch = async (jobs: readonly FetchedJob[]): Promise<void> => {
    report({ event: 'fetched', jobs: jobs.map((j) => j.id) });
    const done: string[] = [];
    const batch = { stored: 0, replaced: 0, unchanged: 0, words: 0 };
    for (const job of jobs) {
      let outcome: Outcome;
      try {
        outcome = await processJob(job);
      } catch (error) {
        const message = (error as Error).message;
        const articleId = (job.data as { article?: { id?: unknown } } | null)?.article?.id;
        const id = typeof articleId === 'string' ? articleId : undefined;
        await queue.fail(job.id, {
          message,
          attempt: job.attempt,
          ...(id !== undefined && { articleId: id }),
        });
        summary.failed++;
        report({
          event: 'failed',
          job: job.id,
          ...(id !== undefined && { articleId: id }),
          attempt: job.attempt,
          attempts: job.attempts,
          error: message,
        });
        continue;
      }
      batch[outcome.status]++;
      batch.words += outcome.words;
      done.push(job.id);
    }
    await queue.complete(done);
    summary.stored += batch.stored;
    summary.replaced += batch.replaced;
    summary.unchanged += batch.unchanged;
    summary.words += batch.words;
    report({ event: 'done', jobs: done, ...batch });
  };

  const loop = async (): Promise<void> => {
    while (!signal.aborted) {
      const jobs = await queue.fetch(options.batchSize);
      if (jobs.length > 0) {
        await processBatch(jobs);
        continue;
      }
      if (options.untilEmpty && (await queue.pending()) === 0) return;
      // Idle: retry the jobs of workers that died, rather than wait for the next maintenance.
      await queue.sweepExpired();
      await sleep(options.pollMs, undefined, { signal }).catch(() => {});
    }
  };

  const guarded = async (): Promise<void> => {
    try {
      await loop();
    } catch (error) {
      stop.abort();
      throw error;
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.max(1, options.concurrency) }, guarded));
  const failure = results.find((r) => r.status === 'rejected');
  if (failure) throw failure.reason;
  const cpu = process.cpuUsage(cpuAtStart);
  summary.cpuSeconds = Number(((cpu.user + cpu.system) / 1e6).toFixed(3));
  return summary;
}

/**
 * The store URL a worker writes through: its commits are asynchronous (`synchronous_commit=off`), so an
 * article's commit does not wait for its own flush to disk. Nothing is lost by it: the batch's jobs are
 * completed afterwards, in a synchronous commit on pg-boss's connection, and PostgreSQL flushes its log in
 * order, so once a completion is durable so are the articles committed before it. After a crash of the
 * server either both survive, or the jobs are still open and are retried ('unchanged' if their articles
 * did survive). The disk flush is paid once per batch instead of once per article.
 */
export function workerStoreUrl(url: string): string {
  const parsed = new URL(url);
  const options = parsed.searchParams.get('options');
  parsed.searchParams.set('options', `${options ? `${options} ` : ''}-c synchronous_commit=off`);
  return parsed.toString();
}
