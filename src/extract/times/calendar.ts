import type { DateRange } from '../../core/records.js';

/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so relative expressions resolve by adding
 * integers. Nothing here reads a clock: every date comes from the article.
 */

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Day number of an ISO date `YYYY-MM-DD` (the article's date). */
export function parseIsoDay(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function ymd(day: number): Ymd {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDay(day: number): string {
  const { year, month, day: d } = ymd(day);
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function mondayOf(day: number): number {
  return day - (weekday(day) - 1);
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** ISO week-numbering year and week of a day (the week belongs to the year of its Thursday). */
export function isoWeek(day: number): { readonly year: number; readonly week: number } {
  const thursday = mondayOf(day) + 3;
  const year = ymd(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

// Values: the TIMEX3 string (how TempEval writes it) and, where the expression denotes a stretch of the
// calendar, the range an event may take as its date.

export interface TimeValue {
  readonly timex: string;
  readonly range?: DateRange;
}

export function dayValue(day: number): TimeValue {
  const iso = isoDay(day);
  return { timex: iso, range: { from: iso, to: iso, precision: 'day' } };
}

export function weekValue(day: number): TimeValue {
  const monday = mondayOf(day);
  const { year, week } = isoWeek(day);
  return {
    timex: `${pad(year, 4)}-W${pad(week)}`,
    range: { from: isoDay(monday), to: isoDay(monday + 6), precision: 'week' },
  };
}

export function weekendValue(day: number): TimeValue {
  const saturday = mondayOf(day) + 5;
  const { year, week } = isoWeek(day);
  return {
    timex: `${pad(year, 4)}-W${pad(week)}-WE`,
    range: { from: isoDay(saturday), to: isoDay(saturday + 1), precision: 'day' },
  };
}

/** A month; `month` may run outside 1..12 (month arithmetic), it is carried into the year. */
export function monthValue(year: number, month: number): TimeValue {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return {
    timex: `${pad(y, 4)}-${pad(m)}`,
    range: {
      from: `${pad(y, 4)}-${pad(m)}-01`,
      to: `${pad(y, 4)}-${pad(m)}-${pad(daysInMonth(y, m))}`,
      precision: 'month',
    },
  };
}

export function yearValue(year: number): TimeValue {
  return {
    timex: pad(year, 4),
    range: { from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31`, precision: 'year' },
  };
}

/** A span of whole years written the TIMEX3 way by its leading digits: `199` is the 1990s, `19` the 1900s. */
export function yearsValue(prefix: string, from: number, to: number): TimeValue {
  return {
    timex: prefix,
    range: { from: `${pad(from, 4)}-01-01`, to: `${pad(to, 4)}-12-31`, precision: 'year' },
  };
}

export const SEASON_MONTHS = { SP: 3, SU: 6, FA: 9, WI: 12 } as const;
export type Season = keyof typeof SEASON_MONTHS;

/** A northern-hemisphere meteorological season: three months from its first (winter runs into the next year). */
export function seasonValue(year: number, season: Season): TimeValue {
  const first = SEASON_MONTHS[season];
  const start = monthValue(year, first).range!;
  const end = monthValue(year, first + 2).range!;
  return { timex: `${pad(year, 4)}-${season}`, range: { from: start.from, to: end.to, precision: 'month' } };
}

export function quarterValue(year: number, quarter: number): TimeValue {
  const start = monthValue(year, quarter * 3 - 2).range!;
  const end = monthValue(year, quarter * 3).range!;
  return {
    timex: `${pad(year, 4)}-Q${quarter}`,
    range: { from: start.from, to: end.to, precision: 'month' },
  };
}
