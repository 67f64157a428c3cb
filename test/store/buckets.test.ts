import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber, periodStart, weekStart } from '../../src/store/buckets.js';

describe('date buckets', () => {
  it('numbers days so that consecutive dates differ by one, over four centuries', () => {
    let previous = dayNumber('1900-01-01');
    const day = new Date(Date.UTC(1900, 0, 2));
    for (let i = 0; i < 146_097; i++, day.setUTCDate(day.getUTCDate() + 1)) {
      const date = day.toISOString().slice(0, 10);
      const n = dayNumber(date);
      if (n !== previous + 1) throw new Error(`${date}: ${n} after ${previous}`);
      if (dateOfDayNumber(n) !== date) throw new Error(`${date} comes back as ${dateOfDayNumber(n)}`);
      previous = n;
    }
  });

  it('starts weeks on Monday', () => {
    const check = (date: string) => {
      const monday = periodStart(weekStart(dayNumber(date)), 'week');
      expect(new Date(`${monday}T00:00:00Z`).getUTCDay(), date).toBe(1);
      expect(dayNumber(date) - dayNumber(monday), date).toBeLessThan(7);
      return monday;
    };
    expect(check('2022-01-21')).toBe('2022-01-17');
    expect(check('2022-01-17')).toBe('2022-01-17');
    expect(check('2022-01-16')).toBe('2022-01-10');
    expect(check('2022-01-01')).toBe('2021-12-27');
    expect(check('2000-02-29')).toBe('2000-02-28');
  });

  it('names months by their first day', () => {
    expect(periodStart('2022-02', 'month')).toBe('2022-02-01');
    expect(periodStart('2022-02-24', 'day')).toBe('2022-02-24');
  });
});
