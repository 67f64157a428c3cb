import { analyze } from '../analyze.js';
import type { RawArticle, Rejection } from '../core/article.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { SaveStatus, Store } from '../store/port.js';
import { prepareArticle } from './prepare.js';

export interface IngestOptions {
  readonly force?: boolean;
  readonly defaultDate?: string;
}

/** What happened to one input: stored (new, replaced or unchanged) or rejected with a reason. */
export type IngestOutcome =
  | {
      readonly kind: 'saved';
      readonly status: SaveStatus;
      readonly id: string;
      readonly words: number;
      readonly file: string;
    }
  | { readonly kind: 'rejected'; readonly rejection: Rejection };

export interface IngestSummary {
  stored: number;
  replaced: number;
  unchanged: number;
  rejected: number;
  words: number;
}

export function emptySummary(): IngestSummary {
  return { stored: 0, replaced: 0, unchanged: 0, rejected: 0, words: 0 };
}

/**
 * Analyses and stores each article as it arrives. An article already stored is not analysed again unless
 * `force`; a rejected input is reported and the batch goes on. Each article is written in one transaction.
 */
export async function ingestOne(
  item: RawArticle | Rejection,
  store: Store,
  knowledge: Knowledge,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  if (item.kind === 'rejection') return { kind: 'rejected', rejection: item };
  const prepared = prepareArticle(item, options.defaultDate);
  if ('kind' in prepared) return { kind: 'rejected', rejection: prepared };
  const file = item.origin.file;
  if (!options.force && (await store.hasArticle(prepared.id))) {
    return { kind: 'saved', status: 'unchanged', id: prepared.id, words: 0, file };
  }
  const analysis = analyze(prepared, knowledge);
  const status = await store.saveAnalysis(analysis, { force: options.force ?? false });
  return { kind: 'saved', status, id: prepared.id, words: analysis.tokens.length, file };
}

export function tally(summary: IngestSummary, outcome: IngestOutcome): void {
  if (outcome.kind === 'rejected') {
    summary.rejected++;
    return;
  }
  summary[outcome.status]++;
  summary.words += outcome.words;
}
