import { inject } from 'vitest';
import { createDatabase } from './postgres.js';

/** What the global setup hands the test files: the server's URL, or why there is none. */
export type PostgresContext = { readonly url: string } | { readonly reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresContext;
  }
}

let warned = false;

/**
 * The URL of the run's PostgreSQL server, or undefined (with the reason printed once) when PostgreSQL is not
 * installed here; SITREP_REQUIRE_POSTGRES=1 (as in CI) turns that into a failure in the global setup.
 */
export function postgresServerUrl(): string | undefined {
  const context = inject('postgres');
  if ('url' in context) return context.url;
  if (!warned) console.warn(`skipping PostgreSQL tests: ${context.reason}`);
  warned = true;
  return undefined;
}

/** A new, empty database on the run's server, for one test or one file. */
export function freshDatabase(prefix: string): Promise<string> {
  const server = postgresServerUrl();
  if (server === undefined) throw new Error('no PostgreSQL server in this run');
  return createDatabase(server, prefix);
}
