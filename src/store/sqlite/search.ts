import { type Kysely, sql } from 'kysely';
import type { Page, SearchHit } from '../port.js';
import type { Database } from '../schema.js';

/**
 * Turns what a person typed into an FTS5 query: each word becomes a quoted term (so punctuation and FTS
 * operators in the input cannot break the query), all of them required.
 */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

export async function searchSqlite(
  db: Kysely<Database>,
  text: string,
  page: Required<Page>,
): Promise<SearchHit[]> {
  const query = ftsQuery(text);
  if (query === '') return [];
  const { rows } = await sql<{ id: string; published: string; title: string | null; snippet: string }>`
    select a.id, a.published, a.title, snippet(articles_fts, 1, '«', '»', '…', 16) as snippet
    from articles_fts join articles a on a.rowid = articles_fts.rowid
    where articles_fts match ${query}
    order by bm25(articles_fts), a.published desc
    limit ${page.limit} offset ${page.offset}`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    published: r.published,
    snippet: r.snippet,
    ...(r.title !== null && { title: r.title }),
  }));
}
