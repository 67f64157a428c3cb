import { UsageError } from '../core/errors.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD option that names a real calendar day. */
export function parseDateOption(value: string, flag: string): string {
  const m = DATE.exec(value);
  if (m) {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (date.toISOString().slice(0, 10) === value) return value;
  }
  throw new UsageError(`${flag}: '${value}' is not a date (YYYY-MM-DD)`);
}

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1e3, k: 1e3, mb: 1e6, m: 1e6, gb: 1e9, g: 1e9 };

/** A size such as 10MB, 500kb or 2000000. */
export function parseSize(value: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new UsageError(`${flag}: '${value}' is not a size (e.g. 10MB)`);
  return Math.round(Number(m[1]) * unit);
}

export function parseCount(value: string, flag: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`${flag}: '${value}' is not a whole number ≥ ${min}`);
  return n;
}
