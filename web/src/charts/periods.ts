import type { SeriesPoint } from '../types.js';

const DAY = 86_400_000;

function step(period: string, interval: string, by: number): string {
  const d = new Date(`${period}T00:00:00Z`);
  if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + by);
  else d.setTime(d.getTime() + by * (interval === 'week' ? 7 : 1) * DAY);
  return d.toISOString().slice(0, 10);
}

function next(period: string, interval: string): string {
  return step(period, interval, 1);
}

/** The last day of a bucket that starts on `period`. */
export function periodEnd(period: string, interval: string): string {
  return new Date(new Date(`${next(period, interval)}T00:00:00Z`).getTime() - DAY).toISOString().slice(0, 10);
}

const EMPTY = {
  events: 0,
  quadClass: { 1: 0, 2: 0, 3: 0, 4: 0 },
  goldsteinSum: 0,
  goldsteinMean: 0,
  articles: 0,
};

/**
 * Every bucket from the first to the last, the empty ones included, so that time runs evenly along the axis.
 * Long spans of days are thinned by the caller choosing a wider interval; this caps the count to stay
 * drawable, keeping the latest buckets: a crisis is read at its end, and an event an article dates decades
 * back ("annexed Crimea in 2014") must not push the present off the chart.
 */
export function fillPeriods(points: readonly SeriesPoint[], interval: string, cap = 400): SeriesPoint[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const earliest = step(last.period, interval, -(cap - 1));
  const out: SeriesPoint[] = [];
  let p = first.period;
  if (p < earliest) p = earliest;
  for (; p <= last.period; p = next(p, interval)) out.push(byPeriod.get(p) ?? { period: p, ...EMPTY });
  return out;
}
