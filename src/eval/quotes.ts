import { z } from 'zod';
import { analyze } from '../analyze.js';
import { articleId } from '../core/identity.js';
import type { Span } from '../core/span.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { readGold } from './gold.js';
import { codePointToUnit } from './offsets.js';
import {
  type AttributionUnit,
  contentWords,
  shared,
  startsWithQuoteMark,
  unitsOfQuotes,
} from './quote-units.js';
import { type EvalReport, type Prf, prf } from './report.js';
import type { ScoreOptions, Scorer } from './scorer.js';

const Role = z
  .object({
    spans: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).min(1),
    text: z.string(),
  })
  .nullable();

const GoldRecord = z.object({
  doc_id: z.string().min(1),
  annotator: z.string().min(1),
  publication_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  text: z.string(),
  attributions: z.array(z.object({ id: z.string(), source: Role, cue: Role, content: Role })),
});
export type GoldRecord = z.infer<typeof GoldRecord>;

/**
 * One annotation per article: where several annotators coded the same article, the one whose id sorts first,
 * so the choice is fixed and does not depend on file order.
 */
export function oneAnnotationPerArticle(records: readonly GoldRecord[]): GoldRecord[] {
  const chosen = new Map<string, GoldRecord>();
  for (const r of records) {
    const current = chosen.get(r.doc_id);
    if (!current || r.annotator < current.annotator) chosen.set(r.doc_id, r);
  }
  return [...chosen.values()];
}

interface Side {
  readonly words: Int32Array;
  readonly direct: boolean;
  readonly speaker?: readonly Span[];
}

export interface Tally {
  gold: number;
  system: number;
  exact: number;
  overlap: number;
}

export interface SpeakerTally {
  /** Overlap-matched pairs whose gold attribution names a source. */
  scored: number;
  correct: number;
  /** Pairs where we found no speaker words at all. */
  missing: number;
}

export interface QuoteTallies {
  readonly direct: Tally;
  readonly all: Tally;
  readonly speakers: SpeakerTally;
  readonly directSpeakers: SpeakerTally;
}

export function emptyTallies(): QuoteTallies {
  const tally = (): Tally => ({ gold: 0, system: 0, exact: 0, overlap: 0 });
  const speakers = (): SpeakerTally => ({ scored: 0, correct: 0, missing: 0 });
  return { direct: tally(), all: tally(), speakers: speakers(), directSpeakers: speakers() };
}

