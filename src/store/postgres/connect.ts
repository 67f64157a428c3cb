import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { UsageError } from '../../core/errors.js';
import type { Dialect } from '../dialect.js';
import type { Database as Tables } from '../schema.js';
import { postgresMigrations } from './migrations.js';
import { searchPostgres } from './search.js';

/** The URL as it may be printed: the password, if any, replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}

export interface PostgresOptions {
  /** Most connections this process opens (pg's pool size). */
  readonly maxConnections?: number;
}

/**
 * A PostgreSQL database from a `postgres://user:password@host:port/database` URL. Nothing is opened here:
 * the pool connects on the first query (the migrations, in `KyselyStore.open`), so a wrong host or password
 * surfaces there as a StoreError naming the (redacted) URL.
 */
export function postgresDialect(url: string, options: PostgresOptions = {}): Dialect {
  try {
    new URL(url);
  } catch {
    throw new UsageError(`'${redactUrl(url)}' is not a PostgreSQL URL (postgres://user@host:port/database)`);
  }
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle connection that the server drops (restart, failover) is reported here; without a listener it
  // would crash the process. The next query opens a fresh connection.
  pool.on('error', () => {});
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    name: 'postgres',
    location: redactUrl(url),
    db,
    migrations: postgresMigrations,
    search: searchPostgres,
    // PostgreSQL allows 65,535 bound parameters; the widest row has 27 columns.
    maxInsertRows: 1000,
    close: () => db.destroy(),
  };
}
