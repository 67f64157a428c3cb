import { COMPLEMENT_TAKERS, phraseEndingAt, predicateAt, skipBack } from './clause-tokens.js';
import type { Clause, ClauseContext } from './clause-types.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import { CLAIM_NOUNS, DEMAND_NOUNS, RULING_OUT_NOUNS, TIME_WORDS } from './words.js';

// How a complement clause finds the word that governs it: a verb of saying, claiming, denying or demanding
// before its "that" or before its bare subject ("said that …", "said Moscow urged …"), or a noun of claim or
// demand before its "that" ("fears that …", "its demand that …").

/** The verb of saying, claiming, denying or demanding whose complement this clause is, if any. */
export function complementGovernor(
  cx: ClauseContext,
  clause: Clause,
  subject: Phrase | undefined,
): Predicate | undefined {
  const { view, phrases, predicates, clauses } = cx;
  const p = clause.predicate;
  if (p.index === 0) return undefined;
  // "that" opens the clause: find the verb before it, past its object ("told reporters that", "warned X that")
  const opener = clause.start - 1;
  if (opener >= 0 && view.norm[opener] === 'that' && view.pos[opener] === 'SCONJ') {
    const k = skipBack(view, opener - 1);
    // "alleged that …, and that …": a second complement of the same verb
    if (view.norm[k] === 'and' || view.norm[k] === 'or' || view.norm[k] === 'but') {
      for (let q = p.index - 1; q >= 0; q--) {
        const c = clauses[q]!;
        if (c.relation === 'complement' && c.governor !== undefined) return predicates[c.governor];
      }
      return undefined;
    }
    return verbBeforeThat(view, phrases, predicates, opener)?.verb;
  }
  // a bare complement: "Lavrov said Moscow urged …", "denies it is planning …"
  // "agreed there was a need …": an existential clause has "there" for its subject
  let from: number;
  if (p.start > 0 && view.norm[p.start - 1] === 'there') from = p.start - 1;
  else if (subject) from = phrases[subject.group[0]!]!.start;
  else return undefined;
  let k = skipBack(view, from - 1);
  // "said on Wednesday they would …": past time phrases between the verb and the clause
  for (let hops = 0; hops < 3; hops++) {
    const time = phraseEndingAt(phrases, k + 1);
    if (!time || !TIME_WORDS.has(view.norm[time.head]!)) break;
    k = skipBack(view, time.start - 1 - (time.prep !== undefined ? 1 : 0));
  }
  const verb = predicateAt(predicates, k);
  if (verb && verb.index < p.index && (COMPLEMENT_TAKERS(verb.lemma) || verb.lemma === 'agree')) return verb;
  return undefined;
}

/**
 * The verb of saying, claiming, denying, demanding or agreeing before the "that" at `thatAt`, past its object
 * and any prepositional or time phrases ("told reporters that", "agreed on Wednesday that"), with the number
 * of phrases passed.
 */
export function verbBeforeThat(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  thatAt: number,
): { verb: Predicate; passed: number } | undefined {
  let k = skipBack(view, thatAt - 1);
  let passed = 0;
  for (; passed < 4; passed++) {
    if (view.norm[k] === ',') k = skipBack(view, k - 1);
    const phrase = phraseEndingAt(phrases, k + 1);
    if (!phrase) break;
    const first = phrases[phrase.group[0]!]!;
    k = skipBack(view, first.start - 1 - (first.prep !== undefined ? 1 : 0));
  }
  const verb = predicateAt(predicates, k);
  if (verb && (COMPLEMENT_TAKERS(verb.lemma) || verb.lemma === 'agree')) return { verb, passed };
  return undefined;
}

/**
 * The noun of claim, fear or demand whose that-clause this is ("fears that Moscow could …", "its demand
 * today that Israel ease …", "a reminder to Iraq that it must …"), with its token. Time phrases and the
 * addressee ("to Iraq") may stand between the noun and "that". A "that" the tagger read as a pronoun opens a
 * complement only after a noun of demand and before a subjunctive or modal verb ("demands that the
 * government grant"), not a relative clause ("the demands that the rebels made").
 */
export function claimNounBefore(
  view: SentenceView,
  phrases: readonly Phrase[],
  thatAt: number,
  predicate: Predicate,
): { lemma: string; at: number } | undefined {
  if (thatAt < 0 || view.norm[thatAt] !== 'that') return undefined;
  const conjunction = view.pos[thatAt] === 'SCONJ';
  let k = thatAt;
  for (let hops = 0; hops < 3; hops++) {
    const phrase = phraseEndingAt(phrases, k);
    if (!phrase) return undefined;
    const lemma = view.lemma[phrase.head]!;
    const norm = view.norm[phrase.head]!;
    if (DEMAND_NOUNS.has(lemma) || DEMAND_NOUNS.has(norm))
      return conjunction || subjunctive(view, predicate) ? { lemma, at: phrase.head } : undefined;
    if (CLAIM_NOUNS.has(lemma) || CLAIM_NOUNS.has(norm))
      return conjunction ? { lemma, at: phrase.head } : undefined;
    if (!TIME_WORDS.has(norm) && phrase.prep !== 'to') return undefined;
    k = phrase.start - (phrase.prep !== undefined ? 1 : 0);
  }
  return undefined;
}

/** Words right before "a" or "any" that deny it: "there is not a chance", "there isn't any sign". */
const DENYING_WORDS = new Set(['not', "n't", 'never', 'nor']);

/**
 * "there is no chance that Mariupol will …", "no way Kyiv will …", "not a sign that troops withdrew": a
 * noun of chance or evidence under a negation, right before the clause (past a "that" of either tag), rules
 * the clause out. The chunker may have joined that noun to a name after it ("no way Kyiv"): then it stands
 * inside the subject phrase, before its head. Returns that noun and its token.
 */
export function rulingOutNounBefore(
  view: SentenceView,
  at: number,
  subject: Phrase | undefined,
): { lemma: string; at: number } | undefined {
  let noun = view.norm[at] === 'that' ? at - 1 : at;
  if (subject) for (let k = subject.start; k < subject.head; k++) if (isRulingOutNoun(view, k)) noun = k;
  if (noun < 1 || !isRulingOutNoun(view, noun)) return undefined;
  let k = noun - 1;
  while (k > 0 && view.pos[k] === 'ADJ') k--;
  const first = view.norm[k]!;
  const denied =
    first === 'no' ||
    first === 'zero' ||
    ((first === 'a' || first === 'any') && DENYING_WORDS.has(view.norm[k - 1] ?? ''));
  return denied ? { lemma: view.lemma[noun]!, at: noun } : undefined;
}

function isRulingOutNoun(view: SentenceView, k: number): boolean {
  return (
    view.pos[k] === 'NOUN' && (RULING_OUT_NOUNS.has(view.lemma[k]!) || RULING_OUT_NOUNS.has(view.norm[k]!))
  );
}

/** A verb in the base form or under a modal: "(that) the government grant", "be reinstated", "must leave". */
function subjunctive(view: SentenceView, p: Predicate): boolean {
  if (p.modalKind !== undefined) return true;
  if (view.lemma[p.start] === 'be' && view.norm[p.start] === 'be') return true;
  return p.start === p.head && view.norm[p.head] === view.lemma[p.head] && !view.norm[p.head]!.endsWith('ed');
}
