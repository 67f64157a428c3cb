import type { Sentence, Token } from '../../core/records.js';
import { matchClock } from './clock.js';
import { Cursor, type Found, type Timex } from './cursor.js';
import { MODIFIERS, matchDayMonth, matchMonth, matchWeekday, matchYear } from './dates.js';
import {
  DIRECTIONS,
  FREQUENCY_WORDS,
  MONTHS,
  NUMBER_WORDS,
  REFERENCE_WORDS,
  UNITS,
  VAGUE_COUNTS,
  WEEKDAYS,
} from './lexicon.js';
import { matchDuration, matchSet } from './quantities.js';
import { matchDeictic, matchRelative } from './relative.js';

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
