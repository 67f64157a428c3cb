// The words after a verb that give its row another sense: its object ("meet the conditions"), an "of"
// phrase ("cleansed the city of saboteurs"), an "as" phrase ("recognised Russia as a sponsor of terrorism"),
// or a pronoun standing for a thing ("eliminate them", the problems).

import type { OtherSense } from '../../knowledge/cameo/patterns.js';
import type { Parsed } from './arguments.js';
import { skipAdverbs } from './direct-object.js';
import { groupEnd, objectSlot } from './object-slots.js';
import type { Phrase } from './phrases.js';
import type { Pieces } from './pieces.js';
import type { Predicate } from './predicates.js';
import { thingAntecedent } from './pronoun-antecedents.js';

/** The other sense the object (or the particle's noun) gives the row, if its words head that phrase. */
export function otherSense(
  parsed: Parsed,
  pieces: Pieces,
  senses: readonly OtherSense[],
  phrase: Phrase | undefined,
  context: 'object' | 'as' | 'of' = 'object',
): OtherSense | undefined {
  if (!phrase) return undefined;
  for (const sense of senses) {
    if (sense.context === context && objectSlot(parsed, pieces, sense.words, phrase)) return sense;
  }
  // "summarize the problems and propose measures to eliminate them": a pronoun has its antecedent's sense
  const antecedent = context === 'object' ? thingAntecedent(parsed, phrase) : undefined;
  if (antecedent)
    for (const sense of senses)
      if (sense.context === 'object' && objectSlot(parsed, pieces, sense.words, antecedent)) return sense;
  return undefined;
}

/**
 * The "of" phrase right after the object, or right after a passive verb: what a place is cleared of ("cleansed
 * the city of saboteurs", "was cleansed of fantasies").
 */
export function ofComplement(parsed: Parsed, p: Predicate, object: Phrase | undefined): Phrase | undefined {
  const after = object && !p.passive ? groupEnd(parsed, object) + 1 : skipAdverbs(parsed, p.end) + 1;
  return parsed.phrases.find((ph) => ph.start === after && ph.prep === 'of');
}

/** The "as" phrase right after the object: "recognised Russia as a state sponsor of terrorism". */
export function asComplement(parsed: Parsed, object: Phrase): Phrase | undefined {
  const after = groupEnd(parsed, object) + 1;
  return parsed.phrases.find((ph) => ph.start === after && ph.prep === 'as');
}

/**
 * The noun phrase right after the verb, even where a verb after it makes it no object ("meet the
 * conditions set by the IMF", where "set" reads as a verb of its own).
 */
export function nounAfter(parsed: Parsed, p: Predicate): Phrase | undefined {
  if (p.passive) return undefined;
  const k = skipAdverbs(parsed, p.end);
  return parsed.phrases.find((ph) => ph.start === k && ph.prep === undefined);
}
