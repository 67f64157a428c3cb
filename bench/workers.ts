import { runWorkerBench } from '../src/bench/workers.js';
import { startPostgres } from '../test/helpers/postgres.js';

// `npm run bench:workers`: queue throughput with 1 and 2 `sitrep worker` processes. Without --db=URL it
// starts a throwaway PostgreSQL server with durable settings (fsync on), as the tests do (see
// test/helpers/postgres.ts). Options: --db=URL --corpus=allsides|reuters --limit=N --workers=1,2
// --concurrency=N --batch-size=N. JSON on stdout, progress on stderr.
const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const server = arg('db') === undefined ? await startPostgres({ durable: true }) : undefined;
try {
  const result = await runWorkerBench({
    server: arg('db') ?? server!.url(),
    corpus: (arg('corpus') ?? 'reuters') as 'reuters' | 'allsides',
    limit: Number(arg('limit') ?? 5000),
    workers: (arg('workers') ?? '1,2').split(',').map(Number),
    ...(arg('concurrency') !== undefined && { concurrency: Number(arg('concurrency')) }),
    ...(arg('batch-size') !== undefined && { batchSize: Number(arg('batch-size')) }),
    ...(server && { serverCpuSeconds: () => server.cpuSeconds() }),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await server?.stop();
}
