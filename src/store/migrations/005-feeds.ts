import type { Kysely, Migration } from 'kysely';

/**
 * Bookkeeping for `sitrep watch`: per feed, the validators of its last good fetch (for conditional GET) and
 * the last error; per feed item, that it was read, so an item is fetched once however often the feed lists it.
 */
export const feedsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('feeds')
      .addColumn('url', 'text', (c) => c.primaryKey())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('checked_at', 'text', (c) => c.notNull())
      .addColumn('error', 'text')
      .execute();
    await db.schema
      .createTable('feed_items')
      .addColumn('feed_url', 'text', (c) => c.notNull())
      .addColumn('link', 'text', (c) => c.notNull())
      .addColumn('article_id', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('seen_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('feed_items_pk', ['feed_url', 'link'])
      .execute();
  },
};
