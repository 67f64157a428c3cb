import { z } from 'zod';
import { groupConll } from '../extract/ner/conll.js';
import { evaluateDocs } from '../extract/ner/evaluate.js';
import { loadModel } from '../extract/ner/weights.js';
import { readGold } from './gold.js';
import type { EvalReport } from './report.js';
import type { ScoreOptions, Scorer } from './scorer.js';

const GoldSentence = z.object({
  doc: z.number(),
  tokens: z.array(z.string()),
  tags: z.array(z.string()),
});

/**
 * Named entities on CoNLL-2003: exact-span precision, recall and F1 per type and overall (conlleval
 * semantics), with the tagger reading whole documents as it does in the pipeline.
 */
export const nerScorer: Scorer = {
  name: 'ner',
  description: 'named entities (PER, ORG, LOC, MISC): exact-span P/R/F1 per type and overall',
  sets: {
    conll2003: 'data/_jsonl/conll2003.jsonl',
    conllpp: 'data/_jsonl/conllpp.jsonl',
    valid: 'data/_jsonl/conll2003_valid.jsonl',
  },
  async score(goldPath: string, options: ScoreOptions): Promise<EvalReport> {
    let sentences = await readGold(goldPath, GoldSentence);
    if (options.limit !== undefined) sentences = sentences.slice(0, options.limit);
    const score = evaluateDocs(loadModel(), groupConll(sentences));
    const types = Object.keys(score.byType).sort();
    const metrics: Record<string, number> = {
      precision: score.overall.precision,
      recall: score.overall.recall,
      f1: score.overall.f1,
    };
    for (const type of types) metrics[`f1_${type}`] = score.byType[type]!.f1;
    return {
      scorer: 'ner',
      gold: goldPath,
      records: sentences.length,
      metrics,
      breakdown: {
        headers: ['type', 'gold', 'found', 'correct', 'precision', 'recall', 'f1'],
        rows: [...types.map((t) => [t, score.byType[t]!] as const), ['all', score.overall] as const].map(
          ([t, c]) => [
            t,
            c.tp + c.fn,
            c.tp + c.fp,
            c.tp,
            (c.precision * 100).toFixed(1),
            (c.recall * 100).toFixed(1),
            (c.f1 * 100).toFixed(1),
          ],
        ),
      },
      notes: ['the shipped averaged-perceptron tagger (data/models/ner), no gazetteer, whole documents'],
    };
  },
};
