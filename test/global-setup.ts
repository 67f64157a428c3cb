import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgres } from './helpers/postgres.js';
import type { PostgresContext } from './helpers/postgres-db.js';

/**
 * One PostgreSQL server for the whole test run, started before any test file and stopped after the last
 * (see `helpers/postgres.ts`). Test files reach it through `inject('postgres')`, each in databases of its own
 * (`helpers/postgres-db.ts`).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!findPostgresBin()) {
    const reason =
      'PostgreSQL is not installed (no initdb, pg_ctl and postgres in /usr/lib/postgresql/*/bin or on PATH)';
    if (process.env.SITREP_REQUIRE_POSTGRES === '1')
      throw new Error(`${reason}; SITREP_REQUIRE_POSTGRES=1 makes this a failure`);
    project.provide('postgres', { reason } satisfies PostgresContext);
    return undefined;
  }
  const server = await startPostgres();
  project.provide('postgres', { url: server.url() } satisfies PostgresContext);
  return () => server.stop();
}
