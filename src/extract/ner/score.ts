// Exact-span NER scoring (conlleval semantics): a predicted entity counts only
// if a gold entity has the same start, end and type. Micro-averaged overall.

import { type Prf, prf } from '../../core/prf.js';
import { entities, type Span } from './spans.js';

export type Counts = Prf;

export interface NerScore {
  overall: Counts;
  /** Per entity type, sorted by type name. */
  byType: Record<string, Counts>;
}

const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;

/**
 * Scores predicted spans against gold spans, item by item (an item is a
 * sentence or a document; spans of different items never match).
 */
export function scoreSpans(
  gold: readonly (readonly Span[])[],
  predicted: readonly (readonly Span[])[],
): NerScore {
  if (gold.length !== predicted.length)
    throw new Error(`gold has ${gold.length} items, predicted ${predicted.length}`);
  const tally = new Map<string, [number, number, number]>();
  const row = (type: string): [number, number, number] => {
    let r = tally.get(type);
    if (r === undefined) {
      r = [0, 0, 0];
      tally.set(type, r);
    }
    return r;
  };
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const p = predicted[i]!;
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const s of p) {
      if (goldKeys.has(key(s))) row(s.type)[0]++;
      else row(s.type)[1]++;
    }
    for (const s of g) if (!predKeys.has(key(s))) row(s.type)[2]++;
  }
  const byType: Record<string, Counts> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const type of [...tally.keys()].sort()) {
    const [a, b, c] = tally.get(type)!;
    byType[type] = prf(a, b, c);
    tp += a;
    fp += b;
    fn += c;
  }
  return { overall: prf(tp, fp, fn), byType };
}

/** scoreSpans over IOB2 tag sequences. */
export function scoreTags(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): NerScore {
  return scoreSpans(gold.map(entities), predicted.map(entities));
}
