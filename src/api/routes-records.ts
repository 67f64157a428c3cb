import { z } from 'zod';
import type { EventQuery } from '../store/port.js';
import { compact } from './compact.js';
import { actorText, dates, eventFilters, orderParam, paging, requiredText, text } from './params.js';
import { ApiError, paged, type Route, route } from './route.js';

// The stored records: articles, full-text search, events, quotes, commitments, counts.

/** Parsed event filters → the store's event query. */
export function eventQuery(q: {
  readonly actor?: string | undefined;
  readonly source?: string | undefined;
  readonly target?: string | undefined;
  readonly dyad?: [string, string] | undefined;
  readonly code?: string | undefined;
  readonly root?: string | undefined;
  readonly quadClass?: 1 | 2 | 3 | 4 | undefined;
  readonly article?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly negated?: boolean | undefined;
}): EventQuery {
  const { article, negated, ...rest } = q;
  return compact({ ...rest, articleId: article, includeNegated: negated });
}

const articleId = {
  id: z
    .string()
    .regex(/^[0-9a-f]{6,64}$/, { error: 'must be an article id or a prefix of 6+ hex characters' })
    .describe('article id, or a unique prefix of 6 or more characters'),
};

export const recordRoutes: Route[] = [
  route({
    path: '/api/articles',
    tag: 'articles',
    summary: 'Stored articles, newest first',
    query: { ...dates, source: text('only this source'), ...paging },
    returns: 'a page: {items: ArticleSummary[], limit, offset, next}',
    handle: ({ query }, store) => {
      const { limit, offset, ...filter } = query;
      return paged({ limit, offset }, (page) => store.articles({ ...compact(filter), ...page }));
    },
  }),
  route({
    path: '/api/articles/{id}',
    tag: 'articles',
    summary: 'One article: its text and every record found in it, with spans into the text',
    params: articleId,
    query: {},
    returns: '{article, stages, sentences, mentions, events, quotes, places, commitments}',
    handle: async ({ params }, store) => {
      const found = await store.article(params.id);
      if (!found) throw new ApiError(404, `no article '${params.id}' (give the id or a unique prefix)`);
      return found;
    },
  }),
  route({
    path: '/api/search',
    tag: 'articles',
    summary: 'Full-text search over articles (every word must match), best first',
    query: { q: requiredText('the words to find'), ...paging },
    returns: 'a page: {items: SearchHit[] (snippet with matches between « and »), limit, offset, next}',
    handle: ({ query }, store) => paged(query, (page) => store.search(query.q, page)),
  }),
  route({
    path: '/api/events',
    tag: 'events',
    summary: 'Coded events, filtered; asserted and actual or intended ones unless negated=true',
    query: { ...eventFilters, order: orderParam, ...paging },
    returns: 'a page: {items: Event[] (with articleId, span, rule, confidence), limit, offset, next}',
    handle: ({ query }, store) => {
      const { limit, offset, order, ...filters } = query;
      return paged({ limit, offset }, (page) =>
        store.events({ ...eventQuery(filters), ...page, newestFirst: order === 'desc' }),
      );
    },
  }),
  route({
    path: '/api/quotes',
    tag: 'quotes',
    summary: 'Quotes with their speakers, filtered by speaker and words',
    query: {
      speaker: actorText('speaker id or code prefix'),
      q: text('words the quote contains (case-insensitive)'),
      article: eventFilters.article,
      ...dates,
      ...paging,
    },
    returns: 'a page: {items: Quote[], limit, offset, next}',
    handle: ({ query }, store) => {
      const { limit, offset, q, article, ...rest } = query;
      return paged({ limit, offset }, (page) =>
        store.quotes({ ...compact({ ...rest, text: q, articleId: article }), ...page }),
      );
    },
  }),
  route({
    path: '/api/commitments',
    tag: 'commitments',
    summary: 'Promises with due dates, soonest first',
    query: {
      actor: actorText('an actor id or code prefix, on either side'),
      article: eventFilters.article,
      dueFrom: dates.since.describe('due window ends on or after this day'),
      dueUntil: dates.until.describe('due window starts on or before this day'),
      ...paging,
    },
    returns: 'a page: {items: Commitment[] (with articleId, due {from, to, precision}), limit, offset, next}',
    handle: ({ query }, store) => {
      const { limit, offset, article, ...rest } = query;
      return paged({ limit, offset }, (page) =>
        store.commitments({ ...compact({ ...rest, articleId: article }), ...page }),
      );
    },
  }),
  route({
    path: '/api/counts',
    tag: 'articles',
    summary: 'How many records the store holds',
    query: {},
    returns: '{articles, mentions, events, quotes, places, commitments}',
    handle: (_input, store) => store.counts(),
  }),
];
