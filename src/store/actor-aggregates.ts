import { type Kysely, sql } from 'kysely';
import { countAll, maxOf, mean, type Numeric, num, sumOf, zero } from './aggregate-sql.js';
import { onlyAsserted } from './event-filter.js';
import type { ActorQuery, ActorSummary, Partner, PartnerQuery } from './port.js';
import type { Database } from './schema.js';
import { contains } from './sql.js';

// Actors and their partners, counted in the database from events (either side), quotes and mentions.

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
