// Acts another party foretells: "Zelensky said Russian troops will storm Kyiv". A threat is a warning its
// source gives; what a speaker of another country says that party will do is a forecast or a fear, not an
// announcement of the party's own, so it is not coded as that party's threat.
import type { Argument, Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { subjectActors } from './subject-actors.js';
import { REPORTING_VERBS } from './words.js';

/** The country part of an actor code; empty when the code names no country ("---GOV", ""). */
export function countryOf(code: string): string {
  const country = code.slice(0, 3);
  return country.length === 3 && country !== '---' ? country : '';
}

/**
 * Who says the clause: the subject of the reporting verb it is the complement or quote of, if any, where the
 * clause's own verb says it will happen ("said Russia will attack"); an act aimed at through a verb of the
 * source's own ("have sworn to fight", "wants to seize") is left to that verb.
 */
function speakers(parsed: Parsed, clauseIndex: number): Argument[] {
  const clause = parsed.clauses[clauseIndex]!;
  const p = clause.predicate;
  if (clause.governor === undefined || (p.modalKind !== 'future' && p.modal !== 'would')) return [];
  if (clause.relation !== 'complement' && clause.relation !== 'quoted') return [];
  if (!REPORTING_VERBS.has(parsed.clauses[clause.governor]!.predicate.lemma)) return [];
  return subjectActors(parsed, clause.governor);
}

/**
 * Whether the candidate's act is foretold by a speaker of another country than each of its sources, so
 * that it is no threat they made ("Kuleba said Russia will attack": Ukraine's forecast, not Russia's
 * warning).
 */
export function foretoldByOther(parsed: Parsed, candidate: Candidate): boolean {
  // (a noun that is a clause's subject is told of by that clause: "said the offensive will continue")
  const at = candidate.trigger[0];
  const clause =
    candidate.clause ?? parsed.clauses.findIndex((c) => c.subject.some((s) => s.start <= at && at < s.end));
  if (clause < 0 || candidate.sources.length === 0) return false;
  const said = speakers(parsed, clause)
    .map((s) => countryOf(s.span.actor.code))
    .filter((c) => c !== '');
  if (said.length === 0) return false;
  return candidate.sources.every((s) => {
    const country = countryOf(s.span.actor.code);
    return country !== '' && !said.includes(country);
  });
}
