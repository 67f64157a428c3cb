import type { Command } from 'commander';
import { JobQueue } from '../../queue/queue.js';
import { runWorker, type WorkerEvent, workerStoreUrl } from '../../queue/worker.js';
import { openStore, storeUrl } from '../../store/open.js';
import { knowledge } from '../context.js';
import { parseDuration } from '../duration.js';
import type { Io } from '../io.js';
import { parseCount } from '../options.js';
import { Progress } from '../progress.js';

interface WorkerFlags {
  db?: string;
  concurrency: string;
  batchSize: string;
  poll: string;
  untilEmpty?: boolean;
  json?: boolean;
}

export function registerWorker(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('worker')
    .description('analyse and store the articles queued by `ingest --queue`, until stopped (SIGINT/SIGTERM)')
    .option('--db <url>', 'store and queue: postgres://user@host:port/database (or $SITREP_DB)')
    .option(
      '--concurrency <n>',
      'batches in flight in this process (overlaps analysis with database waits)',
      '2',
    )
    .option('--batch-size <n>', 'jobs taken per fetch', '20')
    .option('--poll <duration>', 'wait between polls of an empty queue', '2s')
    .option('--until-empty', 'stop once no job is waiting, retrying or running anywhere')
    .option(
      '--json',
      'print one JSON object per line for every batch fetched, done or failed, then a summary',
    )
    .addHelpText(
      'after',
      '\nRun one worker process per core, on as many machines as reach the database. A worker that dies leaves its\njobs active until their timeout (ingest --job-timeout); then another worker retries them.\nExit code: 0 when every job this worker took was stored, 1 when any failed (it is retried or dead-lettered).',
    )
    .action(async (flags: WorkerFlags) => {
      const concurrency = parseCount(flags.concurrency, '--concurrency');
      const batchSize = parseCount(flags.batchSize, '--batch-size');
      const pollMs = parseDuration(flags.poll, '--poll');
      const url = storeUrl(flags.db);
      const kb = knowledge();
      const queue = await JobQueue.open(url, {
        onError: (error) => io.err(`sitrep worker: queue: ${error.message}\n`),
      });
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const started = performance.now();
      const progress = new Progress(io, io.interactive && !flags.json, 'worker');
      try {
        const store = await openStore(workerStoreUrl(url));
        try {
          const report = (event: WorkerEvent): void => {
            if (flags.json) io.out(`${JSON.stringify(event)}\n`);
            else if (event.event === 'done') progress.tick(event.jobs.length);
            else if (event.event === 'failed') {
              progress.finish();
              io.err(
                `failed ${event.articleId ?? event.job} (attempt ${event.attempt} of ${event.attempts}): ${event.error}\n`,
              );
            }
          };
          if (flags.json) io.out(`${JSON.stringify({ event: 'ready', pid: process.pid })}\n`);
          const summary = await runWorker({
            store,
            queue,
            knowledge: kb,
            concurrency,
            batchSize,
            pollMs,
            untilEmpty: flags.untilEmpty ?? false,
            signal: stop.signal,
            report,
          });
          progress.finish();
          const seconds = (performance.now() - started) / 1000;
          if (flags.json) {
            io.out(
              `${JSON.stringify({ event: 'summary', ...summary, seconds: Number(seconds.toFixed(3)) })}\n`,
            );
          } else {
            io.out(
              `stored ${summary.stored}, replaced ${summary.replaced}, unchanged ${summary.unchanged}, failed ${summary.failed} (${summary.words} words in ${seconds.toFixed(1)} s)\n`,
            );
          }
          setExit(summary.failed > 0 ? 1 : 0);
        } finally {
          await store.close();
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await queue.close();
      }
    });
}
