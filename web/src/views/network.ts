import { api } from '../api.js';
import { networkChart } from '../charts/network.js';
import { field, formatSigned, goldsteinColor, h, muted, section } from '../dom.js';
import { go, href, type Route } from '../route.js';

/** Who acts on whom: actor codes and the directed pairs between them. */
export function networkView(route: Route): HTMLElement[] {
  const since = route.params.get('since') ?? '';
  const until = route.params.get('until') ?? '';
  const actor = route.params.get('actor') ?? '';
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter the network' },
    field('Actor', h('input', { name: 'actor', value: actor, placeholder: 'e.g. RUS', autocomplete: 'off' })),
    field('From', h('input', { name: 'since', type: 'date', value: since })),
    field('To', h('input', { name: 'until', type: 'date', value: until })),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const value = (k: string) => String(data.get(k) ?? '').trim();
    go(['network'], { actor: value('actor'), since: value('since'), until: value('until') });
  });
  const scale = h(
    'p',
    { class: 'legend-line' },
    'Arrow colour: mean Goldstein ',
    ...[-10, -5, 0, 5, 10].map((v) => {
      const chip = h('span', { class: 'chip' }, formatSigned(v));
      chip.style.background = goldsteinColor(v);
      return chip;
    }),
    ' · width: number of events · select an actor or an arrow.',
  );
  const chart = section('Actor network', async () => {
    const { items } = await api.dyads({
      limit: 80,
      ...(actor && { actor }),
      ...(since && { since }),
      ...(until && { until }),
    });
    if (items.length === 0) return muted('No events between actors yet.');
    const svg = networkChart(items, {
      nodeHref: (code) => href(['network'], { actor: code, since, until }),
      edgeHref: (source, target) => href(['timeline'], { dyad: `${source},${target}`, since, until }),
    });
    const table = h(
      'details',
      { class: 'data-table' },
      h('summary', {}, 'Pairs as a table'),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['source', 'target', 'events', 'mean Goldstein', 'first', 'last'].map((c) =>
              h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...items.map((d) =>
            h(
              'tr',
              {},
              h('td', {}, d.source),
              h('td', {}, d.target),
              h('td', {}, d.events),
              h('td', {}, formatSigned(d.goldsteinMean)),
              h('td', {}, d.first),
              h('td', {}, d.last),
            ),
          ),
        ),
      ),
    );
    return [svg, scale, table];
  });
  return [h('h1', {}, actor ? `Network around ${actor}` : 'Network'), form, chart];
}
