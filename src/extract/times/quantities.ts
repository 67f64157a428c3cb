import type { Token } from '../../core/records.js';
import type { Cursor, Found } from './cursor.js';
import {
  FREQUENCY_WORDS,
  NUMBER_WORDS,
  PARTS_OF_DAY,
  PLURAL_UNITS,
  UNITS,
  type Unit,
  VAGUE_COUNTS,
  WEEKDAYS,
} from './lexicon.js';
import { resolveAgo } from './resolve.js';

/** Words that open a duration with no number: "the past several months", "recent weeks", "the next decade". */
const DURATION_DIRECTIONS = new Set([
  'past',
  'last',
  'next',
  'coming',
  'following',
  'recent',
  'previous',
  'first',
]);
/** Words before a bare plural unit that make it a duration: "for years", "within minutes". */
const DURATION_LEADS = new Set(['for', 'within', 'over', 'in', 'of', 'during', 'after', 'lasting', 'than']);
/** Words after a bare plural unit that make it a duration: "minutes before", "days later". */
const DURATION_TAILS = new Set(['before', 'after', 'later', 'earlier', 'ago']);
const NUMERAL = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+$/;

function numberOf(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (NUMERAL.test(token.norm)) return Number(token.norm.replaceAll(',', ''));
  const word = NUMBER_WORDS.get(token.norm);
  return word !== undefined && token.norm !== 'a' && token.norm !== 'an' ? word : undefined;
}

/** The TIMEX3 period: P3M, PT24H, P10Y for "a decade", PXY for "years", PXDE for "decades". */
function period(count: number | 'X', unit: Unit, unitWord: string): string {
  const t = unit.time ? 'T' : '';
  if (count === 'X') {
    const letter = unit.scale === 10 ? 'DE' : unit.scale === 100 ? 'CE' : unit.letter;
    return `P${t}X${letter}`;
  }
  void unitWord;
  return `P${t}${count * unit.scale}${unit.letter}`;
}

/** Durations ("three years", "a decade", "the past several months", "four-week") and "N units ago". */
export function matchDuration(c: Cursor, j: number, start: number): Found | undefined {
  let k = j;
  const direction = DURATION_DIRECTIONS.has(c.norm(k)) ? c.norm(k++) : undefined;
  let count: number | 'X' | undefined;
  const first = c.norm(k);
  if (first === 'a' || first === 'an') {
    if (c.norm(k + 1) === 'few') {
      count = 'X';
      k += 2;
    } else if (c.norm(k + 1) === 'couple' && c.norm(k + 2) === 'of') {
      count = 'X';
      k += 3;
    } else if (c.token(k + 1)?.pos === 'ADJ' && numberOf(c.token(k + 2)) !== undefined) {
      count = numberOf(c.token(k + 2));
      k += 3;
    } else {
      count = 1;
      k++;
    }
  } else if (VAGUE_COUNTS.has(first)) {
    count = 'X';
    k++;
  } else {
    const n = numberOf(c.token(k));
    if (n !== undefined) {
      count = n;
      k++;
    }
  }
  if (count !== undefined && c.norm(k) === '-') k++;
  const unitWord = c.norm(k);
  const unit = UNITS.get(unitWord);
  if (unit === undefined) return undefined;
  if (count === undefined) {
    if (!PLURAL_UNITS.has(unitWord)) return undefined;
    if (direction === undefined && !DURATION_LEADS.has(c.norm(j - 1)) && !DURATION_TAILS.has(c.norm(k + 1)))
      return undefined;
    count = 'X';
  }
  k++;
  // An age ("22-year-old", "6 months and older") is a property of a person, not a stretch of time.
  if (c.norm(k) === '-' && c.norm(k + 1) === 'old') return undefined;
  if (c.norm(k) === 'old' || c.norm(k) === 'older' || (c.norm(k) === 'and' && c.norm(k + 1) === 'older'))
    return undefined;
  if (c.norm(k) === 'ago') {
    if (count === 'X')
      return { end: k + 1, type: 'DATE', value: { timex: 'PAST_REF' }, rule: 'time.vague-ago' };
    const singular = unitWord === 'centuries' ? 'century' : unitWord.replace(/s$/, '');
    const value = resolveAgo(c.dct, count, singular);
    return value && { end: k + 1, type: 'DATE', value, rule: 'time.ago' };
  }
  void start;
  return { end: k, type: 'DURATION', value: { timex: period(count, unit, unitWord) }, rule: 'time.duration' };
}

/** Sets: "every morning", "each year", "every Friday", "annually". */
export function matchSet(c: Cursor, j: number): Found | undefined {
  const norm = c.norm(j);
  const frequency = FREQUENCY_WORDS.get(norm);
  if (frequency !== undefined && c.token(j)!.pos === 'ADV')
    return { end: j + 1, type: 'SET', value: { timex: frequency }, rule: 'time.frequency' };
  if (norm !== 'every' && norm !== 'each') return undefined;
  const next = c.norm(j + 1);
  const unit = UNITS.get(next);
  if (unit !== undefined && !PLURAL_UNITS.has(next))
    return { end: j + 2, type: 'SET', value: { timex: period(1, unit, next) }, rule: 'time.set' };
  const wd = WEEKDAYS.get(next);
  if (wd !== undefined)
    return { end: j + 2, type: 'SET', value: { timex: `XXXX-WXX-${wd}` }, rule: 'time.set' };
  const part = PARTS_OF_DAY.get(next);
  if (part !== undefined)
    return { end: j + 2, type: 'SET', value: { timex: `XXXX-XX-XXT${part}` }, rule: 'time.set' };
  return undefined;
}
