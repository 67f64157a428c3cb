import type { Token } from '../../core/records.js';

/**
 * Which tokens stand inside double quotation marks. Quotes were normalised to ASCII, so a quote token
 * toggles the state; a paragraph break resets it, so one unbalanced quote cannot flip the rest of an article.
 */
export function insideQuotes(tokens: readonly Token[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.space.includes('\n')) open = false;
    if (token.text === '"') {
      open = !open;
      continue;
    }
    if (open) inside[i] = 1;
  }
  return inside;
}
