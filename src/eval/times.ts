import { z } from 'zod';
import { analyze } from '../analyze.js';
import { articleId } from '../core/identity.js';
import type { Timex } from '../extract/times/cursor.js';
import { recognizeTimes } from '../extract/times/extract.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { readGold } from './gold.js';
import { codePointToUnit } from './offsets.js';
import { type EvalReport, prf } from './report.js';
import type { ScoreOptions, Scorer } from './scorer.js';

const GoldTimex = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
});

const GoldDocument = z.object({
  doc_id: z.string(),
  dct: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected a date YYYY-MM-DD'),
  text: z.string(),
  timexes: z.array(GoldTimex),
});
type GoldDocument = z.infer<typeof GoldDocument>;

interface Tally {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  value: number;
  type: number;
}

const empty = (): Tally => ({ gold: 0, system: 0, relaxed: 0, strict: 0, value: 0, type: 0 });

/** One document's expressions, found by the pipeline on the document's text with its creation time. */
export function timexesOf(doc: { readonly text: string; readonly dct: string }): Timex[] {
  const published = doc.dct.slice(0, 10);
  const article = { id: articleId(doc.text, published), published, text: doc.text, lang: 'en' };
  const record = analyze(article, loadKnowledge(), { until: 'nlp' });
  return recognizeTimes(record.tokens, record.sentences, published);
}

export interface TimexComparison {
  readonly gold?: { readonly text: string; readonly type: string; readonly value: string };
  readonly system?: { readonly text: string; readonly type: string; readonly value: string };
}

/**
 * Pairs gold and system expressions of one document: a gold expression matches the first unpaired system
 * expression whose span overlaps it (TempEval-3's relaxed match).
 */
export function compareDocument(
  doc: GoldDocument,
  found: readonly Timex[],
  tally: Tally,
  byType: Map<string, Tally>,
): TimexComparison[] {
  const toUnit = codePointToUnit(doc.text);
  const used = new Set<number>();
  const rows: TimexComparison[] = [];
  const typeTally = (type: string): Tally => {
    const known = byType.get(type);
    if (known) return known;
    const fresh = empty();
    byType.set(type, fresh);
    return fresh;
  };
  tally.system += found.length;
  for (const s of found) typeTally(s.type).system++;
  for (const gold of doc.timexes) {
    const start = toUnit(gold.start);
    const end = toUnit(gold.end);
    const t = typeTally(gold.type);
    tally.gold++;
    t.gold++;
    const k = found.findIndex((s, idx) => !used.has(idx) && s.span.start < end && start < s.span.end);
    const goldView = { text: gold.text, type: gold.type, value: gold.value };
    if (k < 0) {
      rows.push({ gold: goldView });
      continue;
    }
    used.add(k);
    const s = found[k]!;
    for (const x of [tally, t]) {
      x.relaxed++;
      if (s.span.start === start && s.span.end === end) x.strict++;
      if (s.value.timex === gold.value) x.value++;
      if (s.type === gold.type) x.type++;
    }
    rows.push({
      gold: goldView,
      system: { text: doc.text.slice(s.span.start, s.span.end), type: s.type, value: s.value.timex },
    });
  }
  found.forEach((s, idx) => {
    if (!used.has(idx))
      rows.push({
        system: { text: doc.text.slice(s.span.start, s.span.end), type: s.type, value: s.value.timex },
      });
  });
  return rows;
}

/** F1 of an attribute the TempEval-3 way: correct attributes over system and over gold expressions. */
function attributeF1(correct: number, t: Tally): number {
  return prf(correct, t.system - correct, t.gold - correct).f1;
}

export async function scoreTimes(
  goldPath: string,
  options: ScoreOptions = {},
): Promise<EvalReport & { readonly comparisons: TimexComparison[][] }> {
  let docs = await readGold(goldPath, GoldDocument);
  if (options.limit !== undefined) docs = docs.slice(0, options.limit);
  const tally = empty();
  const byType = new Map<string, Tally>();
  const comparisons = docs.map((doc) => compareDocument(doc, timexesOf(doc), tally, byType));
  const relaxed = prf(tally.relaxed, tally.system - tally.relaxed, tally.gold - tally.relaxed);
  const strict = prf(tally.strict, tally.system - tally.strict, tally.gold - tally.strict);
  return {
    scorer: 'times',
    gold: goldPath,
    records: docs.length,
    metrics: {
      gold_timexes: tally.gold,
      system_timexes: tally.system,
      extraction_precision: relaxed.precision,
      extraction_recall: relaxed.recall,
      extraction_f1: relaxed.f1,
      strict_f1: strict.f1,
      value_f1: attributeF1(tally.value, tally),
      type_f1: attributeF1(tally.type, tally),
      value_accuracy_on_matched: tally.relaxed === 0 ? 0 : tally.value / tally.relaxed,
    },
    breakdown: {
      headers: ['gold type', 'gold', 'found', 'matched', 'value right'],
      rows: [...byType.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, t]) => [type, t.gold, t.system, t.relaxed, t.value]),
    },
    notes: [
      'extraction = relaxed match (spans overlap), as in TempEval-3 Task A; strict = identical spans',
      'value F1 = F1 of matched expressions whose TIMEX3 value equals the gold string exactly (TempEval-3: relaxed F1 × value accuracy)',
      'durations (P3M, PXY) and sets are extracted and scored like dates; "found" counts system expressions by their own type',
      'anchors: HeidelTime 77.61 and SUTime 67.38 value F1 on this set',
    ],
    comparisons,
  };
}

export const timesScorer: Scorer = {
  name: 'times',
  description: 'time expressions: extraction F1 and TIMEX3 value F1',
  sets: { tempeval3: 'data/_jsonl/tempeval3_platinum.jsonl' },
  score: async (goldPath, options) => {
    const { comparisons: _, ...report } = await scoreTimes(goldPath, options);
    return report;
  },
};
