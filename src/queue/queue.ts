import { randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Article } from '../core/article.js';
import { StoreError, UsageError } from '../core/errors.js';
import { isPostgresUrl } from '../store/open.js';
import { redactUrl } from '../store/postgres/connect.js';
import { ANALYZE_QUEUE, DEAD_LETTER_QUEUE, jobIdFor } from './job.js';

/** pg-boss keeps its tables in this schema of the store's database. */
const SCHEMA = 'pgboss';

/** How a queued article is retried: set by the producer, per job. */
export interface RetryPolicy {
  /** Tries in all, the first included; after the last failure the job goes to the dead-letter list. */
  readonly attempts: number;
  /** A job still active after this long is taken as lost (its worker died) and tried again. */
  readonly timeoutSeconds: number;
  /** Wait before a failed job is tried again. */
  readonly retryDelaySeconds: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, timeoutSeconds: 300, retryDelaySeconds: 10 };

export interface EnqueueResult {
  readonly queued: number;
  /** Articles whose job was already on record (queued, running or done): not queued twice. */
  readonly alreadyQueued: number;
}

export interface FetchedJob {
  readonly id: string;
  readonly data: unknown;
  /** 1 for the first try. */
  readonly attempt: number;
  readonly attempts: number;
}

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];
export type QueueCounts = Record<JobState, number>;

export interface DeadLetter {
  readonly id: string;
  readonly articleId?: string;
  readonly title?: string;
  readonly error: string;
  readonly failedAt: string;
}

export interface OpenQueueOptions {
  /** Connections pg-boss may open (it polls and completes jobs; the store has a pool of its own). */
  readonly connections?: number;
  /** Errors pg-boss meets in the background (maintenance, a dropped connection). */
  readonly onError?: (error: Error) => void;
}

/**
 * The article job queue: pg-boss 10 in the store's own PostgreSQL database, so producers and workers on any
 * machine need only the one connection string. Jobs are fetched with `FOR UPDATE SKIP LOCKED`, so any number
 * of workers share the queue without handing the same job to two of them; a job whose worker dies stays
 * active until its timeout, then is retried; one that fails every attempt is copied to the dead-letter queue
 * with its last error.
 */
