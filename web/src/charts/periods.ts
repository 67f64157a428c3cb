import type { SeriesPoint } from '../types.js';

const DAY = 86_400_000;

function next(period: string, interval: string): string {
  const d = new Date(`${period}T00:00:00Z`);
  if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setTime(d.getTime() + (interval === 'week' ? 7 : 1) * DAY);
  return d.toISOString().slice(0, 10);
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
 * Long spans of days are thinned by the caller choosing a wider interval; this caps the count to stay drawable.
 */
export function fillPeriods(points: readonly SeriesPoint[], interval: string, cap = 400): SeriesPoint[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const out: SeriesPoint[] = [];
  for (let p = first.period; p <= last.period && out.length < cap; p = next(p, interval))
    out.push(byPeriod.get(p) ?? { period: p, ...EMPTY });
  return out;
}
