// "I assure you that we will do everything" promises; "I assure you that these are dangerous games" only
// insists that something is so. A verb of assuring binds its speaker only to what a party will do.
import type { Parsed } from './arguments.js';
import { skipAdverbs } from './direct-object.js';
import { groupEnd } from './object-slots.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';

/** Words that put the clause in the future or make it a commitment. */
const COMMITTING_MODALS = new Set(['will', "'ll", 'would', 'shall', 'going']);
/** First-person subjects: the speaker's own side. */
const FIRST_PERSON = new Set(['we', 'i']);
/** Tokens that end the clause a "that" opens. */
const CLAUSE_ENDS = new Set(['.', ';', ':', ',', '!', '?']);
/** How many tokens past "that" the subject and its modal may reach ("that our state would meet …"). */
const REACH = 8;

/**
 * Whether the "that" clause after the verb (or its object) only states a fact: no party, first person or
 * named, as its subject with "will", "would" or "shall" after it.
 */
export function assertsOnly(parsed: Parsed, p: Predicate, object: Phrase | undefined): boolean {
  const { view } = parsed;
  const k = skipAdverbs(parsed, object && !p.passive ? groupEnd(parsed, object) : p.end);
  if (view.norm[k] !== 'that') return false;
  let party = false;
  for (let t = k + 1; t < view.norm.length && t <= k + REACH; t++) {
    const w = view.norm[t]!;
    if (CLAUSE_ENDS.has(w)) break;
    if (FIRST_PERSON.has(w) || view.actorAt[t]! >= 0) party = true;
    if (COMMITTING_MODALS.has(w)) return !party;
  }
  return true;
}
