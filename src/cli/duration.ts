import { UsageError } from '../core/errors.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A duration such as 500ms, 30s, 15m, 1h or 1.5h (a bare number is seconds), in milliseconds. */
export function parseDuration(value: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i.exec(value.trim());
  const unit = m ? UNIT_MS[(m[2] ?? 's').toLowerCase()] : undefined;
  const ms = m && unit !== undefined ? Math.round(Number(m[1]) * unit) : Number.NaN;
  if (!(ms > 0)) throw new UsageError(`${flag}: '${value}' is not a duration (e.g. 30s, 15m, 1h)`);
  return ms;
}

/** Whole seconds, at least one: what pg-boss takes for timeouts and delays. */
export function parseSeconds(value: string, flag: string): number {
  return Math.max(1, Math.round(parseDuration(value, flag) / 1000));
}
