import { describe, expect, it } from 'vitest';
import { isCalendarDay, parseDate } from '../../src/ingest/dates.js';

describe('parseDate', () => {
  it.each([
    ['2022-01-22', '2022-01-22'],
    ['  2022-01-22 ', '2022-01-22'],
    ['1987-02-26T15:01:01Z', '1987-02-26'],
    ['2022-01-22T23:30:00-05:00', '2022-01-22'],
    ['2022-01-22T10:00:00.123+0100', '2022-01-22'],
    ['2022-01-22 10:00', '2022-01-22'],
    ['2022/01/22', '2022-01-22'],
    ['2022/1/5', '2022-01-05'],
    ['Jan 22, 2022', '2022-01-22'],
    ['Jan. 22, 2022', '2022-01-22'],
    ['January 22 2022', '2022-01-22'],
    ['Sept 3, 2021', '2021-09-03'],
    ['22 January 2022', '2022-01-22'],
    ['22nd Jan 2022', '2022-01-22'],
    ['Saturday, January 22, 2022', '2022-01-22'],
    ['Sat, 22 Jan 2022 10:00:00 GMT', '2022-01-22'],
    ['Jan 22, 2022, 10:05 a.m. ET', '2022-01-22'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['yesterday', 'not a date'],
    ['2022-02-30', 'no such day'],
    ['2022-13-01', 'no such month'],
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'century, not a leap year'],
    ['2022-00-10', 'month zero'],
    ['2022-01-00', 'day zero'],
    ['01/02/2022', 'ambiguous day and month order'],
    ['22 Foo 2022', 'unknown month'],
    ['Jan 32, 2022', 'no such day'],
    ['2022-01-22T', 'truncated timestamp'],
    ['2022-1-22', 'ISO needs two-digit months'],
    ['2022-01-22 and more', 'trailing words'],
  ])('rejects %j (%s)', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });

  it('validates calendar days', () => {
    expect(isCalendarDay(2022, 4, 30)).toBe(true);
    expect(isCalendarDay(2022, 4, 31)).toBe(false);
    expect(isCalendarDay(2022, 12, 31)).toBe(true);
    expect(isCalendarDay(2022, 1, 1.5)).toBe(false);
  });
});
