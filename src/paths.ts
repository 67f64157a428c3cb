import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, found by walking up from this file, so paths work from `src/` (tests) and `dist/` alike. */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('sitrep: cannot find the package root');
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
export const EXAMPLES_DIR = join(PACKAGE_ROOT, 'examples');

/** The read-only folder of gold sets and corpora: `SITREP_SHARED`, or `../shared` beside the package. */
export function sharedDir(): string {
  return resolve(process.env.SITREP_SHARED ?? join(PACKAGE_ROOT, '..', 'shared'));
}
