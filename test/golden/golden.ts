import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import type { Article } from '../../src/core/article.js';
import type { Event } from '../../src/core/records.js';
import { prepareArticle } from '../../src/ingest/prepare.js';
import { readInputs } from '../../src/ingest/read.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

/** Every article read from a file or folder, as ingestion would prepare it. */
export async function readArticles(path: string): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readInputs([path], { maxBytes: 10_000_000 })) {
    if (item.kind !== 'article') continue;
    const article = prepareArticle(item);
    if (!('kind' in article)) articles.push(article);
  }
  return articles;
}

export function analyzeArticle(article: Article): Analysis {
  return analyze(article, loadKnowledge());
}

/**
 * An event as the golden files keep it: what a reviewer reads, floats rounded, no field that changes when
 * nothing changed. Ids are kept as produced (they are derived from the article and the event).
 */
export function stableEvent(e: Event) {
  return {
    id: e.id,
    sentence: e.sentence,
    date: e.date,
    source: e.source.code || e.source.id,
    target: e.target ? e.target.code || e.target.id : null,
    code: e.code,
    polarity: e.polarity,
    modality: e.modality,
    place: e.place ? `${e.place.name} (${e.place.country})` : null,
    rule: e.rule,
    confidence: Math.round(e.confidence * 100) / 100,
    text: e.text,
  };
}

/**
 * Compares `value` with the golden file at `path`. On a difference it writes `*-changed.json` beside the file
 * for review and returns false; with SITREP_UPDATE_GOLDEN=1 it rewrites the golden file instead.
 */
export function matchesGolden(path: string, value: unknown): boolean {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const changed = path.replace(/\.json$/, '-changed.json');
  if (process.env.SITREP_UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    rmSync(changed, { force: true });
    return true;
  }
  if (existsSync(path) && readFileSync(path, 'utf8') === text) {
    rmSync(changed, { force: true });
    return true;
  }
  writeFileSync(changed, text);
  return false;
}
