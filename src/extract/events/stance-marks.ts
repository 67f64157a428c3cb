// Marks a clause carries that change what it asserts: a hedge ("allegedly"), a means or an opposed gerund,
// a generic gerund, a negative subject ("nothing they do will help").

import type { Clause } from './clauses.js';
import { PHRASE_TAGS } from './considered-acts.js';
import type { SentenceView } from './sentence.js';

/**
 * Adverbs that leave the act a claim or a guess: "allegedly attacked", "was probably shot down". ("reportedly"
 * tells where the news comes from, not that it is in doubt.)
 */
const HEDGING_ADVERBS = new Set([
  'allegedly',
  'supposedly',
  'purportedly',
  'ostensibly',
  'possibly',
  'probably',
  'perhaps',
  'maybe',
  'presumably',
]);

/** Whether a hedging adverb stands in the verb group or among the adverbs right before it. */
export function isHedged(view: SentenceView, p: Clause['predicate']): boolean {
  for (let k = p.start - 1; k >= 0 && view.pos[k] === 'ADV'; k--)
    if (HEDGING_ADVERBS.has(view.norm[k]!)) return true;
  for (let k = p.start; k < p.head; k++) if (HEDGING_ADVERBS.has(view.norm[k]!)) return true;
  return false;
}

/** "Allegedly, we are preparing a chemical attack": a hedge fronted before the sentence's first clause. */
export function hasFrontedHedge(view: SentenceView, clause: Clause): boolean {
  return (
    clause.predicate.index === 0 &&
    clause.governor === undefined &&
    view.norm[1] === ',' &&
    HEDGING_ADVERBS.has(view.norm[0]!)
  );
}

/**
 * "must respond by defending …": a gerund of the means is asked for with its act. (Under an attempt it is
 * done: "is trying to do this by destroying …".)
 */
export function isMeans(view: SentenceView, clause: Clause): boolean {
  const p = clause.predicate;
  return p.form === 'gerund' && view.norm[p.start - 1] === 'by';
}

/**
 * "are against Ukraine or Georgia joining the alliance", "warned against Russia sending troops": a gerund
 * whose subject "against" introduces is an act opposed, not done.
 */
export function isOpposedGerund(view: SentenceView, clause: Clause): boolean {
  const p = clause.predicate;
  if (p.form !== 'gerund') return false;
  let k = p.start - 1;
  while (k >= 0 && k > p.start - 8 && PHRASE_TAGS.has(view.pos[k]!)) k--;
  return k < p.start - 1 && view.norm[k] === 'against';
}

/** Words after which a clause opens, so that a gerund after them may be its subject. */
const CLAUSE_OPENING_WORDS = new Set(['that', ':', '"', '“', "'", ',', ';', '-', '–', 'and', 'but']);

/** Tags of the words a gerund's object and its phrases are made of ("killing civilians in cities"). */
const GERUND_OBJECT_TAGS = new Set([...PHRASE_TAGS, 'ADP', 'PRON']);

/**
 * "Killing civilians is a crime", "that shelling cities is unacceptable": a gerund with no subject of its own
 * that is itself the subject of "be" says what such an act is, not that anyone did it.
 */
export function isGenericGerund(view: SentenceView, clause: Clause): boolean {
  const p = clause.predicate;
  // (a subject the gerund shares with the clause before "and" is not its own)
  if (p.form !== 'gerund' || p.start !== p.head) return false;
  if (p.start > 0 && !CLAUSE_OPENING_WORDS.has(view.norm[p.start - 1]!)) return false;
  let k = p.end;
  // ("continuing to torture them is …": an infinitive the gerund takes belongs to it)
  while (
    k < view.norm.length &&
    k < p.end + 10 &&
    (GERUND_OBJECT_TAGS.has(view.pos[k]!) || (view.pos[k] === 'VERB' && view.norm[k - 1] === 'to'))
  )
    k++;
  return view.pos[k] === 'AUX' && view.lemma[k] === 'be';
}

/** Subjects that say no one did it: "nothing threatens them", "no country has attacked", "none of them …". */
const NEGATIVE_SUBJECT_WORDS = new Set(['no', 'nobody', 'nothing', 'none', 'no-one', 'noone']);

/** Whether token `k` is a pronoun that says no one or nothing: "nothing", "none", "nobody", "no one". */
function isNegativePronoun(view: SentenceView, k: number): boolean {
  const word = view.norm[k];
  if (word === undefined) return false;
  if (NEGATIVE_SUBJECT_WORDS.has(word) && word !== 'no') return true;
  return k > 0 && word === 'one' && view.norm[k - 1] === 'no';
}

/**
 * "Nothing they do will help", "no one Russia sent has returned": a relative clause with no "that" between a
 * negative pronoun and the verb, which may have taken the relative's verb into its group ("does will help").
 * `k` is the last token before the verb group.
 */
function opensContactRelative(view: SentenceView, k: number): boolean {
  let j = k;
  if (view.pos[j] === 'VERB' || view.pos[j] === 'AUX') j--;
  const subjectEnd = j;
  while (
    j >= 0 &&
    j > subjectEnd - 3 &&
    !isNegativePronoun(view, j) &&
    (view.pos[j] === 'PRON' || PHRASE_TAGS.has(view.pos[j]!))
  )
    j--;
  if (j === subjectEnd || !isNegativePronoun(view, j)) return false;
  const opening = view.norm[j] === 'one' ? j - 1 : j;
  return opening === 0 || CLAUSE_OPENING_WORDS.has(view.norm[opening - 1]!);
}

/**
 * Whether the clause's subject denies anyone did the act: its own subject phrase opens with such a word, or
 * such a pronoun, which no phrase takes, stands right before the verb ("when nothing threatens them").
 */
export function hasNegativeSubject(view: SentenceView, clause: Clause): boolean {
  const { norm } = view;
  let k = clause.predicate.start - 1;
  while (k >= 0 && view.pos[k] === 'ADV') k--;
  if (isNegativePronoun(view, k)) return true;
  if (opensContactRelative(view, k)) return true;
  const subject = clause.subject[0];
  if (clause.subjectFrom !== 'phrase' || !subject) return false;
  // "not a single soldier", "not one country"
  if (norm[subject.start - 1] === 'not' && (norm[subject.start] === 'a' || norm[subject.start] === 'one'))
    return true;
  // ("a no-fly zone", "No. 2"): "no" joined to the word after it is no negation
  return NEGATIVE_SUBJECT_WORDS.has(norm[subject.start]!) && view.tokens[subject.start]!.space !== '';
}
