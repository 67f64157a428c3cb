/** Precision, recall and F1 from counts; 0 where undefined, so reports never print NaN. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

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
