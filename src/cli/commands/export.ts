import { createWriteStream, openSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { isOneOf } from '../../core/codes.js';
import { InputError, UsageError } from '../../core/errors.js';
import { EXPORT_FORMATS, type ExportRequest, runExport } from '../../export/run.js';
import { withStore } from '../context.js';
import { addEventFilterOptions, type EventFilterFlags, eventQueryFromFlags } from '../event-filters.js';
import type { Io } from '../io.js';

interface ExportFlags extends EventFilterFlags {
  db?: string;
  format: string;
  out?: string;
}

/** Quote exports take the actor (as speaker), article and date filters; the event-only ones are refused. */
const EVENT_ONLY = ['source', 'target', 'dyad', 'code', 'root', 'quadClass', 'includeNegated'] as const;

function request(flags: ExportFlags): ExportRequest {
  if (!isOneOf(EXPORT_FORMATS, flags.format))
    throw new UsageError(`--format: '${flags.format}' is not one of ${EXPORT_FORMATS.join(', ')}`);
  const events = eventQueryFromFlags(flags);
  if (flags.format !== 'quotes-csv') return { format: flags.format, events };
  const refused = EVENT_ONLY.filter((name) => flags[name] !== undefined);
  if (refused.length > 0)
    throw new UsageError(
      `--format quotes-csv: ${refused.map((n) => `--${kebab(n)}`).join(', ')} select events, not quotes`,
    );
  return {
    format: 'quotes-csv',
    quotes: {
      ...(events.actor !== undefined && { speaker: events.actor }),
      ...(events.articleId !== undefined && { articleId: events.articleId }),
      ...(events.since !== undefined && { since: events.since }),
      ...(events.until !== undefined && { until: events.until }),
    },
  };
}

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

async function toFile(path: string, work: (write: (chunk: string) => Promise<void>) => Promise<number>) {
  const cannotWrite = (error: unknown) => new InputError(path, `cannot write: ${(error as Error).message}`);
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw cannotWrite(error);
  }
  const stream = createWriteStream('', { fd });
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  const write = async (chunk: string): Promise<void> => {
    if (!stream.write(chunk) && !failure)
      await new Promise<void>((resume) => {
        stream.once('drain', () => resume());
        stream.once('error', () => resume());
      });
    if (failure) throw cannotWrite(failure);
  };
  try {
    const count = await work(write);
    stream.end();
    await finished(stream).catch((error: unknown) => {
      throw cannotWrite(error);
    });
    return count;
  } finally {
    stream.destroy();
  }
}

export function registerExport(program: Command, io: Io): void {
  const command = program
    .command('export')
    .description('write events (GDELT 2.0 table, CSV, JSON Lines) or quotes (CSV) to a file or stdout')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--db <url>', 'store (default sqlite:./sitrep.db, or $SITREP_DB)')
    .option('--out <file>', 'write here instead of stdout');
  addEventFilterOptions(command)
    .addHelpText(
      'after',
      '\nFormats:\n  gdelt       GDELT 2.0 event table: 61 tab-separated columns in GDELT order, no header; fields we do not have are empty\n  csv         one event per row with its evidence (span, rule, confidence), with a header\n  jsonl       one event per line as JSON, as the API returns it\n  quotes-csv  one quote per row with its speaker and evidence (filters: --actor as speaker, --article, --since, --until)',
    )
    .action(async (flags: ExportFlags) => {
      const wanted = request(flags);
      const count = await withStore(flags.db, (store) =>
        flags.out === undefined
          ? runExport(store, wanted, (chunk) => io.out(chunk))
          : toFile(flags.out, (write) => runExport(store, wanted, write)),
      );
      if (flags.out !== undefined) {
        const what = wanted.format === 'quotes-csv' ? 'quotes' : 'events';
        io.out(`exported ${count} ${what} as ${wanted.format} to ${flags.out}\n`);
      }
    });
}
