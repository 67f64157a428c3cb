import { api } from '../api.js';
import { seriesChart } from '../charts/series-chart.js';
import { formatDate, formatNumber, h, muted, section } from '../dom.js';
import { href } from '../route.js';
import type { Dyad } from '../types.js';
import { actorLink, eventsTable } from './parts.js';

function dyadRow(d: Dyad): HTMLElement {
  const coop = d.quadClass[1] + d.quadClass[2];
  const conflict = d.quadClass[3] + d.quadClass[4];
  const share = d.events === 0 ? 0 : Math.round((100 * conflict) / d.events);
  const meter = h('span', { class: 'meter', title: `${coop} cooperation, ${conflict} conflict` });
  const fill = h('span', { class: 'meter-conflict' });
  fill.style.width = `${share}%`;
  meter.append(fill);
  return h(
    'li',
    {},
    h('a', { href: href(['dyad', d.source, d.target]), class: 'dyad-link' }, `${d.source} – ${d.target}`),
    h('span', { class: 'num' }, `${formatNumber(d.events)} events`),
    meter,
    h('span', { class: 'muted small' }, `${formatDate(d.first)} – ${formatDate(d.last)}`),
  );
}

/** What the store holds, the most active pairs with their charts, the latest events, articles and promises. */
export function overviewView(): HTMLElement[] {
  const stats = section('In the store', async () => {
    const c = await api.counts();
    const items: [string, number][] = [
      ['articles', c.articles],
      ['events', c.events],
      ['quotes', c.quotes],
      ['mentions', c.mentions],
      ['places', c.places],
      ['commitments', c.commitments],
    ];
    const list = h(
      'dl',
      { class: 'stats' },
      ...items.map(([label, n]) =>
        h('div', { class: 'stat' }, h('dt', {}, label), h('dd', {}, formatNumber(n))),
      ),
    );
    return c.events === 0
      ? [
          list,
          muted('No events yet: they appear once articles are analysed by the event stages (sitrep ingest).'),
        ]
      : [list];
  });
  const pairs = api.dyads({ level: 'country', undirected: true, limit: 8 });
  const active = section('Most active pairs', async () => {
    const { items } = await pairs;
    if (items.length === 0) return muted('No pairs of actors yet.');
    return h('ol', { class: 'dyads' }, ...items.map(dyadRow));
  });
  const charts = h('div', { class: 'overview-charts' });
  pairs
    .then(({ items }) => {
      for (const d of items.slice(0, 2))
        charts.append(
          section(
            `${d.source} – ${d.target}: cooperation and conflict by week`,
            async () => {
              const { points } = await api.dyadSeries(d.source, d.target, { interval: 'week' });
              return [
                seriesChart(points, {
                  interval: 'week',
                  diverging: true,
                  height: 220,
                  label: `${d.source}–${d.target} events per week`,
                }),
                h('p', {}, h('a', { href: href(['dyad', d.source, d.target]) }, 'Open the dyad chart →')),
              ];
            },
            'h3',
          ),
        );
    })
    .catch(() => {});
  const latest = section('Latest events', async () => {
    const { items } = await api.events({ order: 'desc', limit: 10 });
    return items.length === 0 ? muted('No events yet.') : eventsTable(items);
  });
  const promises = section('Commitments', async () => {
    const { items } = await api.commitments({ limit: 6 });
    if (items.length === 0) return muted('No commitments recorded.');
    return h(
      'ul',
      { class: 'plain' },
      ...items.map((c) =>
        h(
          'li',
          {},
          actorLink(c.source),
          ' → ',
          actorLink(c.target),
          `: due ${formatDate(c.due.from)} – ${formatDate(c.due.to)} `,
          c.articleId
            ? h('a', { href: href(['article', c.articleId], { select: `c:${c.id}` }) }, `“${c.text}”`)
            : `“${c.text}”`,
        ),
      ),
    );
  });
  const articles = section('Latest articles', async () => {
    const { items } = await api.articles({ limit: 8 });
    if (items.length === 0) return muted('No articles yet: sitrep ingest FILES.');
    return h(
      'ul',
      { class: 'plain articles' },
      ...items.map((a) =>
        h(
          'li',
          {},
          h('span', { class: 'muted nowrap' }, formatDate(a.published)),
          ' ',
          h('a', { href: href(['article', a.id]) }, a.title ?? a.lead ?? `${a.id.slice(0, 12)}…`),
        ),
      ),
    );
  });
  return [
    h('h1', {}, 'Overview'),
    h('div', { class: 'grid-2' }, stats, active),
    charts,
    latest,
    h('div', { class: 'grid-2' }, articles, promises),
  ];
}
