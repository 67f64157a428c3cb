import { dayValue, isoDay } from './calendar.js';
import type { Cursor, Found } from './cursor.js';
import { dayOrPart, matchWeekday } from './dates.js';
import { DIRECTIONS, MONTHS, PARTS_OF_DAY, REFERENCE_WORDS, SEASONS } from './lexicon.js';
import { resolveMonth, resolveRelativeUnit, resolveSeason } from './resolve.js';

/** this/last/next + a unit, weekday, month or season: "next week", "last July", "this fiscal year". */
export function matchRelative(c: Cursor, j: number, start: number): Found | undefined {
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
export function matchDeictic(c: Cursor, j: number): Found | undefined {
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
