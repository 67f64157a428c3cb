import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in-process and captures what it printed. */
export async function cli(args: readonly string[], stdin = ''): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    interactive: false,
    stdin: Readable.from([stdin]),
  });
  return { code, out, err };
}
