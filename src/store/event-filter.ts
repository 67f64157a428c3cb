import type { SelectQueryBuilder } from 'kysely';
import { COUNTED_EVENTS } from './migrations/003-event-aggregates.js';
import type { EventQuery } from './port.js';
import type { Database } from './schema.js';
import { startsWith } from './sql.js';

export type EventFilter = Omit<EventQuery, 'limit' | 'offset' | 'newestFirst'>;

type EventsQuery<O> = SelectQueryBuilder<Database, 'events', O>;

/** Events that count by default: asserted, and actual or intended (not denied, hypothetical or demanded). */
export function onlyAsserted<O>(q: EventsQuery<O>, includeNegated = false): EventsQuery<O> {
  return includeNegated ? q : q.where(COUNTED_EVENTS);
}

/** Applies an event query's filters; one place, so listing, series, maps and exports agree on what matches. */
export function filterEvents<O>(q: EventsQuery<O>, query: EventFilter): EventsQuery<O> {
  if (query.actor) {
    const actor = query.actor;
    q = q.where((eb) =>
      eb.or([
        eb('source_id', '=', actor),
        eb('target_id', '=', actor),
        startsWith('source_code', actor),
        startsWith('target_code', actor),
      ]),
    );
  }
  if (query.source) q = q.where('source_id', '=', query.source);
  if (query.target) q = q.where('target_id', '=', query.target);
  if (query.dyad) {
    const [a, b] = query.dyad;
    q = q.where((eb) =>
      eb.or([
        eb.and([startsWith('source_code', a), startsWith('target_code', b)]),
        eb.and([startsWith('source_code', b), startsWith('target_code', a)]),
      ]),
    );
  }
  if (query.code) q = q.where('code', '=', query.code);
  if (query.root) q = q.where('root', '=', query.root);
  if (query.quadClass) q = q.where('quad_class', '=', query.quadClass);
  if (query.articleId) q = q.where('article_id', '=', query.articleId);
  if (query.since) q = q.where('date', '>=', query.since);
  if (query.until) q = q.where('date', '<=', query.until);
  return onlyAsserted(q, query.includeNegated);
}
