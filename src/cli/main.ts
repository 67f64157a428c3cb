import { Command, CommanderError } from 'commander';
import { InputError, StoreError, UsageError } from '../core/errors.js';
import { registerActors } from './commands/actors.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerArticles } from './commands/articles.js';
import { registerBench } from './commands/bench.js';
import { registerCommitments } from './commands/commitments.js';
import { registerDemo } from './commands/demo.js';
import { registerEval } from './commands/eval.js';
import { registerEvents } from './commands/events.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerJobs } from './commands/jobs.js';
import { registerKb } from './commands/kb.js';
import { registerMigrate } from './commands/migrate.js';
import { registerQuotes } from './commands/quotes.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerWatch } from './commands/watch.js';
import { registerWorker } from './commands/worker.js';
import type { Io } from './io.js';

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code:
 * 0 success, 1 some input rejected, 2 usage error, 3 failure (store, unexpected).
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command('sitrep')
    .description('dated news in; who did what to whom, when and where, and who said it, out')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  registerIngest(program, io, setExit);
  registerAnalyze(program, io, setExit);
  registerArticles(program, io);
  registerCommitments(program, io, setExit);
  registerActors(program, io, setExit);
  registerQuotes(program, io, setExit);
  registerSearch(program, io);
  registerEvents(program, io, setExit);
  registerEval(program, io);
  registerServe(program, io);
  registerDemo(program, io);
  registerBench(program, io);
  registerKb(program, io, setExit);
  registerExport(program, io);
  registerWorker(program, io, setExit);
  registerJobs(program, io);
  registerMigrate(program, io);
  registerWatch(program, io, setExit);
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.err(`sitrep: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof StoreError) {
      io.err(`sitrep: ${error.message}${error.cause ? ` (${(error.cause as Error).message})` : ''}\n`);
      return 3;
    }
    io.err(`sitrep: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return 3;
  }
}
