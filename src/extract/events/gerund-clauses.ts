// Gerunds without a subject of their own: after a preposition, after a verb of beginning or going on, and
// as adverbial clauses that take their subject from the clause they modify or the noun they follow.
import { phraseEndingAt, predicateAt, previousFinite, QUOTES } from './clause-tokens.js';
import type { Clause, ClauseContext } from './clause-types.js';
import { linkPrepositionalGerund } from './gerund-governors.js';
import { phraseActors } from './phrase-actors.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import { APPEAL_VERBS, DEMAND_VERBS, DOCUMENT_NOUNS, WRITING_VERBS } from './words.js';

/** Verbs that start or keep up the act their gerund names ("began shelling"); "stopped" ends it. */
const ASPECT_VERBS = new Set(['begin', 'start', 'resume', 'continue', 'keep', 'renew', 'commence']);

/**
 * "accused X of staging", "after reaching", "without returning": a gerund after a preposition hangs from
 * what the preposition belongs to.
 */
export function linkGerundAfterPreposition(cx: ClauseContext, clause: Clause, before: number): boolean {
  const { view, phrases, predicates, clauses } = cx;
  if (clause.predicate.form !== 'gerund' || before < 0 || view.pos[before] !== 'ADP') return false;
  linkPrepositionalGerund(view, phrases, predicates, clauses, clause, before);
  return true;
}

/**
 * "resumed shelling the town", "began bombing": a gerund right after a verb of beginning or going on is the
 * act itself, done by that verb's subject.
 */
export function linkAspectGerund(cx: ClauseContext, clause: Clause) {
  const { predicates, clauses } = cx;
  const p = clause.predicate;
  const aspect = p.form === 'gerund' ? predicateAt(predicates, p.start - 1) : undefined;
  if (!aspect || aspect.end !== p.start || !ASPECT_VERBS.has(aspect.lemma)) return false;
  clause.governor = aspect.index;
  clause.relation = 'xcomp';
  clause.subject = clauses[aspect.index]!.subject;
  clause.subjectFrom = 'controller';
  return true;
}

/**
 * A gerund left over modifies a main clause: "While speaking …, Blinken repeated", "…, adding that …".
 * After a comma it shares the subject of the finite verb before it, and so does an appeal or demand after
 * a verb of writing ("wrote to the president urging him to …"), or any gerund after the document such a
 * verb issued ("issued a statement demanding that …"): what a document says, its author says. Otherwise
 * its subject is found once every clause is linked.
 */
export function linkAdverbialGerund(cx: ClauseContext, clause: Clause, before: number): boolean {
  const { view, predicates, clauses } = cx;
  const p = clause.predicate;
  if (p.form !== 'gerund') return false;
  clause.relation = 'adverbial';
  const prior = previousFinite(predicates, p.index);
  const document =
    prior !== undefined &&
    ((before >= 0 &&
      DOCUMENT_NOUNS.has(view.lemma[before]!) &&
      WRITING_VERBS.has(predicates[prior]!.lemma)) ||
      (WRITING_VERBS.has(predicates[prior]!.lemma) &&
        (APPEAL_VERBS.has(p.lemma) || DEMAND_VERBS.has(p.lemma))));
  if (prior !== undefined && (view.norm[before] === ',' || document)) {
    clause.governor = prior;
    clause.subject = clauses[prior]!.subject;
    clause.subjectFrom = 'shared';
  }
  return true;
}

/**
 * "signed a decree imposing martial law, and parliament approved it": an adverbial gerund right after the
 * noun (not a prepositional one: "with each side accusing the other") of an earlier main clause is a
 * reduced relative. Its subject is the noun when that names actors ("UN inspectors probing …"), else the
 * main clause's subject when its verb issues a document ("published a declaration demanding …"), else
 * still the noun ("vetoed a resolution condemning …": only who issues a document says what it says).
 */
function linkGerundAfterNoun(
  view: SentenceView,
  phrases: readonly Phrase[],
  clauses: readonly Clause[],
  clause: Clause,
): boolean {
  const noun = phraseEndingAt(phrases, clause.predicate.start);
  const prior =
    noun && noun.prep === undefined
      ? clauses.findLast(
          (c) =>
            c.predicate.index < clause.predicate.index &&
            c.subjectFrom === 'phrase' &&
            c.governor === undefined,
        )
      : undefined;
  if (!noun || !prior) return false;
  const actors = phraseActors(view, phrases, noun);
  const named = actors.heads.length > 0 || actors.possessor !== undefined || actors.modifiers.length > 0;
  const issued = WRITING_VERBS.has(prior.predicate.lemma);
  clause.subject = named || !issued ? [noun] : prior.subject;
  clause.subjectFrom = named || !issued ? 'relative' : 'shared';
  clause.governor = prior.predicate.index;
  return true;
}

/**
 * "While speaking to reporters, Blinken repeated …": an adverbial gerund before any finite verb takes the
 * subject of the first main clause after it. With no comma before that clause's verb the gerund is its
 * subject ("Attacking Ukraine was a mistake"): an act of no one in particular, whose object is no subject.
 */
function linkOpeningGerund(
  view: SentenceView,
  predicates: readonly Predicate[],
  clauses: readonly Clause[],
  clause: Clause,
): void {
  if (previousFinite(predicates, clause.predicate.index) !== undefined) return;
  const main = clauses.find((c) => c.predicate.index > clause.predicate.index && c.subjectFrom === 'phrase');
  // the gerund opens the sentence, or a quotation in it, with nothing before it that makes it adverbial
  const before = view.norm[clause.predicate.start - 1];
  const opens = before === undefined || QUOTES.has(before);
  if (main && opens && !view.norm.slice(clause.predicate.end, main.predicate.start).includes(',')) return;
  if (main) {
    clause.subject = main.subject;
    clause.subjectFrom = 'shared';
    clause.governor = main.predicate.index;
  }
}

/** Gives the adverbial gerunds still without a subject, once every clause is linked, the one they take. */
export function linkAdverbialGerundSubjects(cx: ClauseContext): void {
  const { view, phrases, predicates, clauses } = cx;
  for (const clause of clauses) {
    if (clause.relation !== 'adverbial' || clause.subject.length > 0) continue;
    if (!linkGerundAfterNoun(view, phrases, clauses, clause))
      linkOpeningGerund(view, predicates, clauses, clause);
  }
}
