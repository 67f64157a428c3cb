/**
 * Publication dates as inputs write them, turned into YYYY-MM-DD.
 *
 * Only unambiguous forms are accepted: `01/02/2022` is January 2 in the US and February 1 elsewhere,
 * so guessing would silently misdate an article; such strings are rejected and the reader asks for
 * YYYY-MM-DD instead.
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** `2022-01-22`, optionally followed by a time and zone; the date part is the publisher's own calendar day. */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
/** A time after a written-out date, as in RFC 2822 (`22 Jan 2022 10:00:00 GMT`) or `Jan 22, 2022, 10:00 a.m.`. */
const TIME_TAIL = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\b.*)?`;
const MONTH_FIRST = new RegExp(
  String.raw`^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME_TAIL}$`,
  'i',
);
const DAY_FIRST = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})${TIME_TAIL}$`,
  'i',
);
/** `Saturday, ` or `Sat, ` before a written-out date. */
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

/** Parses a date string into YYYY-MM-DD, or undefined when it is not a real calendar day in a supported form. */
export function parseDate(input: string): string | undefined {
  const s = input.trim();
  const iso = ISO.exec(s) ?? SLASHED.exec(s);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = s.replace(WEEKDAY, '');
  const monthFirst = MONTH_FIRST.exec(written);
  if (monthFirst) return ymd(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(written);
  if (dayFirst) return ymd(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  return undefined;
}

/** 1-12 for a month name or its abbreviation (`Jan`, `Sept`), 0 when it is neither. */
function monthNumber(word: string): number {
  const w = word.toLowerCase();
  const index = MONTHS.findIndex(
    (name) => name === w || name.slice(0, 3) === w || (w === 'sept' && name === 'september'),
  );
  return index + 1;
}

function ymd(year: number, month: number, day: number): string | undefined {
  if (!isCalendarDay(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
