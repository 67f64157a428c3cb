import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { StoreError } from '../../core/errors.js';
import type { Dialect } from '../dialect.js';
import type { Database as Tables } from '../schema.js';
import { sqliteMigrations } from './migrations.js';
import { searchSqlite } from './search.js';

/** Opens (creating if needed) a SQLite file, or `:memory:`, with WAL and foreign keys on. */
export function sqliteDialect(path: string): Dialect {
  let handle: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    handle = new Database(path);
    handle.pragma('journal_mode = WAL');
    // WAL with synchronous=NORMAL is durable across application crashes and much faster per transaction.
    handle.pragma('synchronous = NORMAL');
    handle.pragma('foreign_keys = ON');
    handle.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new StoreError(`sqlite:${path}`, `cannot open: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: handle }) });
  return {
    name: 'sqlite',
    location: `sqlite:${path}`,
    db,
    migrations: sqliteMigrations,
    search: searchSqlite,
    // SQLite allows 32,766 bound parameters; the widest row has 27 columns.
    maxInsertRows: 500,
    close: () => db.destroy(),
  };
}