export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    readonly location: string,
  ) {}

  static async open(url: string, options: OpenQueueOptions = {}): Promise<JobQueue> {
    if (!isPostgresUrl(url))
      throw new UsageError(`the job queue needs a PostgreSQL store (--db postgres://…), not '${url}'`);
    const location = redactUrl(url);
    const boss = new PgBoss({
      connectionString: url,
      schema: SCHEMA,
      max: options.connections ?? 3,
      application_name: 'sitrep',
      // No cron schedules here; maintenance (expiring lost jobs, archiving) stays on in every process.
      schedule: false,
    });
    boss.on('error', (error) => options.onError?.(error));
    try {
      await serialized(url, async () => {
        await boss.start();
        await boss.createQueue(DEAD_LETTER_QUEUE);
        await boss.createQueue(ANALYZE_QUEUE, { name: ANALYZE_QUEUE, deadLetter: DEAD_LETTER_QUEUE });
      });
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      throw new StoreError(location, `cannot open the job queue: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return new JobQueue(boss, location);
  }

  private async sql<T>(text: string, values: unknown[]): Promise<T[]> {
    const { rows } = await this.boss.getDb().executeSql(text, values);
    return rows as T[];
  }

  /**
   * Queues one job per article. Without `force`, an article whose job is already on record is not queued
   * again (its job id is derived from the article id); with `force` every article gets a new job.
   */
  async enqueue(
    articles: readonly Article[],
    policy: RetryPolicy = DEFAULT_RETRY,
    force = false,
  ): Promise<EnqueueResult> {
    // The first of several copies of an article wins, as in a plain ingest (later ones are 'unchanged').
    const byId = new Map<string, Article>();
    for (const a of articles) {
      const id = force ? randomUUID() : jobIdFor(a.id);
      if (!byId.has(id)) byId.set(id, a);
    }
    const ids = [...byId.keys()];
    const existing = new Set(
      (
        await this.sql<{ id: string }>(
          `select id from ${SCHEMA}.job where name = $1 and id = any($2::uuid[])`,
          [ANALYZE_QUEUE, ids],
        )
      ).map((r) => r.id),
    );
    const jobs = ids
      .filter((id) => !existing.has(id))
      .map((id) => ({
        id,
        name: ANALYZE_QUEUE,
        data: { article: byId.get(id)!, ...(force && { force }) },
        retryLimit: policy.attempts - 1,
        retryDelay: policy.retryDelaySeconds,
        expireInSeconds: policy.timeoutSeconds,
      }));
    if (jobs.length > 0) await this.boss.insert(jobs);
    return { queued: jobs.length, alreadyQueued: articles.length - jobs.length };
  }

  /** Takes up to `batchSize` waiting jobs for this worker (they become active). */
  async fetch(batchSize: number): Promise<FetchedJob[]> {
    const jobs = await this.boss.fetch<unknown>(ANALYZE_QUEUE, { batchSize, includeMetadata: true });
    return jobs.map((j) => ({
      id: j.id,
      data: j.data,
      attempt: j.retryCount + 1,
      attempts: j.retryLimit + 1,
    }));
  }

  async complete(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.boss.complete(ANALYZE_QUEUE, [...ids]);
  }

  /** Records a failed try; pg-boss retries the job, or moves it to the dead-letter list after its last. */
  async fail(id: string, error: { message: string; articleId?: string; attempt: number }): Promise<void> {
    await this.boss.fail(ANALYZE_QUEUE, id, error);
  }

  /** Jobs not yet finished: waiting, waiting to retry, or active (possibly on a worker that has died). */
  async pending(): Promise<number> {
    return (await this.boss.getQueueSize(ANALYZE_QUEUE, { before: 'completed' })) ?? 0;
  }

  /**
   * Fails the jobs that have been active past their timeout, so they are retried now rather than at the next
   * scheduled maintenance. Idle workers call this; it takes an advisory lock, so concurrent calls are safe.
   */
  async sweepExpired(): Promise<void> {
    await this.boss.expire();
  }

  async counts(): Promise<QueueCounts> {
    const rows = await this.sql<{ state: JobState; n: string }>(
      `select state, count(*) as n from ${SCHEMA}.job where name = $1 group by state`,
      [ANALYZE_QUEUE],
    );
    const counts = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as QueueCounts;
    for (const row of rows) counts[row.state] = Number(row.n);
    return counts;
  }

  /** The articles that failed every attempt, newest first, with their last error. */
  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    const rows = await this.sql<{ id: string; data: unknown; output: unknown; created_on: Date }>(
      `select id, data, output, created_on from ${SCHEMA}.job
       where name = $1 and state < 'completed' order by created_on desc, id limit $2`,
      [DEAD_LETTER_QUEUE, limit],
    );
    return rows.map((r) => {
      const article = (r.data as { article?: { id?: unknown; title?: unknown } } | null)?.article;
      return {
        id: r.id,
        ...(typeof article?.id === 'string' && { articleId: article.id }),
        ...(typeof article?.title === 'string' && { title: article.title }),
        error: errorMessage(r.output),
        failedAt: r.created_on.toISOString(),
      };
    });
  }

  /** Puts every dead-lettered article back in the queue for a fresh set of attempts; returns how many. */
  async retryDeadLetters(policy: RetryPolicy = DEFAULT_RETRY): Promise<number> {
    const rows = await this.sql<{ id: string; data: object }>(
      `select id, data from ${SCHEMA}.job where name = $1 and state < 'completed'`,
      [DEAD_LETTER_QUEUE],
    );
    if (rows.length === 0) return 0;
    await this.boss.insert(
      rows.map((r) => ({
        name: ANALYZE_QUEUE,
        data: r.data,
        retryLimit: policy.attempts - 1,
        retryDelay: policy.retryDelaySeconds,
        expireInSeconds: policy.timeoutSeconds,
      })),
    );
    await this.boss.deleteJob(
      DEAD_LETTER_QUEUE,
      rows.map((r) => r.id),
    );
    return rows.length;
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, close: true });
  }
}

/** An arbitrary constant: the advisory lock that serialises setting up the queues. */
const SETUP_LOCK = 7_131_977;

/**
 * Runs `work` while holding a session advisory lock on the database, so processes that start together on a
 * fresh database set up the queues one after another: pg-boss creates a queue's partition table without a
 * lock of its own, and two workers doing it at once deadlock.
 */
async function serialized(url: string, work: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'sitrep' });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SETUP_LOCK]);
    await work();
  } finally {
    await client.end();
  }
}

/** The message of a job's output: ours (`{message}`) or pg-boss's own (`{value: {message}}` on a timeout). */
function errorMessage(output: unknown): string {
  const o = output as { message?: unknown; value?: { message?: unknown } } | null;
  if (typeof o?.message === 'string') return o.message;
  if (typeof o?.value?.message === 'string') return o.value.message;
  return output === null || output === undefined ? 'unknown error' : JSON.stringify(output);
}
