import type { Store } from './port.js';

export interface CopySummary {
  /** Articles written to the target by this run. */
  copied: number;
  /** Articles the target already had (from an earlier, interrupted run, or stored there directly). */
  present: number;
}

export interface CopyOptions {
  /** Ids read from the source per round. */
  readonly batch?: number;
  /** Stop after copying this many (a copy in stages; the next run goes on where this one stopped). */
  readonly limit?: number;
  readonly onArticle?: (id: string, status: 'copied' | 'present') => void;
}

/**
 * Copies every article with all its records from one store to another, in id order, one transaction per
 * article in the target. An article the target already has is skipped, so a copy that was interrupted (or
 * stopped by `limit`) resumes by running it again, and running it twice copies nothing the second time.
 */
export async function copyStore(from: Store, to: Store, options: CopyOptions = {}): Promise<CopySummary> {
  const batch = options.batch ?? 500;
  const summary: CopySummary = { copied: 0, present: 0 };
  let after: string | undefined;
  for (;;) {
    const ids = await from.articleIds(after, batch);
    if (ids.length === 0) return summary;
    for (const id of ids) {
      if (options.limit !== undefined && summary.copied >= options.limit) return summary;
      if (await to.hasArticle(id)) {
        summary.present++;
        options.onArticle?.(id, 'present');
        continue;
      }
      const rows = await from.exportArticle(id);
      // Deleted from the source since its id was read: nothing to copy.
      if (rows === undefined) continue;
      const status = await to.importArticle(rows);
      summary[status === 'stored' ? 'copied' : 'present']++;
      options.onArticle?.(id, status === 'stored' ? 'copied' : 'present');
    }
    after = ids.at(-1);
  }
}
