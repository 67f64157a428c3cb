import { dayNumber, dayValue, monthValue, type TimeValue, yearsValue, yearValue, ymd } from './calendar.js';
import type { Cursor, Found } from './cursor.js';
import { AMBIGUOUS_MONTHS, MONTHS, PARTS_OF_DAY, WEEKDAYS } from './lexicon.js';
import { type Direction, resolveMonth, resolveMonthDay, resolveWeekday } from './resolve.js';

/** Words before a date that shift it within its span ("early March", "late 2021"). */
export const MODIFIERS = new Set(['early', 'late', 'mid', 'earlier', 'later']);
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?(?:-\d{1,2})?$/;
const YEAR = /^(1[5-9]\d\d|20\d\d)$/;
const YEAR_RANGE = /^(1[5-9]\d\d|20\d\d)-(\d\d|\d{4})$/;
const DECADE = /^(1[5-9]\d|20\d)0s$/;
const CENTURY = /^(\d{1,2})(?:st|nd|rd|th)$/;
/** Words before a bare "May" or "March" that make it a month rather than a verb or noun. */
const MONTH_CONTEXT = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'of',
  'from',
  'through',
  'during',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'before',
  'after',
  'on',
  'to',
  'and',
  'or',
]);

function year(token: string | undefined): number | undefined {
  return token !== undefined && YEAR.test(token) ? Number(token) : undefined;
}

function dayOf(token: string): number | undefined {
  const m = DAY_NUMBER.exec(token);
  if (!m) return undefined;
  const day = Number(m[1]);
  return day >= 1 && day <= 31 ? day : undefined;
}

function monthAt(c: Cursor, k: number): number | undefined {
  const norm = c.norm(k);
  const month = MONTHS.get(norm.startsWith('mid-') ? norm.slice(4) : norm);
  if (month === undefined || !c.capitalised(k)) return undefined;
  return month;
}

/** Month-led dates: "Feb. 24", "March 22, 2013", "May 2010", "in March". */
export function matchMonth(c: Cursor, j: number, start: number): Found | undefined {
  const month = monthAt(c, j);
  if (month === undefined) return undefined;
  const day = dayOf(c.norm(j + 1));
  if (day !== undefined && c.token(j + 1)!.pos === 'NUM') {
    const yearAt = c.norm(j + 2) === ',' ? j + 3 : j + 2;
    return dayOfMonth(c, { month, day, yearAt, end: j + 2, start, rule: 'time.month-day' });
  }
  let k = j + 1;
  if (c.norm(k) === ',' || c.norm(k) === 'of') k++;
  const y = year(c.norm(k));
  if (y !== undefined)
    return { end: k + 1, type: 'DATE', value: monthValue(y, month), rule: 'time.month-year' };
  const norm = c.norm(j);
  if (AMBIGUOUS_MONTHS.has(norm) || norm === 'march' || norm === 'may') {
    if (!MONTH_CONTEXT.has(c.norm(j - 1)) && !MODIFIERS.has(c.norm(j - 1))) return undefined;
  }
  return {
    end: j + 1,
    type: 'DATE',
    value: resolveMonth(c.dct, month, c.tense(start, j + 1)),
    rule: 'time.month',
  };
}

/** Day-led dates: "22 March 2013", "24 February". */
export function matchDayMonth(c: Cursor, j: number, start: number): Found | undefined {
  const day = dayOf(c.norm(j));
  if (day === undefined || c.token(j)!.pos !== 'NUM') return undefined;
  let k = j + 1;
  if (c.norm(k) === 'of') k++;
  const month = monthAt(c, k);
  if (month === undefined) return undefined;
  return dayOfMonth(c, { month, day, yearAt: k + 1, end: k + 1, start, rule: 'time.day-month' });
}

/**
 * A day of a month, in the year written at `yearAt` ("March 22, 2013"; rule + "-year") or, without one, in
 * the year the article's date and the clause's tense point to (rule as given, ending at `end`).
 */
