import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { KyselyStore } from './kysely-store.js';
import type { Store } from './port.js';
import { sqliteDialect } from './sqlite/connect.js';

export const DEFAULT_DB = 'sqlite:./sitrep.db';

/** The store a command should use: `--db`, else `SITREP_DB`, else the embedded default. */
export function storeUrl(option?: string): string {
  return option ?? process.env.SITREP_DB ?? DEFAULT_DB;
}

/** Opens a store from `sqlite:PATH` (or a bare path ending in .db). Other schemes come with their dialects. */
export async function openStore(url: string): Promise<Store> {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    return KyselyStore.open(sqliteDialect(path === ':memory:' ? path : resolve(path)));
  }
  if (/\.(db|sqlite3?)$/.test(url)) return KyselyStore.open(sqliteDialect(resolve(url)));
  throw new UsageError(`unsupported store '${url}': use sqlite:PATH`);
}
