import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Article } from '../core/article.js';
import { prepareArticle } from '../ingest/prepare.js';
import { readInputs } from '../ingest/read.js';
import { PACKAGE_ROOT, sharedDir } from '../paths.js';
import { JobQueue } from '../queue/queue.js';
import { CORPORA, type CorpusName } from './run.js';

export interface WorkerBenchOptions {
  /**
   * A PostgreSQL server, as the URL of any database on it with a user that may create databases: each run
   * gets a fresh database there, dropped afterwards.
   */
  readonly server: string;
  readonly corpus: CorpusName;
  readonly limit: number;
  /** Worker process counts to measure, e.g. [1, 2]. */
  readonly workers: readonly number[];
  /** `sitrep worker --concurrency` of each process. */
  readonly concurrency?: number;
  readonly batchSize?: number;
  /** argv that starts sitrep (default: this package's bin/sitrep.js, which runs the build in dist/). */
  readonly command?: readonly string[];
  /** CPU seconds used so far by the PostgreSQL server, when the caller can tell (a server it started). */
  readonly serverCpuSeconds?: () => number;
  readonly log?: (line: string) => void;
}

export interface WorkerRun {
  readonly workers: number;
  readonly articles: number;
  readonly words: number;
  /** From the first batch taken to the last one done, across all workers. */
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly wordsPerSecond: number;
  /** Per worker process: the rate above divided by the number of workers. */
  readonly articlesPerSecondPerWorker: number;
  /**
   * CPU time per article: in the workers, and in the PostgreSQL server when known. Unlike the rates these do
   * not depend on what else the machine is running, so they size deployments: one core runs
   * 1000 / workerCpuMsPerArticle articles/s.
   */
  readonly workerCpuMsPerArticle: number;
  readonly serverCpuMsPerArticle?: number;
  /** 1000 / workerCpuMsPerArticle: what one worker does on a core of its own. */
  readonly articlesPerWorkerCoreSecond: number;
  readonly wordsPerWorkerCoreSecond: number;
  /** The 1-minute load average when the run ended, for judging the wall-clock rates. */
  readonly loadAverage: number;
}

export interface WorkerBenchResult {
  readonly node: string;
  readonly cpus: number;
  readonly corpus: string;
  readonly runs: readonly WorkerRun[];
}

async function loadArticles(corpus: CorpusName, limit: number): Promise<Article[]> {
  const articles: Article[] = [];
  const seen = new Set<string>();
  for await (const item of readInputs([join(sharedDir(), CORPORA[corpus])], { maxBytes: 1e9 })) {
    if (item.kind !== 'article') continue;
    const article = prepareArticle(item);
    if ('kind' in article || seen.has(article.id)) continue;
    seen.add(article.id);
    articles.push(article);
    if (articles.length >= limit) break;
  }
  return articles;
}

async function admin<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

interface Timeline {
  first?: number;
  last?: number;
  articles: number;
  words: number;
  cpuSeconds: number;
}

/** Runs `count` worker processes over the queue until it is empty, timing them from their own reports. */
function runWorkers(
  command: readonly string[],
  db: string,
  count: number,
  options: WorkerBenchOptions,
): Promise<Timeline> {
  const timeline: Timeline = { articles: 0, words: 0, cpuSeconds: 0 };
  const args = [
    'worker',
    '--db',
    db,
    '--until-empty',
    '--json',
    '--poll',
    '0.5s',
    '--concurrency',
    String(options.concurrency ?? 2),
    '--batch-size',
    String(options.batchSize ?? 20),
  ];
  const exits = Array.from({ length: count }, () => {
    const child = spawn(command[0]!, [...command.slice(1), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let partial = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      const now = performance.now();
      for (const line of lines) {
        const event = JSON.parse(line) as {
          event: string;
          jobs?: string[];
          words?: number;
          cpuSeconds?: number;
        };
        if (event.event === 'summary') timeline.cpuSeconds += event.cpuSeconds ?? 0;
        if (event.event === 'fetched') timeline.first ??= now;
        if (event.event === 'done') {
          timeline.last = now;
          timeline.articles += event.jobs?.length ?? 0;
          timeline.words += event.words ?? 0;
        }
      }
    });
    return new Promise<void>((resolve, reject) =>
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`)),
      ),
    );
  });
  return Promise.all(exits).then(() => timeline);
}

/**
 * Throughput of `sitrep worker` processes sharing one PostgreSQL queue and store: for each worker count,
 * a fresh database, the same articles queued first, then the workers started with --until-empty. The clock
 * runs from the first batch any worker takes to the last one done, so process start-up is left out.
 */
export async function runWorkerBench(options: WorkerBenchOptions): Promise<WorkerBenchResult> {
  const log = options.log ?? (() => {});
  const command = options.command ?? [process.execPath, join(PACKAGE_ROOT, 'bin', 'sitrep.js')];
  const articles = await loadArticles(options.corpus, options.limit);
  const runs: WorkerRun[] = [];
  for (const workers of options.workers) {
    const name = `sitrep_bench_${process.pid}_${workers}`;
    await admin(options.server, (c) => c.query(`create database ${name}`));
    const url = new URL(options.server);
    url.pathname = `/${name}`;
    const db = url.toString();
    try {
      const queue = await JobQueue.open(db);
      for (let i = 0; i < articles.length; i += 500) await queue.enqueue(articles.slice(i, i + 500));
      await queue.close();
      log(`${options.corpus}: ${articles.length} articles queued; ${workers} worker(s)`);
      const serverBefore = options.serverCpuSeconds?.();
      const t = await runWorkers(command, db, workers, options);
      const serverCpu = serverBefore === undefined ? undefined : options.serverCpuSeconds!() - serverBefore;
      const seconds = ((t.last ?? 0) - (t.first ?? 0)) / 1000;
      const workerCpuMs = (t.cpuSeconds * 1000) / t.articles;
      const run: WorkerRun = {
        workers,
        articles: t.articles,
        words: t.words,
        seconds: Number(seconds.toFixed(2)),
        articlesPerSecond: Math.round(t.articles / seconds),
        wordsPerSecond: Math.round(t.words / seconds),
        articlesPerSecondPerWorker: Math.round(t.articles / seconds / workers),
        workerCpuMsPerArticle: Number(workerCpuMs.toFixed(3)),
        ...(serverCpu !== undefined && {
          serverCpuMsPerArticle: Number(((serverCpu * 1000) / t.articles).toFixed(3)),
        }),
        articlesPerWorkerCoreSecond: Math.round(1000 / workerCpuMs),
        wordsPerWorkerCoreSecond: Math.round(((1000 / workerCpuMs) * t.words) / t.articles),
        loadAverage: Number(loadavg()[0]!.toFixed(2)),
      };
      log(
        `${workers} worker(s): ${run.articlesPerSecond} articles/s, ${run.wordsPerSecond} words/s; ${run.workerCpuMsPerArticle} ms worker CPU per article`,
      );
      runs.push(run);
    } finally {
      await admin(options.server, (c) => c.query(`drop database if exists ${name} with (force)`));
    }
  }
  return { node: process.version, cpus: availableParallelism(), corpus: options.corpus, runs };
}
