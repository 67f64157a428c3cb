import type { Kysely, Migration } from 'kysely';
import type { Page, SearchHit } from './port.js';
import type { Database } from './schema.js';

/**
 * What differs between databases, and nothing else: how to connect, the dialect's own migrations (full-text
 * search), the search query, and how to close. Everything else lives once in `KyselyStore`.
 */
export interface Dialect {
  readonly name: string;
  readonly location: string;
  readonly db: Kysely<Database>;
  /** Migrations that only this dialect runs, merged after the shared ones by name order. */
  readonly migrations: Readonly<Record<string, Migration>>;
  search(db: Kysely<Database>, text: string, page: Required<Page>): Promise<SearchHit[]>;
  /** Chunk size for multi-row inserts, kept under the dialect's bound-parameter limit. */
  readonly maxInsertRows: number;
  close(): Promise<void>;
}
