import type { Sentence, TimeExpression, Token } from '../../core/records.js';
import { parseIsoDay } from './calendar.js';
import type { Timex } from './cursor.js';
import { recognizeSentence } from './recognize.js';

/** Every time expression of an article (dates, times, durations, sets), anchored on its date. */
export function recognizeTimes(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  published: string,
): Timex[] {
  const dct = parseIsoDay(published);
  const all: Timex[] = [];
  for (const sentence of sentences)
    for (const timex of recognizeSentence(tokens, sentence, dct)) all.push(timex);
  return all;
}

/**
 * The `times` stage's records: the expressions that denote a stretch of the calendar an event can take as its
 * date (days, weeks, months, seasons, years, and "now" as the article's day). Durations and sets are found
 * too (the eval scores them) but carry no date, so they are not records.
 */
export function extractTimes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  published: string,
): TimeExpression[] {
  const records: TimeExpression[] = [];
  for (const timex of recognizeTimes(tokens, sentences, published)) {
    const range = timex.value.range;
    if (range === undefined || (timex.type !== 'DATE' && timex.type !== 'TIME')) continue;
    records.push({
      sentence: timex.sentence,
      span: timex.span,
      rule: timex.rule,
      confidence: timex.confidence,
      text: text.slice(timex.span.start, timex.span.end),
      value: range,
      timex: timex.value.timex,
    });
  }
  return records;
}
