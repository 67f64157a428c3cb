import { z } from 'zod';
import { analyze } from '../analyze.js';
import { articleId } from '../core/identity.js';
import { distanceKm } from '../extract/places/distance.js';
import { resolveSpans } from '../extract/places/gold-spans.js';
import { gazetteer } from '../knowledge/gazetteer.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { geoMetrics, MAX_ERROR_KM } from './geo-metrics.js';
import { readGold } from './gold.js';
import { codePointToUnit } from './offsets.js';
import { type EvalReport, prf } from './report.js';
import type { ScoreOptions, Scorer } from './scorer.js';

// Offsets may be negative where the source's were broken; those spans carry `offset_ok: false` and are skipped.
const GoldToponym = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  type: z.string().nullable().optional(),
  offset_ok: z.boolean().optional(),
});

const GoldArticle = z.object({
  doc_id: z.union([z.string(), z.number()]),
  date: z.string().nullable().optional(),
  text: z.string(),
  toponyms: z.array(GoldToponym),
});
type GoldArticle = z.infer<typeof GoldArticle>;
type GoldToponym = z.infer<typeof GoldToponym>;

/**
 * GeoWebNews marks common-noun locations ("the city", "*_Expression") and non-toponyms too; those are not
 * place names, so they are left out, as the set's README advises. LGL has no types: every span counts.
 */
function isToponym(t: GoldToponym): boolean {
  if (t.offset_ok === false || t.start < 0 || t.end <= t.start) return false;
  const type = t.type ?? undefined;
  return type === undefined || !(type.endsWith('_Expression') || type === 'Non_Toponym');
}

const hasCoordinates = (t: GoldToponym): t is GoldToponym & { lat: number; lon: number } =>
  typeof t.lat === 'number' && typeof t.lon === 'number';

interface ArticleScore {
  readonly goldSpanErrors: number[];
  /** The same, with spans placed only by the article-centre fallback counted as unresolved. */
  readonly gazetteerOnlyErrors: number[];
  fallback: number;
  readonly endToEndErrors: number[];
  tp: number;
  fp: number;
  fn: number;
  unresolved: number;
}

function scoreArticle(doc: GoldArticle, score: ArticleScore): void {
  const published = /^\d{4}-\d{2}-\d{2}/.test(doc.date ?? '') ? doc.date!.slice(0, 10) : '2000-01-01';
  const article = { id: articleId(doc.text, published), published, text: doc.text, lang: 'en' };
  const knowledge = loadKnowledge();
  const record = analyze(article, knowledge, { until: 'places' });
  const toUnit = codePointToUnit(doc.text);
  const gold = doc.toponyms
    .filter(isToponym)
    .map((t) => ({ ...t, start: toUnit(t.start), end: toUnit(t.end) }));

  // Gold spans: resolve exactly the spans the annotators marked.
  const located = gold.filter(hasCoordinates);
  const resolved = resolveSpans(record.tokens, record.sentences, located, gazetteer(knowledge));
  located.forEach((t, i) => {
    const r = resolved[i];
    if (!r) score.unresolved++;
    const error = r ? distanceKm(t.lat, t.lon, r.entry.lat, r.entry.lon) : MAX_ERROR_KM;
    score.goldSpanErrors.push(error);
    const fallback = r?.rule === 'place.article-centre';
    if (fallback) score.fallback++;
    score.gazetteerOnlyErrors.push(fallback ? MAX_ERROR_KM : error);
  });

  // End to end: our own detection, matched to gold spans by overlap.
  const used = new Set<number>();
  for (const place of record.places) {
    const k = gold.findIndex(
      (g, idx) => !used.has(idx) && g.start < place.span.end && place.span.start < g.end,
    );
    if (k < 0) {
      score.fp++;
      continue;
    }
    used.add(k);
    score.tp++;
    const g = gold[k]!;
    if (hasCoordinates(g)) score.endToEndErrors.push(distanceKm(g.lat, g.lon, place.lat, place.lon));
  }
  score.fn += gold.length - used.size;
}

export async function scorePlaces(goldPath: string, options: ScoreOptions = {}): Promise<EvalReport> {
  let docs = await readGold(goldPath, GoldArticle);
  if (options.limit !== undefined) docs = docs.slice(0, options.limit);
  const score: ArticleScore = {
    goldSpanErrors: [],
    gazetteerOnlyErrors: [],
    fallback: 0,
    endToEndErrors: [],
    tp: 0,
    fp: 0,
    fn: 0,
    unresolved: 0,
  };
  for (const doc of docs) scoreArticle(doc, score);
  const goldSpans = geoMetrics(score.goldSpanErrors);
  const endToEnd = geoMetrics(score.endToEndErrors);
  const detection = prf(score.tp, score.fp, score.fn);
  return {
    scorer: 'places',
    gold: goldPath,
    records: docs.length,
    metrics: {
      gold_span_toponyms: score.goldSpanErrors.length,
      gold_span_unresolved: score.unresolved,
      gold_span_article_centre: score.fallback,
      gold_span_accuracy_161km: goldSpans.accuracy161,
      gold_span_mean_km: goldSpans.meanKm,
      gold_span_median_km: goldSpans.medianKm,
      gold_span_auc: goldSpans.auc,
      gold_span_accuracy_161km_without_centre: geoMetrics(score.gazetteerOnlyErrors).accuracy161,
      detection_precision: detection.precision,
      detection_recall: detection.recall,
      detection_f1: detection.f1,
      end_to_end_geocoded: score.endToEndErrors.length,
      end_to_end_accuracy_161km: endToEnd.accuracy161,
      end_to_end_mean_km: endToEnd.meanKm,
      end_to_end_median_km: endToEnd.medianKm,
      end_to_end_auc: endToEnd.auc,
    },
    notes: [
      'gold spans: every gold toponym with coordinates is resolved from its span; a span the gazetteer lacks goes to the article centre (the resolved town or county with most others within 150 km; counted in gold_span_article_centre; "without_centre" scores those as misses); one left unresolved counts as 20,039 km off',
      'end to end: the places stage on the raw text; a place matches a gold toponym when their spans overlap; errors over matched toponyms with coordinates',
      'AUC: Gritta et al. 2018, area under the sorted ln(error km + 1) curve over ln(20039) × (n − 1); lower is better',
      'anchors (LGL, each system on its own detected subset): Mordecai3 82.7, CamCoder 76 Acc@161km; CamCoder AUC 0.22',
    ],
  };
}

export const placesScorer: Scorer = {
  name: 'places',
  description: 'toponyms: Acc@161km, mean/median km, AUC on gold spans and end to end; detection P/R/F1',
  sets: { lgl: 'data/_jsonl/lgl.jsonl', geowebnews: 'data/_jsonl/geowebnews.jsonl' },
  score: scorePlaces,
};
