import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import type { Quote } from '../../src/core/records.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

/** Analyses a short text dated the day of the Geneva talks. */
export function analyzeText(text: string, published = '2022-01-21'): Analysis {
  return analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
}

export function quotesOf(text: string, published?: string): readonly Quote[] {
  return analyzeText(text, published).quotes;
}

/** The one quote whose text contains `words` (and of `kind`, when given); fails when there is not exactly one. */
export function quoteWith(quotes: readonly Quote[], words: string, kind?: Quote['kind']): Quote {
  const found = quotes.filter((q) => q.text.includes(words) && (kind === undefined || q.kind === kind));
  if (found.length !== 1) {
    const seen = quotes.map((q) => `${q.kind}: ${q.text}`).join('\n  ');
    throw new Error(`expected one ${kind ?? ''} quote with "${words}", found ${found.length} in\n  ${seen}`);
  }
  return found[0]!;
}
