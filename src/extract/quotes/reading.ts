import type { Token } from '../../core/records.js';
import type { QuoteKnowledge } from '../../knowledge/quotes/cues.js';
import type { Turn } from '../actors/turns.js';
import type { Detected } from '../mentions/types.js';
import { attribute } from './attribute.js';
import type { Attribution } from './attribution.js';
import { type QuoteContext, quoteContext } from './context.js';
import type { TurnLabel } from './turns.js';

/**
 * The quotations, reported clauses and transcript turns of a text and who says each, read once from the
 * mentions detected: the actors stage needs them to know whose words a pronoun stands in before it resolves
 * anyone, the quotes stage to write the quote records.
 */
export interface QuoteReading {
  readonly context: QuoteContext;
  readonly attributions: readonly Attribution[];
}

export function readQuotes(
  k: QuoteKnowledge,
  text: string,
  tokens: readonly Token[],
  detected: readonly Detected[],
  mentionAt: Int32Array,
  turns: readonly Turn[],
): QuoteReading {
  const context = quoteContext(k, text, tokens);
  // a place does not speak; people and offices are the speakers of a transcript's turns
  const isNamed = (t: number): boolean => mentionAt[t]! >= 0 && detected[mentionAt[t]!]!.type !== 'place';
  const isPerson = (t: number): boolean => {
    const type = mentionAt[t]! >= 0 ? detected[mentionAt[t]!]!.type : undefined;
    return type === 'person' || type === 'role';
  };
  const labels = turns.map((turn): TurnLabel => {
    if (!('mention' in turn.speaker)) return { start: turn.start, colon: turn.colon };
    const d = detected[turn.speaker.mention]!;
    return { ...turn, speaker: { start: d.tokenStart, end: d.tokenEnd, head: d.tokenEnd - 1 } };
  });
  return { context, attributions: attribute(context, { isNamed, isPerson }, labels) };
}
