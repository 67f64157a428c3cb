import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { QuadClass } from '../core/codes.js';
import { bucketSql, periodStart } from './buckets.js';
import { filterEvents, onlyAsserted } from './event-filter.js';
import type {
  ActorQuery,
  ActorSummary,
  DyadQuery,
  DyadSummary,
  EventPlace,
  EventQuery,
  Partner,
  PartnerQuery,
  SeriesPoint,
  SeriesQuery,
} from './port.js';
import type { Database } from './schema.js';
import { contains, countWhen } from './sql.js';

// Aggregations over events, quotes and mentions, done in the database (GROUP BY) so that a question over
// a hundred thousand events sends back a few hundred rows. Written once with Kysely for every dialect.

type Numeric = number | string | bigint | null;
const num = (value: Numeric): number => (value === null ? 0 : Number(value));
/** Sums of doubles differ in the last bits between databases; three decimals is what a person reads. */
const round3 = (value: number): number => Math.round(value * 1000) / 1000;
const mean = (sum: Numeric, count: Numeric): number => (num(count) === 0 ? 0 : round3(num(sum) / num(count)));

interface QuadCounts {
  q1: Numeric;
  q2: Numeric;
  q3: Numeric;
  q4: Numeric;
}
const quadClassOf = (row: QuadCounts): Record<QuadClass, number> => ({
  1: num(row.q1),
  2: num(row.q2),
  3: num(row.q3),
  4: num(row.q4),
});
/** The per-QuadClass counts as select items over a column that holds the quad class. */
const quadCountsOf = (column: string) =>
  [
    countWhen(column, 1).as('q1'),
    countWhen(column, 2).as('q2'),
    countWhen(column, 3).as('q3'),
    countWhen(column, 4).as('q4'),
  ] as const;
const countAll = sql<Numeric>`count(*)`;
const sumOf = (column: string) => sql<Numeric>`sum(${sql.ref(column)})`;

/*
 * Each aggregation runs in two steps: first group the counted events by their finest natural key (a day and
 * an article; a pair of actor codes) reading only the covering index `events_counted`, then turn those few
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

/** One select list shape for every branch of the actor union, so the branches line up. */
interface ActorBranchRow {
  id: string;
  code: string;
  name: string;
  as_source: Numeric;
  as_target: Numeric;
  quotes: Numeric;
  mentions: Numeric;
}
const zero = sql<Numeric>`0`;
interface PairRow {
  source_id: string;
  target_id: string | null;
  source_code: string;
  source_name: string;
  target_code: string | null;
  target_name: string | null;
  n: Numeric;
}

