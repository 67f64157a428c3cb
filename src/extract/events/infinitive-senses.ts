// The act a verb of inviting or offering names in its "to" infinitive decides what the verb does: "invited
// Macron to visit Kyiv" asks for a visit, "invited Germany to join the reconstruction" asks for help.
import type { OtherSense } from '../../knowledge/cameo/patterns.js';
import type { Parsed } from './arguments.js';
import { groupEnd } from './object-slots.js';
import type { Phrase } from './phrases.js';
import { matchWords, type Pieces } from './pieces.js';
import type { Predicate } from './predicates.js';

/** How far past the object the "to" may stand. */
const REACH = 8;
/** Tokens that end the verb's clause before any infinitive of its own. */
const CLAUSE_ENDS = new Set(['.', ';', ':', ',', '!', '?']);

/** Tags that open a clause of their own before the infinitive ("so that they could return to …"). */
const CLAUSE_TAGS = new Set(['VERB', 'AUX', 'SCONJ', 'PRON']);

/** The other sense whose words open the "to" infinitive after the verb or its object, if any. */
export function infinitiveSense(
  parsed: Parsed,
  pieces: Pieces,
  senses: readonly OtherSense[],
  p: Predicate,
  object: Phrase | undefined,
): OtherSense | undefined {
  const { view } = parsed;
  // past the object and what is joined to it ("personnel and law enforcement units to carry out …")
  const start = object && !p.passive ? groupEnd(parsed, object) : p.end;
  const end = Math.min(view.norm.length, start + REACH);
  for (let to = start; to < end; to++) {
    if (CLAUSE_ENDS.has(view.norm[to]!) || CLAUSE_TAGS.has(view.pos[to]!)) return undefined;
    if (view.norm[to] !== 'to' || view.pos[to] !== 'PART') continue;
    for (const sense of senses)
      if (sense.context === 'to' && matchWords(pieces, sense.words, to + 1) > 0) return sense;
    return undefined;
  }
  return undefined;
}
