import { normalizeText } from './normalize.js';
import { separatePossessives, tokenNorms, tokenNormsByLine } from './wink.js';

/** A phrase as the tokenizer sees article text: normalised, with possessives split the same way. */
function asArticleText(phrase: string): string {
  return separatePossessives(normalizeText(phrase).text).text;
}

/**
 * Token norms of a dictionary phrase, produced by the same tokenizer as article text, so "U.S." or
 * "Biden-Putin" split the same way in both. Used at knowledge compile time only.
 */
export function phraseTokens(phrase: string): string[] {
  return tokenNorms(asArticleText(phrase));
}

/** `phraseTokens` of many phrases at once (same result, one tokenizer call for all but multi-line phrases). */
export function phraseTokensMany(phrases: readonly string[]): string[][] {
  const texts = phrases.map(asArticleText);
  const single = texts.map((t) => t.includes('\n'));
  const lines = texts.filter((_, i) => !single[i]);
  const batched = tokenNormsByLine(lines);
  // Should wink ever read a line break differently, the slow path is still right.
  if (batched.length !== lines.length) return texts.map((t) => tokenNorms(t));
  let next = 0;
  return texts.map((t, i) => (single[i] ? tokenNorms(t) : batched[next++]!));
}
