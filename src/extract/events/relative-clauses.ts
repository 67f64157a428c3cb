// Clauses that describe a noun, whose subject is that noun: after a relative pronoun, a reduced relative,
// a participle or gerund right after its noun; and the verb whose subject such a clause between commas
// describes.
import { between, CCONJ, phraseEndingAt, predicateAt, previousPredicate, skipBack } from './clause-tokens.js';
import type { Clause, ClauseContext } from './clause-types.js';
import { describedNoun } from './described-noun.js';
import { opensObjectRelative, reducedRelative } from './participles.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import { findSubject } from './subject-phrase.js';

/**
 * "… Hamas, which controls Gaza": after "who", "which" or "that" (past a comma) the subject is the noun
 * before the pronoun. A "that" read as a conjunction after the object of a verb ("told reporters that …")
 * opens that verb's complement instead, and is left to the later steps.
 */
export function linkRelativePronoun(cx: ClauseContext, clause: Clause, before: number): boolean {
  const { view, phrases, predicates } = cx;
  if (before < 0) return false;
  const word = view.norm[before];
  if (word !== 'who' && word !== 'which' && word !== 'that') return false;
  let k = before;
  if (view.norm[k - 1] === ',') k--;
  const antecedent = phraseEndingAt(phrases, k);
  if (
    antecedent &&
    (word !== 'that' ||
      view.pos[before] !== 'SCONJ' ||
      !predicateAt(predicates, skipBack(view, antecedent.start - 1)))
  ) {
    clause.subject = [antecedent];
    clause.subjectFrom = 'relative';
    return true;
  }
  return false;
}

/**
 * "officials accused of …", "a report released Tuesday …", "There were 10 soldiers killed": a participle
 * after a noun, that is not the sentence's verb, is passive, and its noun is what was acted on; the clause
 * starts at that noun.
 */
export function linkReducedRelative(cx: ClauseContext, clause: Clause): boolean {
  const { view, phrases, predicates } = cx;
  const p = clause.predicate;
  const antecedent = reducedRelative(view, phrases, predicates, p);
  if (!antecedent) return false;
  p.form = 'participle';
  p.passive = true;
  clause.start = antecedent.start;
  clause.subject = [antecedent];
  clause.subjectFrom = 'relative';
  return true;
}

/** Pronouns that open a relative clause. */
const RELATIVE_WORDS = new Set(['who', 'whom', 'which']);

/**
 * Whether `noun`, with the -ing or bare -ed form `p` right after it, is the subject of the finite verb
 * after `p`: the noun is no pronoun and no verb's object, and neither a comma, a subordinator nor a subject
 * of its own starts a new clause between `p` and that verb.
 */
function subjectOfNextVerb(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  p: Predicate,
  noun: Phrase,
): boolean {
  // ("appealed to citizens who live in Europe": a verb after a relative pronoun is that clause's, not the
  // noun's; the noun's own verb, if any, comes after it)
  let next = predicates[p.index + 1];
  while (next && RELATIVE_WORDS.has(view.norm[skipBack(view, next.start - 1)]!))
    next = predicates[next.index + 1];
  const objectOfVerb = predicateAt(predicates, skipBack(view, noun.start - 1)) !== undefined;
  return (
    !objectOfVerb &&
    !opensObjectRelative(view, phrases, predicates, noun) &&
    next !== undefined &&
    next.form === 'finite' &&
    view.pos[noun.head] !== 'PRON' &&
    // ("Iran bowed to pressure and freed the sailors": a verb joined to it by "and" is its conjunct)
    !CCONJ.has(view.norm[skipBack(view, next.start - 1)]!) &&
    !between(view, p.end, next.start, (w, tag) => w === ',' || tag === 'SCONJ' || w === 'that') &&
    !findSubject(view, phrases, p.end, next.start)
  );
}

/**
 * "The Red Cross operating in Iraq said …", "workers affiliated with the union stopped …": an -ing or
 * bare -ed form right after a noun (not a prepositional one), before the verb whose subject that noun is,
 * modifies the noun; a bare -ed form is passive, its noun acted on.
 */
export function linkNounModifier(cx: ClauseContext, clause: Clause, before: number): boolean {
  const { view, phrases, predicates } = cx;
  const p = clause.predicate;
  const bareParticiple = p.form === 'finite' && p.start === p.head && view.norm[p.head]!.endsWith('ed');
  if (
    (p.form !== 'gerund' && !bareParticiple) ||
    before < 0 ||
    phraseEndingAt(phrases, before + 1)?.prep !== undefined
  )
    return false;
  const noun = phraseEndingAt(phrases, before + 1);
  if (!noun || !subjectOfNextVerb(view, phrases, predicates, p, noun)) return false;
  p.form = 'participle';
  if (bareParticiple) p.passive = true;
  clause.start = noun.start;
  clause.subject = [noun];
  clause.subjectFrom = 'relative';
  return true;
}

/**
 * "The rebels, who control the north, attacked the town": right after a relative clause between commas,
 * the verb's subject is the noun that clause describes.
 */
export function linkDescribedSubject(cx: ClauseContext, clause: Clause, before: number): boolean {
  const { view, predicates, clauses } = cx;
  const previous = previousPredicate(predicates, clause.predicate);
  const described =
    previous && view.norm[before] === ',' ? describedNoun(view, clauses, previous.index) : undefined;
  if (!described) return false;
  clause.subject = described;
  clause.subjectFrom = 'phrase';
  return true;
}
