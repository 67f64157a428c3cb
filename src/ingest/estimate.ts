import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/**
 * A quick count of the articles the paths hold, for the progress bar's ETA: one per file, one per line of
 * JSON Lines, one per row of CSV. It is an estimate (blank lines, quoted newlines), never used for results.
 */
export function estimateArticleCount(paths: readonly string[]): number | undefined {
  let total = 0;
  const visit = (path: string): void => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (!name.startsWith('.')) visit(join(path, name));
      return;
    }
    const ext = extname(path).toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json' || ext === '.csv') {
      const bytes = readFileSync(path);
      let lines = 0;
      for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
      total += Math.max(ext === '.csv' ? lines - 1 : lines, 1);
    } else {
      total++;
    }
  };
  for (const path of paths) {
    if (path === '-') return undefined;
    visit(path);
  }
  return total;
}
