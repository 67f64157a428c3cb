// The act a verb of inviting or offering names in its "to" infinitive decides what the verb does: "invited
// Macron to visit Kyiv" asks for a visit, "invited Germany to join the reconstruction" asks for help.
import type { OtherSense } from '../../knowledge/cameo/patterns.js';
import type { Parsed } from './arguments.js';
import { groupEnd } from './object-slots.js';
import type { Phrase } from './phrases.js';
import { matchWords, type Pieces } from './pieces.js';
import type { Predicate } from './predicates.js';

/** The other sense whose words open the "to" infinitive after the verb or its object, if any. */
export function infinitiveSense(
  parsed: Parsed,
  pieces: Pieces,
  senses: readonly OtherSense[],
  p: Predicate,
  object: Phrase | undefined,
): OtherSense | undefined {
  const { view } = parsed;
  const to = object && !p.passive ? groupEnd(parsed, object) : p.end;
  if (view.norm[to] !== 'to' || view.pos[to] !== 'PART') return undefined;
  for (const sense of senses)
    if (sense.context === 'to' && matchWords(pieces, sense.words, to + 1) > 0) return sense;
  return undefined;
}
