import type { Command } from 'commander';
import { describeRejection } from '../../core/article.js';
import { estimateArticleCount } from '../../ingest/estimate.js';
import { readInputs } from '../../ingest/read.js';
import { emptySummary, ingestOne, tally } from '../../ingest/run.js';
import { knowledge, withStore } from '../context.js';
import { type Io, printJson } from '../io.js';
import { kbOption } from '../kb-option.js';
import { parseDateOption, parseSize } from '../options.js';
import { Progress } from '../progress.js';

interface IngestFlags {
  db?: string;
  date?: string;
  force?: boolean;
  json?: boolean;
  maxBytes: string;
  format?: 'text' | 'jsonl' | 'csv' | 'html';
  kb?: string[];
}

export function registerIngest(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('read dated articles (files, folders, - for stdin), analyse them and store the records')
    .argument('<paths...>', 'files or folders (recursive); - reads stdin')
    .option('--db <url>', 'store: sqlite:PATH (default sqlite:./sitrep.db, or $SITREP_DB)')
    .option('--date <YYYY-MM-DD>', 'date for articles that carry none')
    .option('--force', 're-analyse articles already stored')
    .option('--max-bytes <size>', 'reject files larger than this (e.g. 10MB)', '10MB')
    .option('--format <format>', 'format of stdin: text, jsonl, csv or html (default: sniffed)')
    .option('--json', 'print the summary and rejections as JSON')
    .addOption(kbOption())
    .addHelpText(
      'after',
      '\nFormats: seed/.txt (first line "date YYYY-MM-DD"), .jsonl/.ndjson ({date|published, text, title?, url?, source?, id?}),\n.csv with a header row, .html (main text via Readability).\nExit code: 0 when every input was stored or already there, 1 when any was rejected.',
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const defaultDate = flags.date === undefined ? undefined : parseDateOption(flags.date, '--date');
      const maxBytes = parseSize(flags.maxBytes, '--max-bytes');
      const kb = knowledge(flags.kb);
      const summary = emptySummary();
      const rejections: { file: string; line?: number; reason: string }[] = [];
      const started = performance.now();
      await withStore(flags.db, async (store) => {
        const progress = new Progress(
          io,
          io.interactive && !flags.json,
          'ingest',
          estimateArticleCount(paths),
        );
        const inputs = readInputs(paths, {
          maxBytes,
          stdin: io.stdin,
          ...(defaultDate !== undefined && { date: defaultDate }),
          ...(flags.format !== undefined && { stdinFormat: flags.format }),
        });
        for await (const item of inputs) {
          const outcome = await ingestOne(item, store, kb, {
            force: flags.force ?? false,
            ...(defaultDate !== undefined && { defaultDate }),
          });
          tally(summary, outcome);
          if (outcome.kind === 'rejected') {
            const { origin, reason } = outcome.rejection;
            rejections.push({
              file: origin.file,
              ...(origin.line !== undefined && { line: origin.line }),
              reason,
            });
            if (!flags.json) {
              progress.finish();
              io.err(`rejected ${describeRejection(outcome.rejection)}\n`);
            }
          }
          progress.tick();
        }
        progress.finish();
      });
      const seconds = (performance.now() - started) / 1000;
      if (flags.json) {
        printJson(io, { ...summary, seconds: Number(seconds.toFixed(3)), rejections });
      } else {
        io.out(
          `stored ${summary.stored}, replaced ${summary.replaced}, unchanged ${summary.unchanged}, rejected ${summary.rejected} (${summary.words} words in ${seconds.toFixed(1)} s)\n`,
        );
      }
      setExit(summary.rejected > 0 ? 1 : 0);
    });
}
