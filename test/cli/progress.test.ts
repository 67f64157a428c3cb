import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { Progress } from '../../src/cli/progress.js';

function io(interactive: boolean): Io & { written: () => string } {
  let err = '';
  return {
    out: () => {},
    err: (t) => {
      err += t;
    },
    interactive,
    stdin: Readable.from([]),
    written: () => err,
  };
}

describe('progress bar', () => {
  it('draws rate and ETA on a terminal', () => {
    const terminal = io(true);
    const progress = new Progress(terminal, true, 'ingest', 10);
    progress.tick();
    expect(terminal.written()).toMatch(/ingest \[#*\.*\] 1\/10 10% eta \d+s [\d.]+\/s/);
    progress.finish();
  });

  it('draws nothing when disabled (not a terminal, or --json)', () => {
    const pipe = io(false);
    const progress = new Progress(pipe, false, 'ingest', 10);
    for (let i = 0; i < 10; i++) progress.tick();
    progress.finish();
    expect(pipe.written()).toBe('');
  });
});
