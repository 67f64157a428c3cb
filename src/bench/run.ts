import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../analyze.js';
import type { RawArticle } from '../core/article.js';
import type { StageName } from '../core/codes.js';
import { prepareArticle } from '../ingest/prepare.js';
import { readInputs } from '../ingest/read.js';
import { gazetteer } from '../knowledge/gazetteer.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { bareTokenCount } from '../nlp/wink.js';
import { sharedDir } from '../paths.js';
import { openStore } from '../store/open.js';

export const CORPORA = {
  allsides: 'data/allsides-political-news',
  reuters: 'data/reuters-21578',
} as const;
export type CorpusName = keyof typeof CORPORA;

export interface BenchOptions {
  readonly corpora: readonly CorpusName[];
  readonly limit?: number;
  readonly log?: (line: string) => void;
}

interface Rate {
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly wordsPerSecond: number;
}

export interface CorpusResult {
  readonly corpus: string;
  readonly articles: number;
  readonly words: number;
  readonly read: Rate;
  readonly prepare: Rate;
  readonly stages: Readonly<Partial<Record<StageName, Rate>>>;
  readonly analyze: Rate;
  readonly store: Rate;
  readonly endToEnd: Rate;
  readonly winkBareTokenizer: Rate;
}

export interface BenchResult {
  readonly node: string;
  readonly cores: 1;
  readonly knowledgeVersion: string;
  readonly corpora: readonly CorpusResult[];
  readonly peakRssMB: number;
}

function rate(seconds: number, articles: number, words: number): Rate {
  const s = Math.max(seconds, 1e-9);
  return {
    seconds: Number(seconds.toFixed(3)),
    articlesPerSecond: Math.round(articles / s),
    wordsPerSecond: Math.round(words / s),
  };
}

/**
 * Ingest + analyse + store over a real corpus in this one process (one core), timing each step, and the bare
 * wink tokenizer over the same texts as the ceiling. Writes to a temporary SQLite store that is removed after.
 */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const knowledge = loadKnowledge();
  // Compile the lookups before the clock starts, so the first article's stages are not charged for them.
  gazetteer(knowledge);
  const results: CorpusResult[] = [];
  const log = options.log ?? (() => {});
  for (const corpus of options.corpora) {
    const dir = join(sharedDir(), CORPORA[corpus]);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => join(dir, f));
    const tmp = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    const store = await openStore(`sqlite:${join(tmp, 'bench.db')}`);
    try {
      // Read everything first so parsing is timed apart from analysis.
      let t = performance.now();
      const raws: RawArticle[] = [];
      for await (const item of readInputs(files, { maxBytes: 1e9 })) {
        if (item.kind === 'article') raws.push(item);
        if (options.limit !== undefined && raws.length >= options.limit) break;
      }
      const readSeconds = (performance.now() - t) / 1000;

      const stageMs: Partial<Record<StageName, number>> = {};
      const timing = {
        now: () => performance.now(),
        record: (stage: StageName, ms: number) => {
          stageMs[stage] = (stageMs[stage] ?? 0) + ms;
        },
      };
      let words = 0;
      let prepareMs = 0;
      let analyzeMs = 0;
      let storeMs = 0;
      const started = performance.now();
      for (const raw of raws) {
        t = performance.now();
        const article = prepareArticle(raw);
        prepareMs += performance.now() - t;
        if ('kind' in article) continue;
        t = performance.now();
        const analysis = analyze(article, knowledge, { timing });
        analyzeMs += performance.now() - t;
        words += analysis.tokens.length;
        t = performance.now();
        await store.saveAnalysis(analysis);
        storeMs += performance.now() - t;
      }
      const endSeconds = (performance.now() - started) / 1000 + readSeconds;

      t = performance.now();
      let bareWords = 0;
      for (const raw of raws) bareWords += bareTokenCount(raw.text);
      const bareSeconds = (performance.now() - t) / 1000;

      const n = raws.length;
      const stages: Partial<Record<StageName, Rate>> = {};
      for (const [stage, ms] of Object.entries(stageMs) as [StageName, number][])
        stages[stage] = rate(ms / 1000, n, words);
      const result: CorpusResult = {
        corpus,
        articles: n,
        words,
        read: rate(readSeconds, n, words),
        prepare: rate(prepareMs / 1000, n, words),
        stages,
        analyze: rate(analyzeMs / 1000, n, words),
        store: rate(storeMs / 1000, n, words),
        endToEnd: rate(endSeconds, n, words),
        winkBareTokenizer: rate(bareSeconds, n, bareWords),
      };
      log(`${corpus}: ${n} articles, ${words} words, end to end ${result.endToEnd.wordsPerSecond} words/s`);
      results.push(result);
    } finally {
      await store.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return {
    node: process.version,
    cores: 1,
    knowledgeVersion: knowledge.version,
    corpora: results,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
