// The clause linker: each predicate's governor, relation and subject within the sentence.

import { linkBareCausatives } from './bare-causatives.js';
import {
  markConditionPhrases,
  markFutureTimeClauses,
  noteSubordinatorBeforeSubject,
  openClause,
  opensAside,
} from './clause-openers.js';
import { members, previousPredicate, skipBack } from './clause-tokens.js';
import type { Clause, ClauseContext } from './clause-types.js';
import { claimNounBefore, complementGovernor, rulingOutNounBefore } from './complement-governors.js';
import { linkCoordinated, linkSharedInfinitive } from './coordinated-verbs.js';
import {
  linkAdverbialGerund,
  linkAdverbialGerundSubjects,
  linkAspectGerund,
  linkGerundAfterPreposition,
} from './gerund-clauses.js';
import { linkInfinitive } from './infinitive-governors.js';
import { markInvertedClauses } from './inverted-clauses.js';
import type { Phrase } from './phrases.js';
import { isPastOrPerfect, type Predicate } from './predicates.js';
import { linkQuoteFinalReports } from './quote-final-reports.js';
import {
  linkDescribedSubject,
  linkNounModifier,
  linkReducedRelative,
  linkRelativePronoun,
} from './relative-clauses.js';
import type { SentenceView } from './sentence.js';
import { findSubject } from './subject-phrase.js';
import { retagComplementThat } from './that-complements.js';
import {
  BELIEF_ADJECTIVES,
  IMPOSSIBILITY_ADJECTIVES,
  LIKELIHOOD_ADJECTIVES,
  NECESSITY_ADJECTIVES,
} from './words.js';

export type { Clause, Relation } from './clause-types.js';

/**
 * Links each predicate to the one that governs it and finds its subject: the nearest noun phrase to its
 * left within its clause; the governor's subject or object for infinitives; the shared subject of
 * coordinated verbs; the antecedent of a relative pronoun; the inverted subject of '"…," said Blinken'.
 * Clauses are linked left to right, so each step may rely on the clauses before; the later passes settle
 * what only a clause further right can decide.
 */
export function linkClauses(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
) {
  const clauses: Clause[] = predicates.map((predicate) => ({
    predicate,
    subject: [],
    subjectFrom: 'none',
    conditional: false,
    without: false,
    start: 0,
  }));
  retagComplementThat(view, phrases, predicates);
  const cx: ClauseContext = { view, phrases, predicates, clauses };
  for (const clause of clauses) linkClause(cx, clause);
  linkBareCausatives(cx);
  markFutureTimeClauses(view, clauses);
  markInvertedClauses(view, phrases, clauses);
  markConditionPhrases(view, clauses);
  linkQuoteFinalReports(view, phrases, clauses);
  linkAdverbialGerundSubjects(cx);
  linkLateControllers(clauses);
  return clauses;
}

/**
 * Links one clause: sets where it starts, then lets the first step that recognises its shape link it,
 * from the most specific (an infinitive, a relative pronoun) to the most general; a clause none of them
 * takes gets its own subject phrase and, if it is one, the verb or noun whose complement it is.
 */
function linkClause(cx: ClauseContext, clause: Clause): void {
  const view = cx.view;
  openClause(cx, clause);
  if (clause.predicate.form === 'infinitive') {
    linkInfinitive(cx, clause);
    return;
  }
  // the word before the verb, past adverbs and negation, decides most of the shapes
  const before = skipBack(view, clause.predicate.start - 1);
  if (
    linkRelativePronoun(cx, clause, before) ||
    linkReducedRelative(cx, clause) ||
    linkGerundAfterPreposition(cx, clause, before) ||
    linkSharedInfinitive(cx, clause, before) ||
    linkCoordinated(cx, clause, before) ||
    linkNounModifier(cx, clause, before) ||
    linkAspectGerund(cx, clause) ||
    linkAdverbialGerund(cx, clause, before) ||
    linkDescribedSubject(cx, clause, before)
  )
    return;
  const subject = linkSubjectPhrase(cx, clause);
  if (!linkVerbComplement(cx, clause, subject)) {
    linkNounComplement(cx, clause, subject);
  }
}

/**
 * Where the search for a subject ends: at the verb, or before a gerund aside that follows the subject
 * ("US attacks, following a new plan, have killed …": the subject stands before the aside, not in it).
 */
function subjectSearchEnd(cx: ClauseContext, clause: Clause): number {
  const { view, predicates } = cx;
  const p = clause.predicate;
  const previous = previousPredicate(predicates, p);
  return previous !== undefined && opensAside(view, previous) && previous.start - 1 > clause.start
    ? previous.start - 1
    : p.start;
}

