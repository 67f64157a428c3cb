import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The document full-text search indexes: title and text as an English tsvector. The same expression is
 * written in `search.ts`, so the planner can use this GIN index; it is an expression index rather than a
 * stored column so that `select *` on articles stays the same in every dialect. Text past the first 500,000
 * characters is not indexed: a tsvector is capped at 1 MB and one overlong page must not make its article
 * unstorable.
 */
export const DOCUMENT = sql`to_tsvector('english', left(coalesce(title, '') || ' ' || text, 500000))`;

const fullText: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`create index articles_fts on articles using gin (${DOCUMENT})`.execute(db);
  },
};

export const postgresMigrations: Readonly<Record<string, Migration>> = { '002-postgres-fts': fullText };
