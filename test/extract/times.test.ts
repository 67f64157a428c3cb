import { describe, expect, it } from 'vitest';
import { dayNumber, isoWeek, parseIsoDay, weekValue } from '../../src/extract/times/calendar.js';
import { recognizeTimes } from '../../src/extract/times/extract.js';
import { record } from './helpers.js';

/** The one time expression of a sentence in an article of Saturday 2022-01-22. */
function only(text: string, date = '2022-01-22') {
  const times = record(text, date, 'times').times;
  expect(times.map((t) => t.text)).toHaveLength(1);
  return times[0]!;
}

function timexes(text: string, date = '2022-01-22') {
  const r = record(text, date, 'nlp');
  return recognizeTimes(r.tokens, r.sentences, date).map((t) => ({
    text: text.slice(t.span.start, t.span.end),
    type: t.type,
    value: t.value.timex,
  }));
}

describe('calendar', () => {
  it('numbers ISO weeks by their Thursday', () => {
    expect(isoWeek(dayNumber(2022, 1, 22))).toEqual({ year: 2022, week: 3 });
    expect(isoWeek(dayNumber(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(dayNumber(2024, 12, 30))).toEqual({ year: 2025, week: 1 });
  });

  it('gives a week as Monday to Sunday', () => {
    expect(weekValue(parseIsoDay('2022-01-26'))).toEqual({
      timex: '2022-W04',
      range: { from: '2022-01-24', to: '2022-01-30', precision: 'week' },
    });
  });
});

describe('weekdays take their date from the tense of their clause', () => {
  it('past: the most recent such day on or before the article date', () => {
    expect(only('Blinken met Lavrov in Geneva on Friday.').value).toEqual({
      from: '2022-01-21',
      to: '2022-01-21',
      precision: 'day',
    });
    expect(only('He said Saturday that talks would go on.').timex).toBe('2022-01-22');
  });

  it('future: the first such day on or after it', () => {
    expect(only('The ministers will meet again on Friday.').timex).toBe('2022-01-28');
    expect(only('The vote is expected to take place on Tuesday.').timex).toBe('2022-01-25');
  });

  it('last and next are strict', () => {
    expect(only('They met last Saturday.').timex).toBe('2022-01-15');
    expect(only('They meet next Saturday.').timex).toBe('2022-01-29');
  });
});

describe('relative expressions', () => {
  it('"next week" is the ISO week after the article\'s, with week precision', () => {
    const t = only('The US will reply in writing next week.');
    expect(t.value).toEqual({ from: '2022-01-24', to: '2022-01-30', precision: 'week' });
    expect(t.timex).toBe('2022-W04');
  });

  it('"earlier this week", "last month", "this year", "yesterday"', () => {
    expect(only('Talks collapsed earlier this week.').timex).toBe('2022-W03');
    expect(only('Troops arrived last month.').value).toEqual({
      from: '2021-12-01',
      to: '2021-12-31',
      precision: 'month',
    });
    expect(only('Exports fell this year.').value.precision).toBe('year');
    expect(only('The talks ended yesterday.').timex).toBe('2022-01-21');
  });

  it('"N units ago" counts back from the article date', () => {
    expect(only('The crisis began two years ago.').timex).toBe('2020');
    expect(only('He left three weeks ago.').timex).toBe('2021-W52');
  });
});

describe('months and dates', () => {
  it('a month name alone: past tense reads back, future forward', () => {
    expect(only('Russia massed troops in March.').timex).toBe('2021-03');
    expect(only('NATO will meet in March.').timex).toBe('2022-03');
  });

  it('a day with no year takes the year its tense points to', () => {
    expect(only('The summit will be held on Feb. 24.').timex).toBe('2022-02-24');
    expect(only('The deal was signed on Feb. 24.').timex).toBe('2021-02-24');
    expect(only('The deal was signed on Feb. 24, 2014.').timex).toBe('2014-02-24');
    expect(only('The talks began on 10 January.').timex).toBe('2022-01-10');
  });

  it('years, decades and centuries carry year precision', () => {
    expect(only('The treaty dates from 1997.').value).toEqual({
      from: '1997-01-01',
      to: '1997-12-31',
      precision: 'year',
    });
    const decade = only('The border was drawn in the 1990s.');
    expect(decade.timex).toBe('199');
    expect(decade.value).toEqual({ from: '1990-01-01', to: '1999-12-31', precision: 'year' });
    expect(only('It was the bloodiest war of the 20th century.').timex).toBe('19');
  });
});

describe('durations, sets and references are found but carry no date', () => {
  it('values them the TIMEX3 way', () => {
    expect(timexes('The war lasted three years and the siege 90 days.')).toEqual([
      { text: 'three years', type: 'DURATION', value: 'P3Y' },
      { text: '90 days', type: 'DURATION', value: 'P90D' },
    ]);
    expect(timexes('Tensions are at their highest in years.')).toEqual([
      { text: 'years', type: 'DURATION', value: 'PXY' },
    ]);
    expect(timexes('Inspectors visit every week.')).toEqual([
      { text: 'every week', type: 'SET', value: 'P1W' },
    ]);
    expect(timexes('Talks are now under way.')).toEqual([
      { text: 'now', type: 'DATE', value: 'PRESENT_REF' },
    ]);
  });

  it('leaves ages and common words alone', () => {
    expect(timexes('His 22-year-old son found him.')).toEqual([]);
    expect(timexes('Children 6 months and older may be vaccinated.')).toEqual([]);
    expect(timexes('Officials may march on the capital.')).toEqual([]);
  });

  it('copes with a sentence that ends where an expression could start', () => {
    for (const text of ['It was early the', 'Since the', 'Every', 'They came in the late', "'", 'last'])
      expect(() => timexes(text)).not.toThrow();
  });

  it('keeps only dated expressions as records, with their evidence', () => {
    const r = record('The siege lasted 90 days and ended on Friday.', '2022-01-22', 'times');
    expect(r.times).toHaveLength(1);
    expect(r.times[0]).toMatchObject({
      text: 'Friday',
      sentence: 0,
      rule: 'time.weekday',
      timex: '2022-01-21',
    });
    const t = r.times[0]!;
    expect(r.article.text.slice(t.span.start, t.span.end)).toBe('Friday');
  });
});
