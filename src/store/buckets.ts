import { type RawBuilder, sql } from 'kysely';
import type { Interval } from './port.js';

/*
 * Time buckets over dates stored as TEXT 'YYYY-MM-DD', computed with integer arithmetic only (substr, cast,
 * +, -, *, / and %, which truncate the same way in SQLite and PostgreSQL), so no dialect needs its own date
 * functions. A day becomes its day number counted from 0000-03-01 of the proleptic Gregorian calendar
 * (a calendar whose years start in March puts the leap day last, which keeps the formula branch-free);
 * numbers stay positive for every year from 1, so truncating division and remainder are safe.
 */

/** Day number of 1970-01-01 in this count, to convert to and from JavaScript time. */
const EPOCH_DAY = 719_468;
const MS_PER_DAY = 86_400_000;

/** The day number of a 'YYYY-MM-DD' date, in JavaScript (the same arithmetic as `dayNumberSql`). */
export function dayNumber(date: string): number {
  const m = Number(date.slice(5, 7));
  const y = Number(date.slice(0, 4)) - (m <= 2 ? 1 : 0);
  const d = Number(date.slice(8, 10));
  const era = Math.trunc(y / 400);
  const yoe = y - era * 400;
  const doy = Math.trunc((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.trunc(yoe / 4) - Math.trunc(yoe / 100) + doy;
}

/** The 'YYYY-MM-DD' date of a day number. */
export function dateOfDayNumber(n: number): string {
  return new Date((n - EPOCH_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The Monday on or before a day number (0000-03-01 was a Wednesday, so Monday is where (n + 2) % 7 = 0). */
export function weekStart(n: number): number {
  return n - ((n + 2) % 7);
}

/** `dayNumber` of a date column, in SQL. */
export function dayNumberSql(column: string): RawBuilder<number> {
  const part = (from: number, length: number) =>
    sql`cast(substr(${sql.ref(column)}, ${sql.lit(from)}, ${sql.lit(length)}) as integer)`;
  const m = part(6, 2);
  const y = sql`(${part(1, 4)} - case when ${m} <= 2 then 1 else 0 end)`;
  const yoe = sql`(${y} % 400)`;
  return sql<number>`((${y} / 400) * 146097 + ${yoe} * 365 + ${yoe} / 4 - ${yoe} / 100 + (153 * ((${m} + 9) % 12) + 2) / 5 + ${part(9, 2)} - 1)`;
}

/**
 * The bucket key of a date column: the date itself for days, 'YYYY-MM' for months, and for weeks the day
 * number of the week's Monday (turned back into a date by `periodStart`).
 */
export function bucketSql(column: string, interval: Interval): RawBuilder<string | number> {
  if (interval === 'day') return sql<string>`${sql.ref(column)}`;
  if (interval === 'month') return sql<string>`substr(${sql.ref(column)}, 1, 7)`;
  const n = dayNumberSql(column);
  return sql<number>`(${n} - (${n} + 2) % 7)`;
}

/** The first day of a bucket, from the key `bucketSql` produced. */
export function periodStart(key: string | number, interval: Interval): string {
  if (interval === 'day') return String(key);
  if (interval === 'month') return `${String(key)}-01`;
  return dateOfDayNumber(Number(key));
}
