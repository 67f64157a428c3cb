// Aims told as a fact about their owner: "Russia's goal is to destroy Ukraine". A threat is a warning its
// source gives; a sentence naming someone's goal, told by the narrator or by another party, is a claim about
// that aim, not a warning the owner made, so the act stays the one aimed at, intended. The owner stating it
// ("Russia said its goal is to …", "our aim is to …") is its own announcement, and may be a threat.
import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { countryOf } from './foretold-acts.js';
import { subjectActors } from './subject-actors.js';
import { REPORTING_VERBS } from './words.js';

/** Nouns of an aim that "is to" do something names. */
const AIM_NOUNS = new Set(['goal', 'aim', 'objective', 'purpose', 'intention', 'plan', 'ambition']);

/** Possessives by which the speaker names an aim as their own. */
const OWN_POSSESSIVES = new Set(['our', 'my']);

/**
 * Whether the candidate's act is the infinitive after "is" of a subject that is an aim noun ("X's goal is to
 * attack"), and no one of the act's own country says so: neither a first-person possessive nor a reporting
 * verb whose subject is of a source's country.
 */
export function aimToldByOther(parsed: Parsed, candidate: Candidate): boolean {
  if (candidate.kind !== 'verb' || candidate.clause === undefined) return false;
  const clause = parsed.clauses[candidate.clause]!;
  if (clause.relation !== 'xcomp' || clause.governor === undefined) return false;
  const copula = parsed.clauses[clause.governor]!;
  if (copula.predicate.lemma !== 'be') return false;
  const { view } = parsed;
  const subject = copula.subject[0];
  if (!subject || !AIM_NOUNS.has(view.lemma[subject.head]!)) return false;
  for (let k = subject.start; k < subject.head; k++) if (OWN_POSSESSIVES.has(view.norm[k]!)) return false;
  const teller = copula.governor;
  if (
    teller === undefined ||
    (copula.relation !== 'complement' && copula.relation !== 'quoted') ||
    !REPORTING_VERBS.has(parsed.clauses[teller]!.predicate.lemma)
  )
    return true;
  const said = subjectActors(parsed, teller).map((s) => countryOf(s.span.actor.code));
  return !candidate.sources.some((s) => {
    const country = countryOf(s.span.actor.code);
    return country !== '' && said.includes(country);
  });
}
