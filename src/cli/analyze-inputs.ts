import { analyze } from '../analyze.js';
import type { Analysis } from '../core/analysis.js';
import { describeRejection } from '../core/article.js';
import type { StageName } from '../core/codes.js';
import { prepareArticle } from '../ingest/prepare.js';
import { readInputs } from '../ingest/read.js';
import { knowledge } from './context.js';
import type { Io } from './io.js';

export interface AnalyzeInputsOptions {
  readonly date?: string;
  readonly until?: StageName;
  /** `--kb` layer folders (else `$SITREP_KB`). */
  readonly kb?: readonly string[] | undefined;
}

/**
 * Analyses every article in `paths` without storing it, for commands that look at files directly
 * (`analyze`, `actors FILE`, `explain`, `events FILE`). Rejections are printed; the count is returned.
 */
export async function analyzeInputs(
  paths: readonly string[],
  io: Io,
  options: AnalyzeInputsOptions,
  each: (analysis: Analysis) => void,
): Promise<{ rejected: number }> {
  const kb = knowledge(options.kb);
  let rejected = 0;
  for await (const item of readInputs(paths, {
    maxBytes: 50e6,
    stdin: io.stdin,
    ...(options.date !== undefined && { date: options.date }),
  })) {
    const prepared = item.kind === 'rejection' ? item : prepareArticle(item, options.date);
    if ('kind' in prepared) {
      rejected++;
      io.err(`rejected ${describeRejection(prepared)}\n`);
      continue;
    }
    each(analyze(prepared, kb, options.until === undefined ? {} : { until: options.until }));
  }
  return { rejected };
}
