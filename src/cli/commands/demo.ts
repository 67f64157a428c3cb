import type { Command } from 'commander';
import { describeRejection } from '../../core/article.js';
import { readInputs } from '../../ingest/read.js';
import { emptySummary, ingestOne, tally } from '../../ingest/run.js';
import { EXAMPLES_DIR } from '../../paths.js';
import { knowledge, withStore } from '../context.js';
import type { Io } from '../io.js';
import { startServer } from './serve.js';

export function registerDemo(program: Command, io: Io): void {
  program
    .command('demo')
    .description(
      'the main job on the embedded default: ingest the bundled examples into SQLite and serve the dashboard',
    )
    .option('--db <url>', 'store (default sqlite:./sitrep.db, or $SITREP_DB)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--no-serve', 'ingest only, do not start the server')
    .action(async (flags: { db?: string; host: string; port: string; serve: boolean }) => {
      const summary = emptySummary();
      const kb = knowledge();
      await withStore(flags.db, async (store) => {
        for await (const item of readInputs([EXAMPLES_DIR], { maxBytes: 10e6 })) {
          const outcome = await ingestOne(item, store, kb);
          tally(summary, outcome);
          if (outcome.kind === 'rejected') io.err(`rejected ${describeRejection(outcome.rejection)}\n`);
        }
      });
      io.out(
        `examples: stored ${summary.stored}, unchanged ${summary.unchanged}, rejected ${summary.rejected}\n`,
      );
      if (!flags.serve) return;
      await startServer(io, {
        host: flags.host,
        port: flags.port,
        ...(flags.db !== undefined && { db: flags.db }),
      });
      await new Promise(() => {});
    });
}
