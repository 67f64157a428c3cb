import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

/**
 * A temporary folder, emptied after each test (`each`) or removed once the file's tests are done (`all`,
 * for fixtures built in `beforeAll`).
 */
export function tempDir(scope: 'each' | 'all' = 'each'): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-test-'));
  if (scope === 'each') {
    afterEach(() => {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
    });
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