function dayOfMonth(
  c: Cursor,
  at: { month: number; day: number; yearAt: number; end: number; start: number; rule: string },
): Found | undefined {
  const y = year(c.norm(at.yearAt));
  if (y !== undefined)
    return {
      end: at.yearAt + 1,
      type: 'DATE',
      value: dayValue(dayNumber(y, at.month, at.day)),
      rule: `${at.rule}-year`,
    };
  const value = resolveMonthDay(c.dct, at.month, at.day, c.tense(at.start, at.end));
  return value && { end: at.end, type: 'DATE', value, rule: at.rule };
}

/** Weekdays, with a part of the day ("Friday afternoon") or a following date ("Friday, March 22"). */
export function matchWeekday(c: Cursor, j: number, start: number, direction?: Direction): Found | undefined {
  const wd = WEEKDAYS.get(c.norm(j));
  if (wd === undefined || !c.capitalised(j)) return undefined;
  if (c.norm(j + 1) === ',') {
    const dated = matchMonth(c, j + 2, start) ?? matchDayMonth(c, j + 2, start);
    if (dated?.value.range?.precision === 'day') return { ...dated, rule: 'time.weekday-date' };
  }
  const value = resolveWeekday(c.dct, wd, c.tense(start, j + 1), direction);
  const rule = direction === undefined ? 'time.weekday' : 'time.relative-weekday';
  return dayOrPart(c, j, value, rule, 'time.weekday-part');
}

/**
 * The day named at token j, or the part of it the next word names ("Monday morning", "yesterday evening"):
 * a DATE under `dayRule`, or a TIME under `partRule`.
 */
export function dayOrPart(c: Cursor, j: number, value: TimeValue, dayRule: string, partRule: string): Found {
  const part = PARTS_OF_DAY.get(c.norm(j + 1));
  if (part !== undefined)
    return { end: j + 2, type: 'TIME', value: { ...value, timex: `${value.timex}T${part}` }, rule: partRule };
  return { end: j + 1, type: 'DATE', value, rule: dayRule };
}

/** Years, year ranges ("2009-2010"), decades ("the 1990s"), "'58", centuries and quarters. */
export function matchYear(c: Cursor, j: number): Found | undefined {
  const token = c.token(j)!;
  const norm = token.norm;
  const y = year(norm);
  if (y !== undefined) {
    if (c.norm(j - 1) === '$' || c.norm(j + 1) === '%' || c.norm(j + 1) === 'percent') return undefined;
    return { end: j + 1, type: 'DATE', value: yearValue(y), rule: 'time.year' };
  }
  const range = YEAR_RANGE.exec(norm);
  if (range) {
    const from = Number(range[1]);
    const tail = range[2]!;
    const to = tail.length === 2 ? Math.floor(from / 100) * 100 + Number(tail) : Number(tail);
    if (to <= from || to - from > 50) return undefined;
    return {
      end: j + 1,
      type: 'DATE',
      value: yearValue(from),
      rule: 'time.year-range',
      parts: [
        { from: 0, to: 4, value: yearValue(from) },
        { from: 5, to: norm.length, value: yearValue(to) },
      ],
    };
  }
  const decade = DECADE.exec(norm);
  if (decade) {
    const first = Number(decade[1]) * 10;
    return { end: j + 1, type: 'DATE', value: yearsValue(decade[1]!, first, first + 9), rule: 'time.decade' };
  }
  if (norm === "'" && /^\d\d$/.test(c.norm(j + 1)) && c.token(j + 1)!.pos === 'NUM') {
    const two = Number(c.norm(j + 1));
    const now = ymd(c.dct).year;
    const full = 2000 + two <= now + 1 ? 2000 + two : 1900 + two;
    return { end: j + 2, type: 'DATE', value: yearValue(full), rule: 'time.short-year' };
  }
  const century = CENTURY.exec(norm);
  if (century && c.norm(j + 1) === 'century') {
    const n = Number(century[1]);
    return {
      end: j + 2,
      type: 'DATE',
      value: yearsValue(String(n - 1), (n - 1) * 100, (n - 1) * 100 + 99),
      rule: 'time.century',
    };
  }
  return undefined;
}
