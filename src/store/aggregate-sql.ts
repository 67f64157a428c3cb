import { sql } from 'kysely';
import type { QuadClass } from '../core/codes.js';
import { countWhen } from './sql.js';

// What the aggregations share: numbers as the drivers return them, means, QuadClass counts.

export type Numeric = number | string | bigint | null;
export const num = (value: Numeric): number => (value === null ? 0 : Number(value));
/** Sums of doubles differ in the last bits between databases; three decimals is what a person reads. */
export const round3 = (value: number): number => Math.round(value * 1000) / 1000;
export const mean = (sum: Numeric, count: Numeric): number =>
  num(count) === 0 ? 0 : round3(num(sum) / num(count));

export interface QuadCounts {
  q1: Numeric;
  q2: Numeric;
  q3: Numeric;
  q4: Numeric;
}
export const quadClassOf = (row: QuadCounts): Record<QuadClass, number> => ({
  1: num(row.q1),
  2: num(row.q2),
  3: num(row.q3),
  4: num(row.q4),
});
/** The per-QuadClass counts as select items over a column that holds the quad class. */
export const quadCountsOf = (column: string) =>
  [
    countWhen(column, 1).as('q1'),
    countWhen(column, 2).as('q2'),
    countWhen(column, 3).as('q3'),
    countWhen(column, 4).as('q4'),
  ] as const;
export const countAll = sql<Numeric>`count(*)`;
export const sumOf = (column: string) => sql<Numeric>`sum(${sql.ref(column)})`;
export const maxOf = (column: string) => sql<string>`max(${sql.ref(column)})`;
export const zero = sql<Numeric>`0`;
