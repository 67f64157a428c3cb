import { phraseEndingAt, skipBack } from './clause-tokens.js';
import { verbBeforeThat } from './complement-governors.js';
import { isPersonalPronoun, type Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import { CLAIM_NOUNS, DEMAND_NOUNS, TIME_WORDS } from './words.js';

/**
 * "Canada said in a joint statement that it would restrict …": the tagger reads a "that" after a noun as a
 * relative pronoun, yet after a verb of saying and its object or prepositional phrase it opens the verb's
 * complement when a whole clause follows: its own subject, and a verb that leaves no object missing (an
 * object of its own, a passive or a copula). A relative clause lacks its object ("the statement that it
 * issued on Monday") and keeps its tag. Retags such a "that" as a conjunction, in place.
 */
export function retagComplementThat(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
): void {
  const { norm, pos } = view;
  for (let k = 1; k < norm.length; k++) {
    if (norm[k] !== 'that' || pos[k] !== 'PRON') continue;
    const subject = phrases.find((ph) => ph.start === k + 1);
    if (!subject || subject.prep !== undefined) continue;
    const last = phrases[subject.group[subject.group.length - 1]!]!;
    const verb = predicates.find((p) => p.start >= last.end);
    if (!verb || skipBack(view, verb.start - 1) !== last.end - 1) continue;
    if (verb.form !== 'finite' && verb.form !== 'copula') continue;
    if (!leavesNoGap(view, phrases, verb)) continue;
    if (!leavesThatToVerb(view, phrases, k)) continue;
    const governed = verbBeforeThat(view, phrases, predicates, k);
    if (!governed || governed.passed === 0) continue;
    pos[k] = 'SCONJ';
  }
}

/**
 * What stands between the verb and "that" lets the clause be the verb's: a place, time or manner of saying
 * ("in a joint statement", "on the record", "this week"), or the one addressed ("told reporters", "warned
 * Russia"). A noun of demand or claim owns its that-clause ("reiterated its demand today that Israel ease",
 * "declined to comment on reports that …") unless it is only where the saying was done ("said in a report
 * that …"), and so does any other object ("dismissed the argument that …").
 */
function leavesThatToVerb(view: SentenceView, phrases: readonly Phrase[], thatAt: number): boolean {
  let phrase = phraseEndingAt(phrases, thatAt);
  for (let hops = 0; hops < 2 && phrase && TIME_WORDS.has(view.norm[phrase.head]!); hops++)
    phrase = phraseEndingAt(phrases, phrase.start - (phrase.prep !== undefined ? 1 : 0));
  if (!phrase) return true;
  const head = phrase.head;
  if (phrase.prep === undefined) return view.actorAt[head]! >= 0 || isPersonalPronoun(view.norm[head]!);
  const owner =
    DEMAND_NOUNS.has(view.lemma[head]!) ||
    DEMAND_NOUNS.has(view.norm[head]!) ||
    CLAIM_NOUNS.has(view.lemma[head]!) ||
    CLAIM_NOUNS.has(view.norm[head]!);
  return !owner || phrase.prep === 'in';
}

/** A passive, a copula, or a verb with an object of its own right after it (not a time phrase: "on Monday"). */
function leavesNoGap(view: SentenceView, phrases: readonly Phrase[], verb: Predicate): boolean {
  if (verb.passive || verb.form === 'copula') return true;
  const object = phrases.find((ph) => ph.start === verb.end);
  return object !== undefined && object.prep === undefined && !TIME_WORDS.has(view.norm[object.head]!);
}
