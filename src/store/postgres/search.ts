import { type Kysely, sql } from 'kysely';
import type { Page, SearchHit } from '../port.js';
import type { Database } from '../schema.js';
import { DOCUMENT } from './migrations.js';

/**
 * The words of what a person typed, joined with spaces for `plainto_tsquery`, which needs no escaping: every
 * word is required and operators or quotes in the input are just text.
 */
export function searchWords(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

const HEADLINE = 'StartSel=«, StopSel=», MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=1';

export async function searchPostgres(
  db: Kysely<Database>,
  text: string,
  page: Required<Page>,
): Promise<SearchHit[]> {
  const words = searchWords(text);
  if (words === '') return [];
  const { rows } = await sql<{ id: string; published: string; title: string | null; snippet: string }>`
    select a.id, a.published, a.title, ts_headline('english', a.text, q, ${HEADLINE}) as snippet
    from articles a, plainto_tsquery('english', ${words}) q
    where ${DOCUMENT} @@ q
    order by ts_rank(${DOCUMENT}, q) desc, a.published desc, a.id
    limit ${page.limit} offset ${page.offset}`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    published: r.published,
    snippet: r.snippet.replace(/\s+/g, ' ').trim(),
    ...(r.title !== null && { title: r.title }),
  }));
}