/**
 * The clause's own subject: the noun phrase nearest its verb within the clause, whose subordinator, if one
 * stands right before it, opens the clause. An existential clause ("there was a need …") has no subject
 * phrase before its verb.
 */
function linkSubjectPhrase(cx: ClauseContext, clause: Clause): Phrase | undefined {
  const { view, phrases } = cx;
  const p = clause.predicate;
  const end = subjectSearchEnd(cx, clause);
  const subject =
    p.start > 0 && view.norm[p.start - 1] === 'there'
      ? undefined
      : (findSubject(view, phrases, clause.start, end) ?? findSubject(view, phrases, clause.start, p.start));
  if (subject) {
    clause.subject = members(phrases, subject);
    clause.subjectFrom = 'phrase';
    noteSubordinatorBeforeSubject(view, phrases, clause, subject);
  }
  return subject;
}

/** A complement clause after a verb of saying, claiming, denying or demanding: that verb governs it. */
function linkVerbComplement(cx: ClauseContext, clause: Clause, subject: Phrase | undefined): boolean {
  const governor = complementGovernor(cx, clause, subject);
  if (!governor) return false;
  clause.governor = governor.index;
  clause.relation = 'complement';
  return true;
}

/**
 * "fears that Moscow could …": a that-clause after a noun of claim, fear or demand complements the noun,
 * starts at its "that" and hangs from the verb before it.
 */
function linkNounComplement(cx: ClauseContext, clause: Clause, subject: Phrase | undefined): void {
  const { view, phrases, predicates } = cx;
  const p = clause.predicate;
  const thatAt = subject ? phrases[subject.group[0]!]!.start - 1 : clause.start - 1;
  if (linkImpersonalComplement(cx, clause, thatAt)) return;
  const ruling = rulingOutNounBefore(view, thatAt, subject);
  const noun = ruling ?? claimNounBefore(view, phrases, thatAt, p);
  if (!noun) return;
  if (ruling) clause.ruledOut = true;
  clause.relation = 'noun-complement';
  clause.governorWord = noun.lemma;
  clause.governorAt = noun.at;
  clause.start = thatAt + 1;
  const previous = previousPredicate(predicates, p);
  if (previous) clause.governor = previous.index;
}

/**
 * "it is impossible that Kyiv will accept", "it is unlikely that …", "it is vital that the talks go on": a
 * that-clause after "it is" and an adjective of likelihood or need complements that adjective. Whether it did.
 */
function linkImpersonalComplement(cx: ClauseContext, clause: Clause, thatAt: number): boolean {
  const { view, predicates } = cx;
  if (thatAt < 1 || view.norm[thatAt] !== 'that') return false;
  const copula = previousPredicate(predicates, clause.predicate);
  if (copula?.form !== 'copula' || copula.adjectiveAt !== skipBack(view, thatAt - 1)) return false;
  const adjective = copula.adjective!;
  // "I am confident that they will destroy …": a forecast its speaker believes, as after "believes that"
  const p = clause.predicate;
  if (BELIEF_ADJECTIVES.has(adjective) && (p.modalKind === 'future' || p.modalKind === 'hypothetical')) {
    clause.relation = 'complement';
    clause.governor = copula.index;
    clause.governorWord = 'believe';
    clause.governorAt = copula.adjectiveAt!;
    return true;
  }
  if (view.norm[copula.start - 1] !== 'it') return false;
  const impossible = IMPOSSIBILITY_ADJECTIVES.has(adjective);
  // "it is important that you have visited …": a need met is a fact, and only a need still open is asked for
  const needed = NECESSITY_ADJECTIVES.has(adjective) && !isPastOrPerfect(view, clause.predicate);
  if (!impossible && !needed && !LIKELIHOOD_ADJECTIVES.has(adjective)) return false;
  clause.relation = 'complement';
  clause.governor = copula.index;
  clause.governorWord = adjective;
  clause.governorAt = copula.adjectiveAt!;
  if (impossible) clause.ruledOut = true;
  return true;
}

/**
 * Infinitives and other controlled clauses whose controller got its subject only after they were linked
 * (a sentence-initial gerund's, say) take that subject now; an object-controlled one keeps its own.
 */
function linkLateControllers(clauses: readonly Clause[]): void {
  for (const clause of clauses) {
    if (clause.subject.length > 0 || clause.governor === undefined || clause.relation === 'object-control')
      continue;
    const g = clauses[clause.governor]!;
    if (clause.relation === 'xcomp' || clause.relation === 'purpose' || clause.relation === 'coordinated') {
      clause.subject = g.subject;
      clause.subjectFrom = 'controller';
    }
  }
}
