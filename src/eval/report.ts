export { type Prf, prf } from '../core/prf.js';

/** What a scorer returns: headline metrics, optional rows of a breakdown table, and notes on the run. */
export interface EvalReport {
  readonly scorer: string;
  readonly gold: string;
  readonly records: number;
  readonly metrics: Readonly<Record<string, number>>;
  readonly breakdown?: {
    readonly headers: readonly string[];
    readonly rows: readonly (readonly (string | number)[])[];
  };
  readonly notes?: readonly string[];
}

export function percent(x: number): string {
  return (x * 100).toFixed(1);
}
