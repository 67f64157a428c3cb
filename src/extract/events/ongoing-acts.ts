import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { isPastOrPerfect } from './predicates.js';
import { aimToldByOther } from './stated-aims.js';

// Intended acts that are no announcement of a new act: one its own verb says goes on ("will continue to
// fight"), an aim or a plan someone had in the past ("wanted to block", "planned an attack"), a decision
// already taken ("decided to conduct an operation"), and a resolve to fight on that names no one ("we will
// fight to the end"). None is a threat (13x).

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

/** Verbs of plotting an act that their object names: "planned a military operation", "plotted an attack". */
const PLOTTING_VERBS = new Set(['plan', 'prepare', 'plot', 'devise', 'intend']);

/**
 * Whether a noun event is the object or the subject of a verb of plotting in the past: "Putin planned a
 * military operation in December", "the attack had been planned for weeks". A plan told after the fact is
 * the act intended, not a warning to its target; "is planning an attack" in the present still announces one.
 */
export function pastPlannedAct(parsed: Parsed, candidate: Candidate): boolean {
  if (candidate.kind !== 'noun' || candidate.clause === undefined) return false;
  const p = parsed.clauses[candidate.clause]!.predicate;
  // ("they announce their planned atrocities": a participle before the noun tells no time of the plan)
  return PLOTTING_VERBS.has(p.lemma) && p.attributive !== true && isPastOrPerfect(parsed.view, p);
}

/** Verbs of fighting on, whose future with no one named is a resolve, not a warning to anyone. */
const RESOLVE_VERBS = new Set(['fight', 'battle', 'resist']);

/** Verbs of taking ground: fighting on "until they gain control of the villages" aims at conquest. */
const CONQUEST_VERBS = new Set(['gain', 'take', 'capture', 'seize', 'conquer', 'occupy', 'annex']);

/** Punctuation that ends the stretch of words telling what the fighting is for. */
const STRETCH_ENDS = new Set([',', ';', ':', '.', '!', '?']);

/**
 * "We will fight until the end", "vowed to fight on": a party resolved to go on fighting or to hold out, with
 * no one named it would attack. CAMEO's threats (13x) are warnings to a target; with none, the act stays the
 * intended fighting (CODING.md: an intention no 03x code fits is the act marked intended). Fighting "until
 * they capture the town" names ground it would take, which CAMEO codes as a threat (1382), so it stays one.
 */
export function resolvesToFight(parsed: Parsed, candidate: Candidate): boolean {
  if (candidate.targets.length > 0 || !RESOLVE_VERBS.has(candidate.pattern.lemma)) return false;
  const { lemma, norm } = parsed.view;
  for (let k = candidate.trigger[1]; k < norm.length && !STRETCH_ENDS.has(norm[k]!); k++)
    if (CONQUEST_VERBS.has(lemma[k]!)) return false;
  return true;
}

/**
 * Whether an intended act its source would otherwise be threatening is none of its threats: an aim or a plan
 * in the past, a resolve to fight on, or an aim another party tells of.
 */
export function noThreatMade(parsed: Parsed, candidate: Candidate): boolean {
  return (
    pastAim(parsed, candidate.clause) ||
    pastPlannedAct(parsed, candidate) ||
    resolvesToFight(parsed, candidate) ||
    aimToldByOther(parsed, candidate)
  );
}
