import type { Argument } from './arguments.js';

// Investment (061) codes economic cooperation between parties: money a party puts into its own country, its
// own forces or its own firms ("invested heavily in its army", "made a big investment in a terminal on its
// border"), or into nothing the sentence names, is home policy, not cooperation with anyone.

/** Investment done (061) and promised (0311, an intent to cooperate economically). */
const INVESTMENT = new Set(['061', '0311']);
/** The words of investing (trade, also 061, is with someone by its nature). */
const INVESTING_WORDS = new Set(['invest', 'investment']);

/**
 * Whether an investment pair (`word` the row's word) names no other party: no target, or a target of the
 * source's own country.
 */
export function isHomeInvestment(
  word: string,
  code: string,
  source: Argument,
  target: Argument | undefined,
): boolean {
  if (!INVESTMENT.has(code) || !INVESTING_WORDS.has(word)) return false;
  if (target === undefined) return true;
  const from = source.span.actor.code.slice(0, 3);
  const to = target.span.actor.code.slice(0, 3);
  return from !== '' && !from.startsWith('-') && from === to;
}
