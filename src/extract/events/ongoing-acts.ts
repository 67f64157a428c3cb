import type { Parsed } from './arguments.js';
import { isPastOrPerfect } from './predicates.js';

// Intended acts that are no announcement of a new act: one its own verb says goes on ("will continue to
// fight"), an aim someone had in the past ("wanted to block"), and a decision already taken ("decided to
// conduct an operation"). None is a threat (13x).

/** Verbs whose infinitive or gerund is an act already under way ("will continue to fight", "keep fighting"). */
const CONTINUING_VERBS = new Set(['continue', 'keep']);

/** Whether the clause's act is one its governing verb says goes on. */
export function continuesAct(parsed: Parsed, clauseIndex: number | undefined): boolean {
  if (clauseIndex === undefined) return false;
  const clause = parsed.clauses[clauseIndex]!;
  if (clause.relation !== 'xcomp' || clause.governor === undefined) return false;
  return CONTINUING_VERBS.has(parsed.clauses[clause.governor]!.predicate.lemma);
}

/**
 * Verbs of an aim whose past tense tells what someone wanted, not what they announced; and "decide", whose
 * past tense tells a decision taken: "I decided to conduct a military operation" reports the resolve behind
 * an act, not a warning to the side it is aimed at, which a threat is.
 */
const AIM_VERBS = new Set([
  'want',
  'hope',
  'plan',
  'intend',
  'seek',
  'aim',
  'wish',
  'mean',
  'expect',
  'decide',
]);

/** Whether the clause's act is what its governing verb, in the past, says someone aimed at. */
export function pastAim(parsed: Parsed, clauseIndex: number | undefined): boolean {
  if (clauseIndex === undefined) return false;
  const clause = parsed.clauses[clauseIndex]!;
  if (clause.relation !== 'xcomp' || clause.governor === undefined) return false;
  const governor = parsed.clauses[clause.governor]!.predicate;
  return AIM_VERBS.has(governor.lemma) && isPastOrPerfect(parsed.view, governor);
}
