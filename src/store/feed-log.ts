import type { Kysely } from 'kysely';
import type { FeedState, SeenItem } from './port.js';
import type { Database } from './schema.js';

// What `sitrep watch` remembers, in the `feeds` and `feed_items` tables: the same in every dialect.

export async function readFeedState(db: Kysely<Database>, url: string): Promise<FeedState | undefined> {
  const row = await db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
  if (!row) return undefined;
  return {
    url: row.url,
    checkedAt: row.checked_at,
    ...(row.etag !== null && { etag: row.etag }),
    ...(row.last_modified !== null && { lastModified: row.last_modified }),
    ...(row.error !== null && { error: row.error }),
  };
}

export async function writeFeedState(db: Kysely<Database>, state: FeedState): Promise<void> {
  const row = {
    url: state.url,
    etag: state.etag ?? null,
    last_modified: state.lastModified ?? null,
    checked_at: state.checkedAt,
    error: state.error ?? null,
  };
  const { url: _, ...update } = row;
  await db
    .insertInto('feeds')
    .values(row)
    .onConflict((oc) => oc.column('url').doUpdateSet(update))
    .execute();
}

export async function readSeenItems(
  db: Kysely<Database>,
  feedUrl: string,
  links: readonly string[],
  chunk: number,
): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < links.length; i += chunk) {
    const rows = await db
      .selectFrom('feed_items')
      .select('link')
      .where('feed_url', '=', feedUrl)
      .where('link', 'in', links.slice(i, i + chunk))
      .execute();
    for (const r of rows) seen.add(r.link);
  }
  return seen;
}

export async function writeSeenItem(db: Kysely<Database>, item: SeenItem): Promise<void> {
  const row = {
    feed_url: item.feedUrl,
    link: item.link,
    article_id: item.articleId ?? null,
    outcome: item.outcome,
    seen_at: item.seenAt,
  };
  await db
    .insertInto('feed_items')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['feed_url', 'link']).doUpdateSet({
        article_id: row.article_id,
        outcome: row.outcome,
        seen_at: row.seen_at,
      }),
    )
    .execute();
}
