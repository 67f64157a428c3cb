import {
  dayNumber,
  daysInMonth,
  dayValue,
  monthValue,
  SEASON_MONTHS,
  type Season,
  seasonValue,
  type TimeValue,
  weekday,
  weekendValue,
  weekValue,
  yearValue,
  ymd,
} from './calendar.js';
import type { Tense } from './tense.js';

/**
 * Anchoring: an underspecified expression ("Friday", "in March", "on Feb. 24") gets its date from the article
 * date and the tense of its clause. A past clause takes the most recent such date on or before the article
 * date, a future clause the first on or after it; a clause of unknown or present tense takes the nearest,
 * leaning to the past (news reports what happened).
 */

export type Direction = -1 | 0 | 1;

/** `last Friday` (-1) is strictly before the article date, `next Friday` (1) strictly after. */
export function resolveWeekday(dct: number, day: number, tense: Tense, direction?: Direction): TimeValue {
  const today = weekday(dct);
  const back = (today - day + 7) % 7; // days back to the most recent one, 0 if today
  const ahead = (day - today + 7) % 7;
  if (direction === -1) return dayValue(dct - (back === 0 ? 7 : back));
  if (direction === 1) return dayValue(dct + (ahead === 0 ? 7 : ahead));
  if (direction === 0) return dayValue(tense === 'past' ? dct - back : dct + ahead);
  if (tense === 'future') return dayValue(dct + ahead);
  return dayValue(dct - back);
}

/** A month with no year: the year the clause's tense points to. */
export function resolveMonth(dct: number, month: number, tense: Tense, direction?: Direction): TimeValue {
  const { year, month: now } = ymd(dct);
  if (direction === -1) return monthValue(month < now ? year : year - 1, month);
  if (direction === 1) return monthValue(month > now ? year : year + 1, month);
  if (direction === 0) return monthValue(year, month);
  if (tense === 'future') return monthValue(month >= now ? year : year + 1, month);
  if (tense === 'past') return monthValue(month <= now ? year : year - 1, month);
  // Unknown or present: this year's unless that is more than a quarter ahead.
  return monthValue(month - now <= 3 ? year : year - 1, month);
}

/** A month and day with no year ("on Feb. 24"). */
export function resolveMonthDay(
  dct: number,
  month: number,
  day: number,
  tense: Tense,
): TimeValue | undefined {
  const { year } = ymd(dct);
  if (day < 1 || day > 31) return undefined;
  const at = (y: number): number | undefined =>
    day <= daysInMonth(y, month) ? dayNumber(y, month, day) : undefined;
  const candidates = [at(year - 1), at(year), at(year + 1)].filter((d): d is number => d !== undefined);
  if (candidates.length === 0) return undefined;
  let chosen: number | undefined;
  if (tense === 'future') chosen = candidates.find((d) => d >= dct);
  else if (tense === 'past') chosen = candidates.filter((d) => d <= dct).at(-1);
  else {
    // Nearest, with a future date counting double so that the past wins close calls.
    let best = Number.POSITIVE_INFINITY;
    for (const d of candidates) {
      const cost = d > dct ? (d - dct) * 2 : dct - d;
      if (cost < best) {
        best = cost;
        chosen = d;
      }
    }
  }
  return chosen === undefined ? undefined : dayValue(chosen);
}

/** A season with no year: `last summer` is the most recent one that has ended, `next summer` the first to come. */
export function resolveSeason(dct: number, season: Season, tense: Tense, direction?: Direction): TimeValue {
  const { year } = ymd(dct);
  const first = SEASON_MONTHS[season];
  const instances = [year - 1, year, year + 1].map((y) => ({
    year: y,
    start: dayNumber(y, first, 1),
    end: dayNumber(y, first + 3, 1) - 1,
  }));
  let chosen: (typeof instances)[number] | undefined;
  if (direction === -1) chosen = instances.filter((s) => s.end < dct).at(-1);
  else if (direction === 1) chosen = instances.find((s) => s.start > dct);
  else if (direction === 0)
    chosen = instances.find((s) => s.start <= dct && dct <= s.end) ?? instances.find((s) => s.year === year);
  else if (tense !== 'future') chosen = instances.filter((s) => s.start <= dct).at(-1);
  else chosen = instances.find((s) => s.end >= dct);
  return seasonValue(chosen?.year ?? year, season);
}

/** `this`/`last`/`next` + a calendar unit. */
export function resolveRelativeUnit(dct: number, unit: string, direction: Direction): TimeValue | undefined {
  const { year, month } = ymd(dct);
  switch (unit) {
    case 'day':
      return dayValue(dct + direction);
    case 'week':
      return weekValue(dct + 7 * direction);
    case 'weekend':
      return weekendValue(dct + 7 * direction);
    case 'month':
      return monthValue(year, month + direction);
    case 'year':
      return yearValue(year + direction);
    case 'quarter': {
      const q = Math.floor((month - 1) / 3) + direction; // 0-based, may leave the year
      const y = year + Math.floor(q / 4);
      const quarter = (((q % 4) + 4) % 4) + 1;
      const from = monthValue(y, quarter * 3 - 2).range!.from;
      const to = monthValue(y, quarter * 3).range!.to;
      return { timex: `${y}-Q${quarter}`, range: { from, to, precision: 'month' } };
    }
    default:
      return undefined;
  }
}

/** `N units ago`: a date of the unit's precision. */
export function resolveAgo(dct: number, count: number, unit: string): TimeValue | undefined {
  const { year, month } = ymd(dct);
  switch (unit) {
    case 'day':
      return dayValue(dct - count);
    case 'week':
      return weekValue(dct - 7 * count);
    case 'month':
      return monthValue(year, month - count);
    case 'year':
      return yearValue(year - count);
    case 'decade':
      return yearValue(year - 10 * count);
    default:
      return undefined;
  }
}
