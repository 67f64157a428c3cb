import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../../src/paths.js';

const MAIN = fileURLToPath(new URL('./sitrep-main.ts', import.meta.url));

/** A sitrep process running from source, with what it printed so far and a way to wait for its end. */
export interface SitrepProcess {
  readonly child: ChildProcess;
  /** Complete stdout lines so far. */
  readonly lines: string[];
  stderr(): string;
  /** Resolves with the exit code, or the signal that ended it. */
  readonly exited: Promise<number | NodeJS.Signals>;
  /** Resolves with the first stdout line (already printed or still to come) that `match` accepts. */
  waitForLine(match: (line: string) => boolean): Promise<string>;
}

/** Starts `sitrep args…` as a child process (through tsx, from src/), in the package root. */
export function spawnSitrep(args: readonly string[], env: NodeJS.ProcessEnv = {}): SitrepProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let partial = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.match(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<number | NodeJS.Signals>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1));
  });
  return {
    child,
    lines,
    stderr: () => err,
    exited,
    waitForLine(match) {
      const seen = lines.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ match, resolve });
        void exited.then((how) => reject(new Error(`sitrep ${args[0]} ended (${how}) first: ${err}`)));
      });
    },
  };
}
