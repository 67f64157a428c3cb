import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { copyStore } from '../../store/copy.js';
import { openStore } from '../../store/open.js';
import { type Io, printJson } from '../io.js';
import { parseCount } from '../options.js';
import { Progress } from '../progress.js';

interface MigrateFlags {
  from: string;
  to: string;
  batch: string;
  limit?: string;
  json?: boolean;
}

export function registerMigrate(program: Command, io: Io): void {
  program
    .command('migrate')
    .description('copy every article and its records from one store to another (resumable: run it again)')
    .requiredOption('--from <url>', 'source store: sqlite:PATH or postgres://…')
    .requiredOption('--to <url>', 'target store: sqlite:PATH or postgres://…')
    .option('--batch <n>', 'article ids read per round', '500')
    .option('--limit <n>', 'stop after copying n articles (the next run goes on from there)')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nEach article is one transaction in the target; articles already there are skipped, so an interrupted copy\nresumes where it stopped. Feed bookkeeping (sitrep watch) is not copied.',
    )
    .action(async (flags: MigrateFlags) => {
      const batch = parseCount(flags.batch, '--batch');
      const limit = flags.limit === undefined ? undefined : parseCount(flags.limit, '--limit');
      if (flags.from === flags.to) throw new UsageError('--from and --to name the same store');
      const started = performance.now();
      const from = await openStore(flags.from);
      try {
        const to = await openStore(flags.to);
        try {
          const total = (await from.counts()).articles;
          const progress = new Progress(io, io.interactive && !flags.json, 'migrate', total);
          const summary = await copyStore(from, to, {
            batch,
            ...(limit !== undefined && { limit }),
            onArticle: () => progress.tick(),
          });
          progress.finish();
          const seconds = (performance.now() - started) / 1000;
          const complete = summary.copied + summary.present >= total;
          if (flags.json) {
            printJson(io, { ...summary, total, complete, seconds: Number(seconds.toFixed(3)) });
          } else {
            io.out(
              `copied ${summary.copied}, already there ${summary.present}, of ${total} articles from ${from.location} to ${to.location} (${seconds.toFixed(1)} s)${complete ? '' : '; run again to go on'}\n`,
            );
          }
        } finally {
          await to.close();
        }
      } finally {
        await from.close();
      }
    });
}
