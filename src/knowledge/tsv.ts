import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a `YYYY-MM-DD` date. */
export const isIsoDate = (text: string): boolean => DATE.test(text);

/** One data row, with helpers that fail naming the file, line and column. */
export interface Row {
  readonly cells: readonly string[];
  readonly line: number;
  number(column: number, text: string): number;
  /** `text` when it is a `YYYY-MM-DD` date; fails naming the (0-based) column otherwise. */
  date(column: number, text: string): string;
  fail(reason: string): never;
}

/**
 * Rows of a tab-separated knowledge file: `#` lines are comments, blank lines are skipped, and every row must
 * have between `min` and `max` cells.
 */
export function readTable(path: string, min: number, max: number): Row[] {
  const rows: Row[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '' || text.startsWith('#')) return;
    const cells = text.replace(/\r$/, '').split('\t');
    while (cells.length > min && cells.at(-1) === '') cells.pop();
    const fail = (reason: string): never => {
      throw new InputError(path, reason, line);
    };
    if (cells.length < min || cells.length > max)
      fail(`expected ${min === max ? min : `${min} to ${max}`} tab-separated cells, found ${cells.length}`);
    rows.push({
      cells,
      line,
      fail,
      number: (column, value) => {
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n))
          fail(`column ${column + 1}: '${value}' is not a number`);
        return n;
      },
      date: (column, value) => {
        if (!isIsoDate(value)) fail(`column ${column + 1}: '${value}' is not a YYYY-MM-DD date`);
        return value;
      },
    });
  });
  return rows;
}

/** The lines of a word-list file, trimmed, without comments and blank lines. */
export function readLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
