import { api } from '../api.js';
import { formatSigned, h, muted, replace } from '../dom.js';
import { href, type Route } from '../route.js';
import { eventsTable, goldsteinBadge, quoteCard } from './parts.js';

/** One actor: how often it acts and is acted on, its partners, its latest events and its quotes. */
export function actorView(route: Route): HTMLElement[] {
  const id = route.path[1] ?? '';
  const holder = h('div', { 'aria-busy': 'true' }, muted('Loading…'));
  api
    .actor(id)
    .then((d) => {
      holder.removeAttribute('aria-busy');
      const a = d.actor;
      const country = a.code.slice(0, 3);
      replace(
        holder,
        h('h1', {}, a.name, ' ', h('span', { class: 'code' }, a.code)),
        h(
          'p',
          { class: 'muted' },
          `id ${a.id} · ${a.asSource} events as source, ${a.asTarget} as target, ${a.quotes} quotes, ${a.mentions} mentions · `,
          h('a', { href: href(['timeline'], { actor: a.id }) }, 'timeline'),
          ' · ',
          h('a', { href: href(['network'], { actor: a.code }) }, 'network'),
          a.quotes > 0 ? ' · ' : '',
          a.quotes > 0 ? h('a', { href: href(['quotes'], { speaker: a.id }) }, 'quotes') : '',
        ),
        h(
          'section',
          { class: 'card' },
          h('h2', {}, 'Partners'),
          d.partners.length === 0
            ? muted('None.')
            : h(
                'table',
                {},
                h(
                  'thead',
                  {},
                  h(
                    'tr',
                    {},
                    ...['partner', 'events', 'by this actor', 'towards it', 'mean Goldstein', ''].map((c) =>
                      h('th', { scope: 'col' }, c),
                    ),
                  ),
                ),
                h(
                  'tbody',
                  {},
                  ...d.partners.map((p) =>
                    h(
                      'tr',
                      {},
                      h(
                        'td',
                        {},
                        h('a', { href: href(['actor', p.id]) }, p.name),
                        ' ',
                        h('span', { class: 'code' }, p.code),
                      ),
                      h('td', {}, p.events),
                      h('td', {}, p.outgoing),
                      h('td', {}, p.incoming),
                      h('td', { title: formatSigned(p.goldsteinMean) }, goldsteinBadge(p.goldsteinMean)),
                      h(
                        'td',
                        {},
                        h('a', { href: href(['dyad', country, p.code.slice(0, 3)]) }, 'dyad chart'),
                      ),
                    ),
                  ),
                ),
              ),
        ),
        h(
          'section',
          { class: 'card' },
          h('h2', {}, 'Latest events as source'),
          d.asSource.length ? eventsTable(d.asSource) : muted('None.'),
        ),
        h(
          'section',
          { class: 'card' },
          h('h2', {}, 'Latest events as target'),
          d.asTarget.length ? eventsTable(d.asTarget) : muted('None.'),
        ),
        h(
          'section',
          { class: 'card' },
          h('h2', {}, 'Quotes'),
          d.quotes.length ? h('div', { class: 'quotes' }, ...d.quotes.map(quoteCard)) : muted('None.'),
        ),
      );
    })
    .catch((error: unknown) => {
      holder.removeAttribute('aria-busy');
      replace(holder, h('p', { class: 'error', role: 'alert' }, (error as Error).message));
    });
  return [holder];
}
