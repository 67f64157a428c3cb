import type { Command } from 'commander';
import { runApiBench } from '../../bench/api.js';
import { CORPORA, type CorpusName, runBench } from '../../bench/run.js';
import { UsageError } from '../../core/errors.js';
import { type Io, printJson } from '../io.js';
import { parseCount } from '../options.js';

export function registerBench(program: Command, io: Io): void {
  program
    .command('bench')
    .description(
      'measure ingest, analyse and store throughput on the shared corpora (one core) and print JSON',
    )
    .option(
      '--corpus <names>',
      `comma-separated: ${Object.keys(CORPORA).join(', ')}`,
      Object.keys(CORPORA).join(','),
    )
    .option('--limit <n>', 'at most n articles per corpus')
    .option('--api', 'instead: the HTTP API’s answer times over a temporary store of generated events')
    .option('--events <n>', 'with --api: how many events to generate', '100000')
    .action(async (flags: { corpus: string; limit?: string; api?: boolean; events: string }) => {
      if (flags.api) {
        const result = await runApiBench({
          events: parseCount(flags.events, '--events'),
          log: (line) => io.err(`${line}\n`),
        });
        return printJson(io, result);
      }
      const corpora = flags.corpus.split(',').map((name) => {
        if (!(name in CORPORA)) throw new UsageError(`--corpus: unknown corpus '${name}'`);
        return name as CorpusName;
      });
      const result = await runBench({
        corpora,
        ...(flags.limit !== undefined && { limit: parseCount(flags.limit, '--limit') }),
        log: (line) => io.err(`${line}\n`),
      });
      printJson(io, result);
    });
}
