import { normalizeText } from './normalize.js';
import { tokenNorms } from './wink.js';

/**
 * Token norms of a dictionary phrase, produced by the same tokenizer as article text, so "U.S." or
 * "Biden-Putin" split the same way in both. Used at knowledge compile time only.
 */
export function phraseTokens(phrase: string): string[] {
  return tokenNorms(normalizeText(phrase).text);
}
