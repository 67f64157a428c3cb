import type { Command } from 'commander';
import { ANALYZE_QUEUE } from '../../queue/job.js';
import { JobQueue } from '../../queue/queue.js';
import { storeUrl } from '../../store/open.js';
import { formatTable, type Io, printJson, truncate } from '../io.js';
import { parseCount } from '../options.js';

interface JobsFlags {
  db?: string;
  limit: string;
  retryDead?: boolean;
  json?: boolean;
}

export function registerJobs(program: Command, io: Io): void {
  program
    .command('jobs')
    .description('show the article queue: jobs by state, and the dead-letter list with each last error')
    .option('--db <url>', 'store and queue: postgres://user@host:port/database (or $SITREP_DB)')
    .option('--limit <n>', 'dead letters to list', '50')
    .option('--retry-dead', 'queue every dead-lettered article again, with fresh attempts')
    .option('--json', 'print the counts and dead letters as JSON')
    .action(async (flags: JobsFlags) => {
      const limit = parseCount(flags.limit, '--limit');
      const queue = await JobQueue.open(storeUrl(flags.db), {
        onError: (error) => io.err(`sitrep jobs: queue: ${error.message}\n`),
      });
      try {
        const requeued = flags.retryDead ? await queue.retryDeadLetters() : undefined;
        const counts = await queue.counts();
        const dead = await queue.deadLetters(limit);
        if (flags.json) {
          printJson(io, {
            queue: ANALYZE_QUEUE,
            counts,
            deadLetters: dead,
            ...(requeued !== undefined && { requeued }),
          });
          return;
        }
        if (requeued !== undefined) io.out(`queued ${requeued} dead-lettered articles again\n`);
        io.out(
          `${ANALYZE_QUEUE}: waiting ${counts.created}, retrying ${counts.retry}, active ${counts.active}, done ${counts.completed}, failed ${counts.failed}\n`,
        );
        if (dead.length === 0) {
          io.out('dead letters: none\n');
          return;
        }
        io.out(`dead letters (${dead.length}${dead.length === limit ? '+' : ''}):\n`);
        io.out(
          formatTable(
            ['article', 'failed at', 'title', 'error'],
            dead.map((d) => [
              d.articleId?.slice(0, 12) ?? d.id,
              d.failedAt.slice(0, 19).replace('T', ' '),
              truncate(d.title ?? '', 40),
              truncate(d.error, 120),
            ]),
          ),
        );
      } finally {
        await queue.close();
      }
    });
}
