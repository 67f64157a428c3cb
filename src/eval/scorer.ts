import type { EvalReport } from './report.js';

/** A scorer compares one component's output with a gold set in the shape of a `shared/data/_jsonl` file. */
export interface Scorer {
  readonly name: string;
  readonly description: string;
  /** Named gold sets, relative to the shared folder; the first is the default. */
  readonly sets: Readonly<Record<string, string>>;
  /** Whether `ScoreOptions.layers` (`--kb`) changes what it scores. */
  readonly usesLayers?: boolean;
  score(goldPath: string, options: ScoreOptions): Promise<EvalReport>;
}

export interface ScoreOptions {
  /** Score at most this many gold records (quick checks). */
  readonly limit?: number;
  /** Knowledge layer folders extending the built-in knowledge (`--kb`), in order. */
  readonly layers?: readonly string[];
}
