import type { Sentence, Token } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import {
  dayNumber,
  dayValue,
  isoDay,
  monthValue,
  parseIsoDay,
  type TimeValue,
  yearsValue,
  yearValue,
  ymd,
} from './calendar.js';
import {
  AMBIGUOUS_MONTHS,
  DIRECTIONS,
  FREQUENCY_WORDS,
  MONTHS,
  NUMBER_WORDS,
  PARTS_OF_DAY,
  REFERENCE_WORDS,
  SEASONS,
  UNITS,
  VAGUE_COUNTS,
  WEEKDAYS,
} from './lexicon.js';
import { matchDuration, matchSet } from './quantities.js';
import {
  type Direction,
  resolveMonth,
  resolveMonthDay,
  resolveRelativeUnit,
  resolveSeason,
  resolveWeekday,
} from './resolve.js';
import { clauseTense, type Tense } from './tense.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression as TIMEX3 sees it: type, normalised value, and (for dates) the range it denotes. */
export interface Timex {
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly span: Span;
  readonly type: TimexType;
  readonly value: TimeValue;
  readonly rule: string;
  readonly confidence: number;
}

/** What a matcher found from a start token: where it ends and what it means. */
export interface Found {
  readonly end: number;
  readonly type: TimexType;
  readonly value: TimeValue;
  readonly rule: string;
  readonly confidence?: number;
  /** Several expressions inside one token ("2009-2010"): character sub-spans, relative to the token. */
  readonly parts?: readonly { readonly from: number; readonly to: number; readonly value: TimeValue }[];
}

/** Read access to one sentence's tokens for the matchers, with the article date and the clause's tense. */
export class Cursor {
  constructor(
    readonly tokens: readonly Token[],
    readonly sentence: Sentence,
    readonly dct: number,
  ) {}

  norm(k: number): string {
    return k < this.sentence.tokenEnd && k >= this.sentence.tokenStart ? this.tokens[k]!.norm : '';
  }

  token(k: number): Token | undefined {
    return k < this.sentence.tokenEnd && k >= this.sentence.tokenStart ? this.tokens[k] : undefined;
  }

  capitalised(k: number): boolean {
    const text = this.token(k)?.text;
    if (!text) return false;
    const c = text.charCodeAt(0);
    return c >= 65 && c <= 90;
  }

  tense(start: number, end: number): Tense {
    return clauseTense(this.tokens, this.sentence, start, end);
  }
}

