import { type Kysely, type RawBuilder, sql } from 'kysely';
import {
  countAll,
  mean,
  type Numeric,
  num,
  quadClassOf,
  quadCountsOf,
  round3,
  sumOf,
} from './aggregate-sql.js';
import { bucketSql, periodStart } from './buckets.js';
import { filterEvents } from './event-filter.js';
import type { DyadQuery, DyadSummary, EventPlace, EventQuery, SeriesPoint, SeriesQuery } from './port.js';
import type { Database } from './schema.js';

// Aggregations over events, done in the database (GROUP BY) so that a question over a hundred thousand
// events sends back a few hundred rows. Written once with Kysely for every dialect.

/*
 * Each aggregation runs in two steps: first group the counted events by their finest natural key (a day and
 * an article; a pair of actor codes) reading only a covering `events_counted_*` index, then turn those few
 * thousand groups into the buckets asked for (weeks, countries, both directions). The per-row work stays
 * small and the arithmetic runs once per group, not once per event.
 */

export async function series(db: Kysely<Database>, query: SeriesQuery): Promise<SeriesPoint[]> {
  const { interval, ...filter } = query;
  const days = filterEvents(
    db
      .selectFrom('events')
      .select([
        'date',
        'article_id',
        countAll.as('n'),
        ...quadCountsOf('quad_class'),
        sumOf('goldstein').as('goldstein_sum'),
      ])
      .groupBy(['date', 'article_id']),
    filter,
  );
  const bucket = bucketSql('d.date', interval);
  const rows = await db
    .selectFrom(days.as('d'))
    .select([
      bucket.as('bucket'),
      sumOf('d.n').as('events'),
      sumOf('d.q1').as('q1'),
      sumOf('d.q2').as('q2'),
      sumOf('d.q3').as('q3'),
      sumOf('d.q4').as('q4'),
      sumOf('d.goldstein_sum').as('goldstein_sum'),
      sql<Numeric>`count(distinct ${sql.ref('d.article_id')})`.as('articles'),
    ])
    .groupBy(bucket)
    .orderBy(bucket)
    .execute();
  return rows.map((r) => ({
    period: periodStart(r.bucket, interval),
    events: num(r.events),
    quadClass: quadClassOf(r),
    goldsteinSum: round3(num(r.goldstein_sum)),
    goldsteinMean: mean(r.goldstein_sum, r.events),
    articles: num(r.articles),
  }));
}

export async function dyads(
  db: Kysely<Database>,
  query: DyadQuery,
  page: { limit: number; offset: number },
): Promise<DyadSummary[]> {
  const pairs = filterEvents(
    db
      .selectFrom('events')
      .select([
        'source_code',
        'target_code',
        countAll.as('n'),
        ...quadCountsOf('quad_class'),
        sumOf('goldstein').as('goldstein_sum'),
        sql<string>`min(${sql.ref('date')})`.as('first'),
        sql<string>`max(${sql.ref('date')})`.as('last'),
      ])
      .where('target_code', 'is not', null)
      .groupBy(['source_code', 'target_code']),
    {
      ...(query.actor !== undefined && { actor: query.actor }),
      ...(query.since !== undefined && { since: query.since }),
      ...(query.until !== undefined && { until: query.until }),
      ...(query.includeNegated !== undefined && { includeNegated: query.includeNegated }),
    },
  );
  const side = (column: string): RawBuilder<string> =>
    query.level === 'country'
      ? sql<string>`substr(${sql.ref(column)}, 1, 3)`
      : sql<string>`${sql.ref(column)}`;
  const [src, tgt] = [side('p.source_code'), side('p.target_code')];
  const a = query.undirected ? sql<string>`case when ${src} <= ${tgt} then ${src} else ${tgt} end` : src;
  const b = query.undirected ? sql<string>`case when ${src} <= ${tgt} then ${tgt} else ${src} end` : tgt;
  const events = sumOf('p.n');
  const rows = await db
    .selectFrom(pairs.as('p'))
    .select([
      a.as('a'),
      b.as('b'),
      events.as('events'),
      sumOf('p.q1').as('q1'),
      sumOf('p.q2').as('q2'),
      sumOf('p.q3').as('q3'),
      sumOf('p.q4').as('q4'),
      sumOf('p.goldstein_sum').as('goldstein_sum'),
      sql<string>`min(${sql.ref('p.first')})`.as('first'),
      sql<string>`max(${sql.ref('p.last')})`.as('last'),
    ])
    .groupBy([a, b])
    .orderBy(events, 'desc')
    .orderBy(a)
    .orderBy(b)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({
    source: r.a,
    target: r.b,
    events: num(r.events),
    quadClass: quadClassOf(r),
    goldsteinMean: mean(r.goldstein_sum, r.events),
    first: r.first,
    last: r.last,
  }));
}

export async function eventPlaces(
  db: Kysely<Database>,
  query: EventQuery,
  page: { limit: number; offset: number },
): Promise<EventPlace[]> {
  const { limit: _l, offset: _o, newestFirst: _n, ...filter } = query;
  const rows = await filterEvents(
    db
      .selectFrom('events')
      .select([
        'place_name',
        'place_country',
        'lat',
        'lon',
        countAll.as('events'),
        ...quadCountsOf('quad_class'),
        sumOf('goldstein').as('goldstein_sum'),
        sql<string>`min(${sql.ref('date')})`.as('first'),
        sql<string>`max(${sql.ref('date')})`.as('last'),
      ])
      .where('lat', 'is not', null)
      .where('lon', 'is not', null)
      .where('place_name', 'is not', null),
    filter,
  )
    .groupBy(['place_name', 'place_country', 'lat', 'lon'])
    .orderBy(countAll, 'desc')
    .orderBy('place_name')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({
    name: r.place_name ?? '',
    country: r.place_country ?? '',
    lat: num(r.lat),
    lon: num(r.lon),
    events: num(r.events),
    quadClass: quadClassOf(r),
    goldsteinMean: mean(r.goldstein_sum, r.events),
    first: r.first,
    last: r.last,
  }));
}
