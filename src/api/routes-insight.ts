import { z } from 'zod';
import { DYAD_LEVELS } from '../store/port.js';
import { compact } from './compact.js';
import { actorCode, actorText, dates, eventFilters, flag, interval, paging, text } from './params.js';
import { ApiError, paged, type Route, route } from './route.js';
import { eventQuery } from './routes-records.js';

// Questions over many records, answered by aggregations in the database: actors, dyads, series, places.

const ACTOR_LISTS = 50;

export const insightRoutes: Route[] = [
  route({
    path: '/api/actors',
    tag: 'actors',
    summary: 'Actors seen in events, quotes and mentions, most active first',
    query: {
      q: text('part of the id, code or name (case-insensitive)'),
      has: z
        .enum(['events', 'quotes', 'mentions'], { error: 'must be events, quotes or mentions' })
        .optional()
        .describe('only actors with at least one of these, ranked by it'),
      ...paging,
    },
    returns: 'a page: {items: {id, code, name, asSource, asTarget, quotes, mentions}[], limit, offset, next}',
    handle: ({ query }, store) => {
      const { limit, offset, q, ...rest } = query;
      return paged({ limit, offset }, (page) => store.actors({ ...compact({ ...rest, text: q }), ...page }));
    },
  }),
  route({
    path: '/api/actors/{id}',
    tag: 'actors',
    summary: 'One actor: its counts, its top partners, its latest events as source and as target, its quotes',
    params: { id: z.string().min(1).max(200).describe('actor id') },
    query: { ...dates },
    returns: `{actor, partners (top 20), asSource, asTarget, quotes (each the latest ${ACTOR_LISTS})}`,
    handle: async ({ params, query }, store) => {
      const [actor] = await store.actors({ id: params.id });
      if (!actor) throw new ApiError(404, `no actor '${params.id}'`);
      const window = compact(query);
      const latest = { limit: ACTOR_LISTS, newestFirst: true, ...window };
      const [partners, asSource, asTarget, quotes] = await Promise.all([
        store.partners(params.id, { limit: 20, ...window }),
        store.events({ source: params.id, ...latest }),
        store.events({ target: params.id, ...latest }),
        store.quotes({ speaker: params.id, limit: ACTOR_LISTS, ...window }),
      ]);
      return { actor, partners, asSource, asTarget, quotes };
    },
  }),
  route({
    path: '/api/dyads',
    tag: 'dyads',
    summary: 'Pairs of actors with events between them, most active first (for the overview and the network)',
    query: {
      actor: actorText('only pairs with this actor (id or code prefix)'),
      level: z
        .enum(DYAD_LEVELS, { error: 'must be code or country' })
        .optional()
        .describe('code: full actor codes (default); country: their first three letters'),
      undirected: flag('count A→B and B→A as one pair (default false)'),
      ...dates,
      negated: eventFilters.negated,
      ...paging,
    },
    returns: 'a page: {items: {source, target, events, quadClass, goldsteinMean, first, last}[], …}',
    handle: ({ query }, store) => {
      const { limit, offset, negated, ...rest } = query;
      return paged({ limit, offset }, (page) =>
        store.dyads({ ...compact({ ...rest, includeNegated: negated }), ...page }),
      );
    },
  }),
  route({
    path: '/api/dyads/{a}/{b}/series',
    tag: 'dyads',
    summary:
      'Events between two actors (codes or prefixes, both directions) per day, week or month: counts per QuadClass, Goldstein sum and mean, articles',
    params: {
      a: actorCode.describe('first actor code or prefix (RUS)'),
      b: actorCode.describe('second actor code or prefix (UKR)'),
    },
    query: {
      interval,
      ...dates,
      root: eventFilters.root,
      quadClass: eventFilters.quadClass,
      negated: eventFilters.negated,
    },
    returns:
      '{dyad: [a, b], interval, points: {period, events, quadClass, goldsteinSum, goldsteinMean, articles}[]}',
    handle: async ({ params, query }, store) => {
      const { interval: width, ...filters } = query;
      const points = await store.series({
        ...eventQuery(filters),
        dyad: [params.a, params.b],
        interval: width,
      });
      return { dyad: [params.a, params.b], interval: width, points };
    },
  }),
  route({
    path: '/api/events/series',
    tag: 'events',
    summary: 'Events matching the filters per day, week or month (the timeline)',
    query: { ...eventFilters, interval },
    returns: '{interval, points: {period, events, quadClass, goldsteinSum, goldsteinMean, articles}[]}',
    handle: async ({ query }, store) => {
      const { interval: width, ...filters } = query;
      return { interval: width, points: await store.series({ ...eventQuery(filters), interval: width }) };
    },
  }),
  route({
    path: '/api/events/places',
    tag: 'events',
    summary: 'Places where matching events happened, with counts per QuadClass (the map)',
    query: { ...eventFilters, ...paging },
    returns: 'a page: {items: {name, country, lat, lon, events, quadClass, goldsteinMean, first, last}[], …}',
    handle: ({ query }, store) => {
      const { limit, offset, ...filters } = query;
      return paged({ limit, offset }, (page) => store.eventPlaces({ ...eventQuery(filters), ...page }));
    },
  }),
];
