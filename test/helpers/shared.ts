import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../src/paths.js';

/**
 * The shared data folder for tests that need it. When it is absent the test is skipped with a printed reason,
 * unless SITREP_REQUIRE_SHARED=1 (as in CI), where a missing folder is a failure.
 */
export function sharedPath(relative: string): string | undefined {
  const path = join(sharedDir(), relative);
  if (existsSync(path)) return path;
  const reason = `shared data not found at ${path} (set SITREP_SHARED)`;
  if (process.env.SITREP_REQUIRE_SHARED === '1')
    throw new Error(`${reason}; SITREP_REQUIRE_SHARED=1 makes this a failure`);
  console.warn(`skipping: ${reason}`);
  return undefined;
}

export const SEED_DIR = join(sharedDir(), 'seed');
