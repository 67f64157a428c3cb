import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { KyselyStore } from './kysely-store.js';
import type { Store } from './port.js';
import { postgresDialect } from './postgres/connect.js';
import { sqliteDialect } from './sqlite/connect.js';

export const DEFAULT_DB = 'sqlite:./sitrep.db';

/** The store a command should use: `--db`, else `SITREP_DB`, else the embedded default. */
export function storeUrl(option?: string): string {
  return option ?? process.env.SITREP_DB ?? DEFAULT_DB;
}

/** True for the URLs of a PostgreSQL store, the one kind a job queue can share (see `src/queue/`). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Opens a store from `sqlite:PATH` (or a bare path ending in .db) or `postgres://user@host:port/database`. */
export async function openStore(url: string): Promise<Store> {
  if (isPostgresUrl(url)) return KyselyStore.open(postgresDialect(url));
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    return KyselyStore.open(sqliteDialect(path === ':memory:' ? path : resolve(path)));
  }
  if (/\.(db|sqlite3?)$/.test(url)) return KyselyStore.open(sqliteDialect(resolve(url)));
  throw new UsageError(`unsupported store '${url}': use sqlite:PATH or postgres://user@host:port/database`);
}
