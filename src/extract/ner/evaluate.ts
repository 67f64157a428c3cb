// Scoring a tagger on gold documents, the way the training script and
// `sitrep eval ner` both need it.

import type { ConllDoc } from './conll.js';
import type { NerModel } from './model.js';
import { type NerScore, scoreSpans } from './score.js';
import { entities, type Span } from './spans.js';

export interface EvaluateOptions {
  /**
   * Tag each sentence on its own instead of whole documents (no help from
   * other mentions of a name; shows what the document features are worth).
   */
  sentences?: boolean;
}

/** Exact-span scores of `model` on `docs`, counted per sentence. */
export function evaluateDocs(
  model: NerModel,
  docs: readonly ConllDoc[],
  options: EvaluateOptions = {},
): NerScore {
  const gold: Span[][] = [];
  const predicted: Span[][] = [];
  for (const doc of docs) {
    for (let s = 0; s + 1 < doc.bounds.length; s++) {
      const a = doc.bounds[s]!;
      const b = doc.bounds[s + 1]!;
      gold.push(entities(doc.tags.slice(a, b)));
      if (options.sentences === true) predicted.push(entities(model.tag(doc.tokens.slice(a, b))));
    }
    if (options.sentences !== true) {
      const tags = model.tag(doc.tokens, doc.starts);
      for (let s = 0; s + 1 < doc.bounds.length; s++)
        predicted.push(entities(tags.slice(doc.bounds[s], doc.bounds[s + 1])));
    }
  }
  return scoreSpans(gold, predicted);
}
