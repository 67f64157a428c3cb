import { formatDate, formatSigned, goldsteinColor, h, QUAD_NAMES } from '../dom.js';
import { href } from '../route.js';
import type { ActorRef, Event, Quote } from '../types.js';
import { rootName } from './filters.js';

// Pieces several views share: actor links, event rows, quote cards.

export function actorLink(actor: ActorRef | undefined): HTMLElement {
  if (!actor) return h('span', { class: 'muted' }, '—');
  return h(
    'a',
    { href: href(['actor', actor.id]), class: 'actor', title: `${actor.name} (${actor.code})` },
    actor.name,
    h('span', { class: 'code' }, actor.code),
  );
}

export function quadBadge(quadClass: 1 | 2 | 3 | 4): HTMLElement {
  return h('span', { class: `badge q${quadClass}`, title: QUAD_NAMES[quadClass] }, QUAD_NAMES[quadClass]);
}

export function goldsteinBadge(value: number): HTMLElement {
  const badge = h('span', {
    class: 'goldstein-badge',
    title: 'Goldstein score, −10 conflict … +10 cooperation',
  });
  badge.textContent = formatSigned(value);
  badge.style.color = goldsteinColor(value);
  return badge;
}

/** Where a record is read in its article: the reader opens with that record selected. */
export const evidenceHref = (articleId: string, key: string): string =>
  href(['article', articleId], { select: key });

export function eventsTable(events: readonly Event[], caption?: string): HTMLTableElement {
  return h(
    'table',
    { class: 'events' },
    caption ? h('caption', {}, caption) : null,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['date', 'source', 'target', 'event', 'class', 'Goldstein', 'evidence'].map((c) =>
          h('th', { scope: 'col' }, c),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...events.map((e) =>
        h(
          'tr',
          { 'data-event': e.id, class: e.polarity === 'asserted' ? '' : 'not-asserted' },
          h('td', { class: 'nowrap' }, formatDate(e.date)),
          h('td', {}, actorLink(e.source)),
          h('td', {}, actorLink(e.target)),
          h(
            'td',
            {},
            h('span', { class: 'code' }, e.code),
            ' ',
            rootName(e.root),
            e.modality !== 'actual' ? h('em', {}, ` (${e.modality})`) : null,
          ),
          h('td', {}, quadBadge(e.quadClass)),
          h('td', {}, goldsteinBadge(e.goldstein)),
          h(
            'td',
            {},
            h('a', { href: evidenceHref(e.articleId, `e:${e.id}`), class: 'evidence-link' }, `“${e.text}”`),
          ),
        ),
      ),
    ),
  );
}

export function quoteCard(q: Quote): HTMLElement {
  return h(
    'article',
    { class: 'quote', 'data-quote': q.id },
    h('blockquote', {}, q.kind === 'direct' ? `“${q.text}”` : q.text),
    h(
      'p',
      { class: 'quote-meta' },
      actorLink(q.speaker),
      ` ${q.cue ?? 'said'}, ${formatDate(q.date)} · ${q.kind} · `,
      h('a', { href: evidenceHref(q.articleId, `q:${q.id}`) }, 'in context'),
    ),
  );
}