const MODIFIERS = new Set(['early', 'late', 'mid', 'earlier', 'later']);
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?(?:-\d{1,2})?$/;
const YEAR = /^(1[5-9]\d\d|20\d\d)$/;
const YEAR_RANGE = /^(1[5-9]\d\d|20\d\d)-(\d\d|\d{4})$/;
const DECADE = /^(1[5-9]\d|20\d)0s$/;
const CENTURY = /^(\d{1,2})(?:st|nd|rd|th)$/;
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const HOUR = /^(1[0-2]|0?[1-9])$/;
const MERIDIEM = new Map([
  ['a.m.', 0],
  ['am', 0],
  ['p.m.', 12],
  ['pm', 12],
]);
const ZONES = new Set([
  'gmt',
  'utc',
  'et',
  'est',
  'edt',
  'pt',
  'pst',
  'pdt',
  'ct',
  'cst',
  'cdt',
  'bst',
  'cet',
  'msk',
]);
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
function matchMonth(c: Cursor, j: number, start: number): Found | undefined {
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
function matchDayMonth(c: Cursor, j: number, start: number): Found | undefined {
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
function matchWeekday(c: Cursor, j: number, start: number, direction?: Direction): Found | undefined {
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
function dayOrPart(c: Cursor, j: number, value: TimeValue, dayRule: string, partRule: string): Found {
  const part = PARTS_OF_DAY.get(c.norm(j + 1));
  if (part !== undefined)
    return { end: j + 2, type: 'TIME', value: { ...value, timex: `${value.timex}T${part}` }, rule: partRule };
  return { end: j + 1, type: 'DATE', value, rule: dayRule };
}

/** this/last/next + a unit, weekday, month or season: "next week", "last July", "this fiscal year". */
function matchRelative(c: Cursor, j: number, start: number): Found | undefined {
  const direction = DIRECTIONS.get(c.norm(j));
  if (direction === undefined) return undefined;
  let k = j + 1;
  if (c.norm(k) === 'fiscal' || c.norm(k) === 'calendar') k++;
  const unit = c.norm(k);
  const value = resolveRelativeUnit(c.dct, unit, direction);
  if (value !== undefined && unit !== 'day')
    return { end: k + 1, type: 'DATE', value, rule: `time.relative-${unit}` };
  if (unit === 'decade' || unit === 'century')
    return {
      end: k + 1,
      type: 'DURATION',
      value: { timex: unit === 'decade' ? 'P10Y' : 'P100Y' },
      rule: 'time.relative-span',
    };
  const weekday = matchWeekday(c, k, start, direction);
  if (weekday) return weekday;
  const month = MONTHS.get(unit);
  if (month !== undefined && c.capitalised(k))
    return {
      end: k + 1,
      type: 'DATE',
      value: resolveMonth(c.dct, month, c.tense(start, k + 1), direction),
      rule: 'time.relative-month',
    };
  const season = SEASONS.get(unit);
  if (season !== undefined)
    return {
      end: k + 1,
      type: 'DATE',
      value: resolveSeason(c.dct, season, c.tense(start, k + 1), direction),
      rule: 'time.relative-season',
    };
  const part = PARTS_OF_DAY.get(unit);
  if (part !== undefined && direction !== 1) {
    const day = direction === -1 && part === 'NI' ? c.dct - 1 : c.dct;
    return {
      end: k + 1,
      type: 'TIME',
      value: { ...dayValue(day), timex: `${isoDay(day)}T${part}` },
      rule: 'time.relative-part',
    };
  }
  return undefined;
}

/** Words that name a day or the present: yesterday, today, tomorrow, tonight, now. */
function matchDeictic(c: Cursor, j: number): Found | undefined {
  const norm = c.norm(j);
  const offset = norm === 'yesterday' ? -1 : norm === 'today' ? 0 : norm === 'tomorrow' ? 1 : undefined;
  if (offset !== undefined)
    return dayOrPart(c, j, dayValue(c.dct + offset), `time.${norm}`, 'time.deictic-part');
  if (norm === 'tonight')
    return {
      end: j + 1,
      type: 'TIME',
      value: { ...dayValue(c.dct), timex: `${isoDay(c.dct)}TNI` },
      rule: 'time.tonight',
    };
  const reference = REFERENCE_WORDS.get(norm);
  if (reference !== undefined)
    return {
      end: j + 1,
      type: 'DATE',
      value: { timex: reference, range: dayValue(c.dct).range! },
      rule: 'time.present',
      confidence: 0.6,
    };
  if (norm === 'the' && (c.norm(j + 1) === 'past' || c.norm(j + 1) === 'future')) {
    const next = c.token(j + 2);
    if (next === undefined || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'CCONJ')
      return {
        end: j + 2,
        type: 'DATE',
        value: { timex: c.norm(j + 1) === 'past' ? 'PAST_REF' : 'FUTURE_REF' },
        rule: 'time.reference',
      };
  }
  return undefined;
}

/** Years, year ranges ("2009-2010"), decades ("the 1990s"), "'58", centuries and quarters. */
function matchYear(c: Cursor, j: number, start: number): Found | undefined {
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
  void start;
  return undefined;
}

/** Clock times ("8 p.m.", "15:00 GMT Saturday") and race times ("3:07:35", a duration). */
function matchClock(c: Cursor, j: number, start: number): Found | undefined {
  const norm = c.norm(j);
  const race = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/.exec(norm);
  if (race)
    return {
      end: j + 1,
      type: 'DURATION',
      value: { timex: `PT${Number(race[1])}H${Number(race[2])}M${Number(race[3])}S` },
      rule: 'time.clock-duration',
    };
  let hour: number | undefined;
  let minute: string | undefined;
  let k = j + 1;
  const clock = CLOCK.exec(norm);
  if (clock) {
    hour = Number(clock[1]);
    minute = clock[2];
  } else if (HOUR.test(norm) && MERIDIEM.has(c.norm(j + 1))) {
    hour = Number(norm);
  } else return undefined;
  const meridiem = MERIDIEM.get(c.norm(k));
  if (meridiem !== undefined) {
    hour = (hour % 12) + meridiem;
    k++;
  } else if (!clock) return undefined;
  if (ZONES.has(c.norm(k))) k++;
  let day = c.dct;
  const wd = WEEKDAYS.get(c.norm(k));
  if (wd !== undefined && c.capitalised(k)) {
    const resolved = resolveWeekday(c.dct, wd, c.tense(start, k + 1));
    day = parseIsoDay(resolved.timex);
    k++;
  }
  const hh = String(hour).padStart(2, '0');
  const timex = `${isoDay(day)}T${hh}${minute === undefined ? '' : `:${minute}`}`;
  return { end: k, type: 'TIME', value: { timex, range: dayValue(day).range! }, rule: 'time.clock' };
}

/** Norms a time expression can start with (besides numbers); other tokens are skipped with one lookup. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...DIRECTIONS.keys(),
  ...NUMBER_WORDS.keys(),
  ...VAGUE_COUNTS,
  ...UNITS.keys(),
  ...REFERENCE_WORDS.keys(),
  ...FREQUENCY_WORDS.keys(),
  ...MODIFIERS,
  'the',
  'recent',
  'yesterday',
  'today',
  'tomorrow',
  'tonight',
  'every',
  'each',
  "'",
]);

function mayStart(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return (c >= 48 && c <= 57) || TRIGGERS.has(norm) || norm.startsWith('mid-');
}

const MATCHERS: readonly ((c: Cursor, j: number, start: number) => Found | undefined)[] = [
  matchClock,
  matchDuration,
  matchRelative,
  matchDeictic,
  matchWeekday,
  matchMonth,
  matchDayMonth,
  matchYear,
  matchSet,
];

/** Every time expression of one sentence, left to right, longest first at each position. */
export function recognizeSentence(tokens: readonly Token[], sentence: Sentence, dct: number): Timex[] {
  const c = new Cursor(tokens, sentence, dct);
  const found: Timex[] = [];
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    if (!mayStart(tokens[i]!.norm)) {
      i++;
      continue;
    }
    let j = i;
    if (c.norm(j) === 'the') j++;
    if (MODIFIERS.has(c.norm(j))) j++;
    if (c.norm(j) === 'the') j++;
    // The prefix may run to the sentence's end ("… at the end of the"): matchers start on a real token.
    j = Math.min(j, sentence.tokenEnd - 1);
    let match: Found | undefined;
    for (let s = j; s >= i && match === undefined; s--) {
      for (const matcher of MATCHERS) {
        match = matcher(c, s, i);
        if (match) break;
      }
      if (match) j = s;
    }
    if (!match) {
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[match.end - 1]!;
    if (match.parts) {
      const token = tokens[j]!;
      for (const part of match.parts) {
        found.push({
          sentence: sentence.index,
          tokenStart: j,
          tokenEnd: j + 1,
          span: { start: token.span.start + part.from, end: token.span.start + part.to },
          type: match.type,
          value: part.value,
          rule: match.rule,
          confidence: match.confidence ?? 0.9,
        });
      }
    } else {
      found.push({
        sentence: sentence.index,
        tokenStart: i,
        tokenEnd: match.end,
        span: { start: first.span.start, end: last.span.end },
        type: match.type,
        value: match.value,
        rule: match.rule,
        confidence: match.confidence ?? 0.9,
      });
    }
    i = match.end;
  }
  return found;
}