export async function actors(
  db: Kysely<Database>,
  query: ActorQuery,
  page: { limit: number; offset: number },
): Promise<ActorSummary[]> {
  const maxOf = (column: string) => sql<string>`max(${sql.ref(column)})`;
  const id = query.id;
  // Events are first grouped by (source, target) from the covering index, then counted per side.
  const pairs = onlyAsserted(
    db
      .selectFrom('events')
      .select([
        'source_id',
        'target_id',
        maxOf('source_code').as('source_code'),
        maxOf('source_name').as('source_name'),
        maxOf('target_code').as('target_code'),
        maxOf('target_name').as('target_name'),
        countAll.as('n'),
      ])
      .$if(id !== undefined, (q) =>
        q.where((eb) => eb.or([eb('source_id', '=', id!), eb('target_id', '=', id!)])),
      )
      .groupBy(['source_id', 'target_id']),
  );
  // Read twice below, computed once: a materialised common table expression (SQLite 3.35+, PostgreSQL 12+).
  const fromPairs = db.withTables<{ pairs: PairRow }>();
  const sources = fromPairs
    .selectFrom('pairs as p')
    .select([
      sql<string>`${sql.ref('p.source_id')}`.as('id'),
      maxOf('p.source_code').as('code'),
      maxOf('p.source_name').as('name'),
      sumOf('p.n').as('as_source'),
      zero.as('as_target'),
      zero.as('quotes'),
      zero.as('mentions'),
    ])
    .$if(id !== undefined, (q) => q.where('p.source_id', '=', id!))
    .groupBy('p.source_id');
  const targets = fromPairs
    .selectFrom('pairs as p')
    .select([
      sql<string>`${sql.ref('p.target_id')}`.as('id'),
      maxOf('p.target_code').as('code'),
      maxOf('p.target_name').as('name'),
      zero.as('as_source'),
      sumOf('p.n').as('as_target'),
      zero.as('quotes'),
      zero.as('mentions'),
    ])
    .where('p.target_id', 'is not', null)
    .$if(id !== undefined, (q) => q.where('p.target_id', '=', id!))
    .groupBy('p.target_id');
  const speakers = db
    .selectFrom('quotes')
    .select([
      sql<string>`${sql.ref('speaker_id')}`.as('id'),
      maxOf('speaker_code').as('code'),
      maxOf('speaker_name').as('name'),
      zero.as('as_source'),
      zero.as('as_target'),
      countAll.as('quotes'),
      zero.as('mentions'),
    ])
    .where('speaker_id', 'is not', null)
    .$if(id !== undefined, (q) => q.where('speaker_id', '=', id!))
    .groupBy('speaker_id');
  const mentioned = db
    .selectFrom('mentions')
    .select([
      sql<string>`${sql.ref('actor_id')}`.as('id'),
      maxOf('actor_code').as('code'),
      maxOf('actor_name').as('name'),
      zero.as('as_source'),
      zero.as('as_target'),
      zero.as('quotes'),
      countAll.as('mentions'),
    ])
    .where('actor_id', 'is not', null)
    .$if(id !== undefined, (q) => q.where('actor_id', '=', id!))
    .groupBy('actor_id');
  const all = sources.unionAll(targets).unionAll(speakers).unionAll(mentioned);
  const events = sql<Numeric>`sum(${sql.ref('a.as_source')}) + sum(${sql.ref('a.as_target')})`;
  const ranked = {
    events,
    quotes: sumOf('a.quotes'),
    mentions: sumOf('a.mentions'),
  } as const;
  let q = db
    .with(
      (cte) => cte('pairs').materialized(),
      () => pairs,
    )
    .selectFrom(all.as('a'))
    .select([
      'a.id',
      maxOf('a.code').as('code'),
      maxOf('a.name').as('name'),
      sumOf('a.as_source').as('as_source'),
      sumOf('a.as_target').as('as_target'),
      sumOf('a.quotes').as('quotes'),
      sumOf('a.mentions').as('mentions'),
    ])
    .groupBy('a.id');
  if (query.text) {
    const text = query.text;
    q = q.where((eb) => eb.or([contains('a.id', text), contains('a.code', text), contains('a.name', text)]));
  }
  if (query.has) q = q.having(sql<boolean>`${ranked[query.has]} > 0`);
  q = q.orderBy(ranked[query.has ?? 'events'], 'desc');
  const rows: ActorBranchRow[] = await q
    .orderBy(ranked.mentions, 'desc')
    .orderBy('a.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code ?? '',
    name: r.name ?? r.id,
    asSource: num(r.as_source),
    asTarget: num(r.as_target),
    quotes: num(r.quotes),
    mentions: num(r.mentions),
  }));
}

export async function partners(
  db: Kysely<Database>,
  actorId: string,
  query: PartnerQuery,
  page: { limit: number; offset: number },
): Promise<Partner[]> {
  const { since, until } = query;
  const maxOf = (column: string) => sql<string>`max(${sql.ref(column)})`;
  const outgoing = onlyAsserted(
    db
      .selectFrom('events')
      .select([
        sql<string>`${sql.ref('target_id')}`.as('id'),
        maxOf('target_code').as('code'),
        maxOf('target_name').as('name'),
        countAll.as('outgoing'),
        zero.as('incoming'),
        sumOf('goldstein').as('goldstein_sum'),
      ])
      .where('source_id', '=', actorId)
      .where('target_id', 'is not', null)
      .$if(since !== undefined, (q) => q.where('date', '>=', since!))
      .$if(until !== undefined, (q) => q.where('date', '<=', until!)),
    query.includeNegated,
  ).groupBy('target_id');
  const incoming = onlyAsserted(
    db
      .selectFrom('events')
      .select([
        sql<string>`${sql.ref('source_id')}`.as('id'),
        maxOf('source_code').as('code'),
        maxOf('source_name').as('name'),
        zero.as('outgoing'),
        countAll.as('incoming'),
        sumOf('goldstein').as('goldstein_sum'),
      ])
      .where('target_id', '=', actorId)
      .$if(since !== undefined, (q) => q.where('date', '>=', since!))
      .$if(until !== undefined, (q) => q.where('date', '<=', until!)),
    query.includeNegated,
  ).groupBy('source_id');
  const total = sql<Numeric>`sum(${sql.ref('p.outgoing')}) + sum(${sql.ref('p.incoming')})`;
  const rows = await db
    .selectFrom(outgoing.unionAll(incoming).as('p'))
    .select([
      'p.id',
      maxOf('p.code').as('code'),
      maxOf('p.name').as('name'),
      sumOf('p.outgoing').as('outgoing'),
      sumOf('p.incoming').as('incoming'),
      sumOf('p.goldstein_sum').as('goldstein_sum'),
    ])
    .groupBy('p.id')
    .orderBy(total, 'desc')
    .orderBy('p.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => {
    const events = num(r.outgoing) + num(r.incoming);
    return {
      id: r.id,
      code: r.code ?? '',
      name: r.name ?? r.id,
      events,
      outgoing: num(r.outgoing),
      incoming: num(r.incoming),
      goldsteinMean: mean(r.goldstein_sum, events),
    };
  });
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
