import type { Kysely, Migration } from 'kysely';

/** The record tables, written once for every dialect with Kysely's schema builder. */
export const recordsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('articles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('published', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('url', 'text')
      .addColumn('source', 'text')
      .addColumn('external_id', 'text')
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('words', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('articles_published').on('articles').column('published').execute();

    await db.schema
      .createTable('analyses')
      .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
      .addColumn('knowledge_version', 'text', (c) => c.notNull())
      .addColumn('stages', 'text', (c) => c.notNull())
      .addColumn('record', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('mentions')
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('sentence', 'integer', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_code', 'text')
      .addColumn('actor_name', 'text')
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'idx'])
      .execute();
    await db.schema.createIndex('mentions_actor').on('mentions').column('actor_id').execute();

    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('sentence', 'integer', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('source_code', 'text', (c) => c.notNull())
      .addColumn('source_name', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text')
      .addColumn('target_code', 'text')
      .addColumn('target_name', 'text')
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('root', 'text', (c) => c.notNull())
      .addColumn('quad_class', 'integer', (c) => c.notNull())
      .addColumn('goldstein', 'double precision', (c) => c.notNull())
      .addColumn('plover', 'text', (c) => c.notNull())
      .addColumn('polarity', 'text', (c) => c.notNull())
      .addColumn('modality', 'text', (c) => c.notNull())
      .addColumn('place_name', 'text')
      .addColumn('place_country', 'text')
      .addColumn('lat', 'double precision')
      .addColumn('lon', 'double precision')
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_date').on('events').column('date').execute();
    await db.schema
      .createIndex('events_dyad')
      .on('events')
      .columns(['source_code', 'target_code', 'date'])
      .execute();
    await db.schema.createIndex('events_article').on('events').column('article_id').execute();
    await db.schema.createIndex('events_root').on('events').columns(['root', 'date']).execute();

    await db.schema
      .createTable('quotes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('sentence', 'integer', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('cue', 'text')
      .addColumn('speaker_id', 'text')
      .addColumn('speaker_code', 'text')
      .addColumn('speaker_name', 'text')
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('quotes_speaker').on('quotes').columns(['speaker_id', 'date']).execute();
    await db.schema.createIndex('quotes_article').on('quotes').column('article_id').execute();

    await db.schema
      .createTable('places')
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('sentence', 'integer', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('lat', 'double precision', (c) => c.notNull())
      .addColumn('lon', 'double precision', (c) => c.notNull())
      .addColumn('gazetteer_id', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('places_pk', ['article_id', 'idx'])
      .execute();

    await db.schema
      .createTable('commitments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('sentence', 'integer', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('source_code', 'text', (c) => c.notNull())
      .addColumn('source_name', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text')
      .addColumn('target_code', 'text')
      .addColumn('target_name', 'text')
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('due_from', 'text', (c) => c.notNull())
      .addColumn('due_to', 'text', (c) => c.notNull())
      .addColumn('due_precision', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('commitments_due').on('commitments').column('due_to').execute();
  },
};
