import { api } from '../api.js';
import { seriesChart } from '../charts/series-chart.js';
import { field, formatNumber, formatSigned, h, muted, section } from '../dom.js';
import { go, href, type Route } from '../route.js';
import { intervalField } from './filters.js';
import { eventsTable } from './parts.js';

/** Cooperation against conflict between two actors over time, with the mean Goldstein score as a line. */
export function dyadView(route: Route): HTMLElement[] {
  const [, a = '', b = ''] = route.path;
  const interval = route.params.get('interval') ?? 'week';
  const since = route.params.get('since') ?? '';
  const until = route.params.get('until') ?? '';
  const input = (name: string, value: string, label: string) =>
    field(label, h('input', { name, value, required: true, size: 8, autocomplete: 'off' }));
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Choose two actors' },
    input('a', a, 'Actor A (code or prefix)'),
    input('b', b, 'Actor B'),
    intervalField(interval),
    field('From', h('input', { name: 'since', type: 'date', value: since })),
    field('To', h('input', { name: 'until', type: 'date', value: until })),
    h('button', { type: 'submit' }, 'Show'),
    a && b ? h('a', { href: href(['dyad', b, a], { interval }), class: 'button secondary' }, 'Swap') : null,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const value = (k: string) => String(data.get(k) ?? '').trim();
    go(['dyad', value('a').toUpperCase(), value('b').toUpperCase()], {
      interval: value('interval'),
      since: value('since'),
      until: value('until'),
    });
  });
  if (!a || !b) {
    const pick = section('Pick a pair', async () => {
      const { items } = await api.dyads({ level: 'country', undirected: true, limit: 12 });
      if (items.length === 0) return muted('No pairs of actors yet.');
      return h(
        'ul',
        { class: 'plain' },
        ...items.map((d) =>
          h(
            'li',
            {},
            h('a', { href: href(['dyad', d.source, d.target]) }, `${d.source} – ${d.target}`),
            ` ${d.events} events`,
          ),
        ),
      );
    });
    return [h('h1', {}, 'Dyad'), form, pick];
  }
  const window = { ...(since && { since }), ...(until && { until }) };
  const chart = section(`${a} – ${b}: cooperation and conflict`, async () => {
    const { points } = await api.dyadSeries(a, b, { interval, ...window });
    if (points.length === 0) return muted(`No events between ${a} and ${b}.`);
    const events = points.reduce((n, p) => n + p.events, 0);
    const sum = points.reduce((n, p) => n + p.goldsteinSum, 0);
    return [
      h(
        'p',
        { class: 'muted' },
        `${formatNumber(events)} events in both directions; mean Goldstein ${formatSigned(sum / events)}. Bars above the line are cooperation, below it conflict; select a bar for its events.`,
      ),
      seriesChart(points, {
        interval,
        diverging: true,
        label: `${a}–${b} events per ${interval}: cooperation, conflict and mean Goldstein`,
        link: (from, to) =>
          href(['timeline'], { dyad: `${a},${b}`, since: from, until: to, interval: 'day' }),
      }),
    ];
  });
  const latest = section('Latest events between them', async () => {
    const { items } = await api.events({ dyad: `${a},${b}`, order: 'desc', limit: 20, ...window });
    return items.length === 0
      ? muted('None.')
      : [
          eventsTable(items),
          h(
            'p',
            {},
            h('a', { href: href(['timeline'], { dyad: `${a},${b}` }) }, 'All of them on the timeline →'),
          ),
        ];
  });
  return [h('h1', {}, `Dyad ${a} – ${b}`), form, chart, latest];
}
