import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The events every count includes: asserted, and actual or intended. Written with literals, here and in the
 * queries (`onlyAsserted`), because a database matches a partial index only to the same constant terms.
 */
export const COUNTED_EVENTS = sql<boolean>`polarity = 'asserted' and modality in ('actual', 'intended')`;

/**
 * Indexes for the questions the API asks of many events at once: partial indexes over the counted events,
 * each holding every column one kind of aggregation reads, in the order it groups by. An aggregation then
 * reads its index alone, in order, instead of visiting and sorting 100,000 table rows. Plain SQL for every
 * dialect (partial indexes exist in SQLite and PostgreSQL alike).
 */
export const eventAggregatesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const counted = (name: string, columns: string[]) =>
      db.schema.createIndex(name).on('events').columns(columns).where(COUNTED_EVENTS).execute();
    // In date order: series over time, date ranges, and the newest or oldest events without a sort.
    await counted('events_counted_by_date', [
      'date',
      'article_id',
      'source_code',
      'target_code',
      'quad_class',
      'goldstein',
      'source_id',
      'target_id',
      'root',
    ]);
    // In pair-of-codes order: dyads, grouped without a sort.
    await counted('events_counted_by_codes', [
      'source_code',
      'target_code',
      'quad_class',
      'goldstein',
      'date',
    ]);
    // In pair-of-actors order: actors and partners, with the codes and names they report.
    await counted('events_counted_by_actors', [
      'source_id',
      'target_id',
      'source_code',
      'source_name',
      'target_code',
      'target_name',
      'goldstein',
    ]);
    // Superseded by events_counted_by_codes: it only ordered pairs, and led the planner to visit every row.
    await db.schema.dropIndex('events_dyad').execute();
    // Places: the map.
    await db.schema
      .createIndex('events_counted_places')
      .on('events')
      .columns(['place_name', 'place_country', 'lat', 'lon', 'quad_class', 'goldstein', 'date'])
      .where(sql<boolean>`${COUNTED_EVENTS} and place_name is not null`)
      .execute();
  },
};
