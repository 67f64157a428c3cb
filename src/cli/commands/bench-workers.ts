import { CORPORA, type CorpusName } from '../../bench/run.js';
import { runWorkerBench, type WorkerBenchResult } from '../../bench/workers.js';
import { UsageError } from '../../core/errors.js';
import { isPostgresUrl } from '../../store/open.js';
import type { Io } from '../io.js';
import { parseCount } from '../options.js';

/** `sitrep bench --workers 1,2 --db postgres://…`: the queue's throughput with that many worker processes. */
export function benchWorkers(
  flags: { corpus: string; limit?: string; workers?: string; db?: string },
  io: Io,
): Promise<WorkerBenchResult> {
  if (flags.db === undefined || !isPostgresUrl(flags.db))
    throw new UsageError(
      '--workers needs --db postgres://… (a server where temporary databases may be made)',
    );
  const corpus = flags.corpus.split(',')[0]!;
  if (!(corpus in CORPORA)) throw new UsageError(`--corpus: unknown corpus '${corpus}'`);
  const workers = (flags.workers ?? '').split(',').map((n) => parseCount(n, '--workers'));
  return runWorkerBench({
    server: flags.db,
    corpus: corpus as CorpusName,
    limit: flags.limit === undefined ? 5000 : parseCount(flags.limit, '--limit'),
    workers,
    log: (line) => io.err(`${line}\n`),
  });
}
