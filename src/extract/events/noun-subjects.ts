// Who did what an event noun names, when its own words do not say: the subject of the clause around it,
// the nearest clause's subject, or several subjects together; and when the noun only restates its subject.

import type { Argument, Parsed } from './arguments.js';
import { governingPredicate } from './governing-predicate.js';
import type { NounMatch } from './noun-match.js';
import type { Predicate } from './predicates.js';
import { subjectActors } from './subject-actors.js';

/** The subject of the clause whose verb governs the noun, if any. */
export function clauseSubject(parsed: Parsed, match: NounMatch): Argument[] {
  const governing = governingPredicate(parsed, match.start, match.end);
  return governing ? subjectActors(parsed, governing.predicate.index) : [];
}

/** Subjects that only point back at something already named: "this is an invasion", "it was a massacre". */
const POINTING_SUBJECTS = new Set(['this', 'that', 'these', 'those', 'it', 'what', 'which']);

/** Words that pick out one occurrence of an event among others: "the first visit", "the latest round". */
const ORDINALS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'latest',
  'last',
]);

/**
 * Whether the noun is what a copula says its subject is, and that subject is an event already named or a
 * pronoun pointing at one: "this war is a people's war", "this is an invasion" describe, they report no new
 * event. ("Russia's move is an act of aggression" still codes the act, its subject being no event noun.)
 */
export function restatesSubject(
  parsed: Parsed,
  governing: { predicate: Predicate; direct: boolean },
  phraseStart: number,
  nounStart: number,
): boolean {
  const p = governing.predicate;
  const { norm, lemma } = parsed.view;
  // ("our state has the support of …": a bare "have" makes a verb group of auxiliaries too)
  if (p.form !== 'copula' || !governing.direct || p.adjective !== undefined || lemma[p.head] !== 'be')
    return false;
  // ("this is …": a bare pronoun before the verb makes no subject phrase)
  const subject = parsed.clauses[p.index]?.subject[0];
  const pointing = subject
    ? subject.end - subject.start === 1 && POINTING_SUBJECTS.has(norm[subject.start]!)
    : POINTING_SUBJECTS.has(norm[p.start - 1] ?? '');
  // "this is the second conversation between …", "this was his first visit to …": an ordinal picks out one
  // occurrence, which the sentence reports
  if (pointing) return !norm.slice(phraseStart, nounStart).some((w) => ORDINALS.has(w));
  return subject !== undefined && parsed.isEventNoun(subject.head);
}

/** The subjects of the clause that governs a noun, when they are two or more ("X and Y agreed …"). */
export function severalSubjects(parsed: Parsed, match: NounMatch): Argument[] {
  const governing = governingPredicate(parsed, match.start, match.end);
  if (!governing) return [];
  const subjects = subjectActors(parsed, governing.predicate.index);
  return subjects.length > 1 ? subjects.map((a) => ({ span: a.span, weight: a.weight * 0.8 })) : [];
}

/** Marks that end one clause of a sentence and open the next: a subject is not sought across them. */
const CLAUSE_BREAKS = new Set([';', ':']);

/**
 * The subject of the nearest clause with an actor subject: before the noun, else after it, within the part
 * of the sentence between semicolons or colons ("your meetings with the US leaders; the Chancellor is
 * coming" names no one who met).
 */
export function nearestSubject(parsed: Parsed, t: number): Argument[] {
  const { norm } = parsed.view;
  let from = t;
  while (from > 0 && !CLAUSE_BREAKS.has(norm[from - 1]!)) from--;
  let to = t;
  while (to < norm.length && !CLAUSE_BREAKS.has(norm[to]!)) to++;
  let best: Argument[] = [];
  for (const clause of parsed.clauses) {
    const p = clause.predicate;
    if (p.head < from || p.head >= to) continue;
    if (clause.subject.some((s) => s.start <= t && t < s.end)) continue;
    const actors = subjectActors(parsed, p.index);
    if (actors.length === 0) continue;
    if (p.head < t) best = actors;
    else if (best.length === 0) return actors;
  }
  return best;
}
