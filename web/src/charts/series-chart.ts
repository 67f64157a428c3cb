import { formatPeriod, formatSigned, h, QUAD_NAMES, QUADS, s, title } from '../dom.js';
import type { SeriesPoint } from '../types.js';
import { fillPeriods, periodEnd } from './periods.js';

export interface SeriesChartOptions {
  readonly interval: string;
  /** Cooperation (QuadClass 1, 2) above the axis and conflict (3, 4) below, with the Goldstein mean line. */
  readonly diverging: boolean;
  /** What the chart shows, for its accessible name. */
  readonly label: string;
  /** Where a click on a bucket leads (the timeline of those days), if anywhere. */
  readonly link?: (from: string, to: string) => string;
  readonly height?: number;
}

const W = 900;
const M = { top: 14, right: 48, bottom: 34, left: 48 };

function ticks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const step = Math.max(1, Math.ceil(max / count));
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

/**
 * Bars per time bucket, stacked by QuadClass, and (when diverging) the mean Goldstein score per bucket as a
 * line with a point for every bucket that has events. Drawn as plain SVG; a table of the same numbers
 * follows for reading and for screen readers.
 */
export function seriesChart(raw: readonly SeriesPoint[], options: SeriesChartOptions): HTMLElement {
  const points = fillPeriods(raw, options.interval);
  const H = options.height ?? 300;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = Math.max(points.length, 1);
  const band = plotW / n;
  const barW = Math.max(2, Math.min(36, band * 0.72));
  const up = (p: SeriesPoint) => (options.diverging ? p.quadClass[1] + p.quadClass[2] : p.events);
  const down = (p: SeriesPoint) => (options.diverging ? p.quadClass[3] + p.quadClass[4] : 0);
  const maxUp = Math.max(1, ...points.map(up));
  const maxDown = options.diverging ? Math.max(1, ...points.map(down)) : 0;
  const y = (count: number) => M.top + (plotH * (maxUp - count)) / (maxUp + maxDown);
  const yG = (g: number) => M.top + (plotH * (10 - g)) / 20;
  const x = (i: number) => M.left + band * (i + 0.5);

  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'chart series-chart',
    role: 'img',
    'aria-label': options.label,
  });
  const grid = s('g', { class: 'grid' });
  for (const v of ticks(maxUp)) {
    grid.append(s('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }));
    grid.append(s('text', { x: M.left - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, v));
  }
  for (const v of options.diverging ? ticks(maxDown).slice(1) : []) {
    grid.append(s('line', { x1: M.left, x2: W - M.right, y1: y(-v), y2: y(-v) }));
    grid.append(s('text', { x: M.left - 6, y: y(-v) + 4, class: 'tick', 'text-anchor': 'end' }, v));
  }
  svg.append(grid);

  const bars = s('g', { class: 'bars' });
  points.forEach((p, i) => {
    const group = s('g', { class: 'bucket' });
    let top = 0;
    let bottom = 0;
    for (const q of QUADS) {
      const count = p.quadClass[q];
      if (count === 0) continue;
      const below = options.diverging && q >= 3;
      const from = below ? -bottom : top;
      const to = below ? -(bottom + count) : top + count;
      if (below) bottom += count;
      else top += count;
      group.append(
        s(
          'rect',
          {
            class: `bar q${q}`,
            x: x(i) - barW / 2,
            width: barW,
            y: Math.min(y(from), y(to)),
            height: Math.abs(y(from) - y(to)),
          },
          title(`${formatPeriod(p.period, options.interval)}: ${count} ${QUAD_NAMES[q]}`),
        ),
      );
    }
    const target = options.link?.(p.period, periodEnd(p.period, options.interval));
    if (target && p.events > 0) {
      const link = s('a', { href: target, class: 'bucket-link' }, group);
      link.setAttribute('aria-label', `${formatPeriod(p.period, options.interval)}: ${p.events} events`);
      bars.append(link);
    } else bars.append(group);
  });
  svg.append(bars);
  svg.append(s('line', { class: 'axis', x1: M.left, x2: W - M.right, y1: y(0), y2: y(0) }));

  const every = Math.max(1, Math.ceil(n / 8));
  const labels = s('g', { class: 'x-labels' });
  points.forEach((p, i) => {
    if (i % every === 0)
      labels.append(
        s(
          'text',
          { x: x(i), y: H - 10, 'text-anchor': 'middle', class: 'tick' },
          formatPeriod(p.period, options.interval),
        ),
      );
  });
  svg.append(labels);

  if (options.diverging) {
    const line = s('g', { class: 'goldstein' });
    for (const v of [-10, 0, 10])
      line.append(
        s('text', { x: W - M.right + 6, y: yG(v) + 4, class: 'tick goldstein-tick' }, formatSigned(v)),
      );
    const filled = points.map((p, i) => ({ p, i })).filter(({ p }) => p.events > 0);
    if (filled.length > 1)
      line.append(
        s('polyline', {
          class: 'goldstein-line',
          points: filled.map(({ p, i }) => `${x(i)},${yG(p.goldsteinMean)}`).join(' '),
        }),
      );
    for (const { p, i } of filled)
      line.append(
        s(
          'circle',
          { class: 'goldstein-point', cx: x(i), cy: yG(p.goldsteinMean), r: 4.5 },
          title(
            `${formatPeriod(p.period, options.interval)}: mean Goldstein ${formatSigned(p.goldsteinMean)} over ${p.events} events`,
          ),
        ),
      );
    svg.append(line);
  }

  const legend = h(
    'ul',
    { class: 'legend' },
    ...QUADS.map((q) => h('li', {}, h('span', { class: `swatch q${q}` }), QUAD_NAMES[q])),
    options.diverging
      ? h('li', {}, h('span', { class: 'swatch goldstein-swatch' }), 'mean Goldstein (right axis, −10…+10)')
      : null,
  );
  const table = h(
    'details',
    { class: 'data-table' },
    h('summary', {}, 'Numbers'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'period'),
          h('th', { scope: 'col' }, 'events'),
          ...QUADS.map((q) => h('th', { scope: 'col' }, QUAD_NAMES[q])),
          h('th', { scope: 'col' }, 'Goldstein sum'),
          h('th', { scope: 'col' }, 'mean'),
          h('th', { scope: 'col' }, 'articles'),
        ),
      ),
      h(
        'tbody',
        {},
        ...raw.map((p) =>
          h(
            'tr',
            {},
            h('td', {}, formatPeriod(p.period, options.interval)),
            h('td', {}, p.events),
            ...QUADS.map((q) => h('td', {}, p.quadClass[q])),
            h('td', {}, p.goldsteinSum.toFixed(1)),
            h('td', {}, formatSigned(p.goldsteinMean)),
            h('td', {}, p.articles),
          ),
        ),
      ),
    ),
  );
  return h('figure', { class: 'series' }, svg, legend, table);
}
