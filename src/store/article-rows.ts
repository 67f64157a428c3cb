import type { Kysely } from 'kysely';
import type { ArticleRows } from './port.js';
import type { Database } from './schema.js';

/**
 * Every stored row of one article, as stored: the article, its analysis and its records, each in the order
 * they were written. Undefined when the article or its analysis is missing. `db` may be a transaction.
 */
export async function readArticleRows(db: Kysely<Database>, id: string): Promise<ArticleRows | undefined> {
  const article = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  const analysis = await db
    .selectFrom('analyses')
    .selectAll()
    .where('article_id', '=', id)
    .executeTakeFirst();
  if (!article || !analysis) return undefined;
  const [mentions, events, quotes, places, commitments] = await Promise.all([
    db.selectFrom('mentions').selectAll().where('article_id', '=', id).orderBy('idx').execute(),
    db.selectFrom('events').selectAll().where('article_id', '=', id).orderBy('id').execute(),
    db.selectFrom('quotes').selectAll().where('article_id', '=', id).orderBy('id').execute(),
    db.selectFrom('places').selectAll().where('article_id', '=', id).orderBy('idx').execute(),
    db.selectFrom('commitments').selectAll().where('article_id', '=', id).orderBy('id').execute(),
  ]);
  // (PostgreSQL returns a bigint column as a string)
  return {
    article: { ...article, words: Number(article.words) },
    analysis,
    mentions,
    events,
    quotes,
    places,
    commitments,
  };
}