function overlaps(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

/**
 * Pairs gold and system attributions one to one and counts them: exact pairs cover the same content words;
 * overlap pairs share at least one content word, larger overlaps paired first. Speakers are scored on the
 * overlap pairs: right when our speaker words overlap the gold source span.
 */
function compare(
  gold: readonly Side[],
  system: readonly Side[],
  tally: Tally,
  speakers?: SpeakerTally,
): void {
  tally.gold += gold.length;
  tally.system += system.length;
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  gold.forEach((g, gi) => {
    const si = system.findIndex(
      (s, k) =>
        !usedSystem.has(k) &&
        s.words.length === g.words.length &&
        shared(s.words, g.words) === g.words.length,
    );
    if (si >= 0) {
      usedGold.add(gi);
      usedSystem.add(si);
      tally.exact++;
    }
  });
  const pairs: { gi: number; si: number; n: number }[] = [];
  gold.forEach((g, gi) => {
    system.forEach((s, si) => {
      const n = shared(g.words, s.words);
      if (n > 0) pairs.push({ gi, si, n });
    });
  });
  pairs.sort((a, b) => b.n - a.n || a.gi - b.gi || a.si - b.si);
  const pairedGold = new Set<number>();
  const pairedSystem = new Set<number>();
  for (const p of pairs) {
    if (pairedGold.has(p.gi) || pairedSystem.has(p.si)) continue;
    pairedGold.add(p.gi);
    pairedSystem.add(p.si);
    tally.overlap++;
    const g = gold[p.gi]!;
    const s = system[p.si]!;
    if (!speakers || !g.speaker) continue;
    speakers.scored++;
    if (!s.speaker) speakers.missing++;
    else if (overlaps(g.speaker, s.speaker)) speakers.correct++;
  }
}

/** Scores one gold article against the attributions our pipeline finds in it. */
export function scoreArticle(
  record: GoldRecord,
  units: readonly AttributionUnit[],
  tallies: QuoteTallies,
): void {
  const toUnit = codePointToUnit(record.text);
  const span = ([start, end]: readonly [number, number]): Span => ({
    start: toUnit(start),
    end: toUnit(end),
  });
  const gold: Side[] = record.attributions
    .filter((a) => a.content !== null)
    .map((a) => {
      const content = a.content!.spans.map(span);
      return {
        words: contentWords(record.text, content),
        direct: startsWithQuoteMark(a.content!.text),
        ...(a.source && { speaker: a.source.spans.map(span) }),
      };
    })
    .filter((g) => g.words.length > 0);
  const system: Side[] = units
    .map((u) => ({
      words: contentWords(record.text, u.content),
      direct: u.direct,
      ...(u.speaker && { speaker: u.speaker }),
    }))
    .filter((s) => s.words.length > 0);
  compare(gold, system, tallies.all, tallies.speakers);
  compare(
    gold.filter((g) => g.direct),
    system.filter((s) => s.direct),
    tallies.direct,
    tallies.directSpeakers,
  );
}

/** Our attributions for one gold article, through the whole pipeline with the article's date. */
export function unitsOfArticle(record: GoldRecord): AttributionUnit[] {
  const published = record.publication_date;
  const article = { id: articleId(record.text, published), published, text: record.text, lang: 'en' };
  return unitsOfQuotes(analyze(article, loadKnowledge(), { until: 'quotes' }).quotes);
}

function rates(t: Tally): { exact: Prf; overlap: Prf } {
  return {
    exact: prf(t.exact, t.system - t.exact, t.gold - t.exact),
    overlap: prf(t.overlap, t.system - t.overlap, t.gold - t.overlap),
  };
}

export function quoteReport(gold: string, records: number, tallies: QuoteTallies): EvalReport {
  const direct = rates(tallies.direct);
  const all = rates(tallies.all);
  const accuracy = (s: SpeakerTally): number => (s.scored === 0 ? 0 : s.correct / s.scored);
  const row = (set: string, match: string, r: Prf): (string | number)[] => [
    set,
    match,
    (r.precision * 100).toFixed(1),
    (r.recall * 100).toFixed(1),
    (r.f1 * 100).toFixed(1),
    r.tp,
    r.fp,
    r.fn,
  ];
  return {
    scorer: 'quotes',
    gold,
    records,
    metrics: {
      directExactF1: direct.exact.f1,
      directOverlapF1: direct.overlap.f1,
      allExactF1: all.exact.f1,
      allOverlapF1: all.overlap.f1,
      speakerAccuracy: accuracy(tallies.speakers),
      directSpeakerAccuracy: accuracy(tallies.directSpeakers),
      directGold: tallies.direct.gold,
      directSystem: tallies.direct.system,
      allGold: tallies.all.gold,
      allSystem: tallies.all.system,
      speakersScored: tallies.speakers.scored,
      speakersMissing: tallies.speakers.missing,
    },
    breakdown: {
      headers: ['attributions', 'match', 'P', 'R', 'F1', 'tp', 'fp', 'fn'],
      rows: [
        row('direct', 'exact', direct.exact),
        row('direct', 'overlap', direct.overlap),
        row('all', 'exact', all.exact),
        row('all', 'overlap', all.overlap),
      ],
    },
    notes: [
      'one annotation per article: the annotator id that sorts first',
      'content compared on its word characters (quote marks, punctuation, edge spaces and a leading "that" ignored)',
      'exact: the same content words; overlap: at least one shared content word, paired one to one, largest first',
      'direct: gold contents that open with a quotation mark, against our direct quotes',
      'speaker accuracy: on overlap pairs whose gold names a source, our speaker words overlap the source span',
      'quoted words inside a reported clause count with that clause, not as attributions of their own',
    ],
  };
}

export const quotesScorer: Scorer = {
  name: 'quotes',
  description: 'direct and reported quotes with their speakers (PolNeAR attributions)',
  sets: {
    'polnear-dev': 'data/_jsonl/polnear_dev.jsonl',
    'polnear-train': 'data/_jsonl/polnear_train.jsonl',
  },
  async score(goldPath: string, options: ScoreOptions): Promise<EvalReport> {
    const records = oneAnnotationPerArticle(await readGold(goldPath, GoldRecord));
    const scored = options.limit === undefined ? records : records.slice(0, options.limit);
    const tallies = emptyTallies();
    for (const record of scored) scoreArticle(record, unitsOfArticle(record), tallies);
    return quoteReport(goldPath, scored.length, tallies);
  },
};
