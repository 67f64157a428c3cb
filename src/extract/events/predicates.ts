import { PAST_AUXILIARIES, PRESENT_AUXILIARIES } from '../times/tense.js';
import type { Phrase } from './phrases.js';
import type { SentenceView } from './sentence.js';
import {
  FUTURE_MODALS,
  HYPOTHETICAL_MODALS,
  NEGATORS,
  OBLIGATION_MODALS,
  POSSESSIVE_PRONOUNS,
  TELEPHONE_WORDS,
} from './words.js';

const QUOTES = new Set(['"', "'"]);

/** Participles that after "be" describe their subject's stance rather than something done to it. */
const STATIVE_PARTICIPLES = new Set([
  'committed',
  'opposed',
  'prepared',
  'determined',
  'resolved',
  'dedicated',
  'disposed',
  'inclined',
]);

export type PredicateForm = 'finite' | 'infinitive' | 'gerund' | 'participle' | 'copula';

/** A verb group: auxiliaries, negation and adverbs up to the main verb, with what they say about it. */
export interface Predicate {
  readonly index: number;
  readonly start: number;
  /** Local index of the main verb (the last auxiliary for a bare copula). */
  readonly head: number;
  readonly end: number;
  readonly lemma: string;
  form: PredicateForm;
  readonly negated: boolean;
  /** The first modal auxiliary, lower-cased ("will", "could", "must"), if any. */
  readonly modal?: string;
  readonly modalKind?: 'future' | 'hypothetical' | 'obligation';
  passive: boolean;
  /** After a copula: the adjective that takes a "to" infinitive ("is ready to"), if any. */
  readonly adjective?: string;
  readonly adjectiveAt?: number;
  /**
   * A bare participle used as an adjective inside a noun phrase ("the temporarily occupied territories",
   * "its internationally recognised borders"): it describes a state of the noun, not an act the sentence
   * reports, so it codes no event of its own.
   */
  readonly attributive?: boolean;
}

/**
 * The verb "prepare" as an act under way ("prepared to attack", "has prepared an offensive", "is preparing
 * to leave"), not the readiness of "is prepared to" or "will be prepared to", where "be" carries "prepared".
 */
export function isPreparingAct(view: SentenceView, p: Predicate): boolean {
  if (p.lemma !== 'prepare' || p.adjective !== undefined) return false;
  if (view.norm[p.head] !== 'prepared') return true;
  for (let k = p.start; k < p.head; k++) if (view.lemma[k] === 'be') return false;
  return true;
}

/** A past participle, or a past tense that looks like one: a changed form not in -ing or -s. */
export function isParticipleForm(view: SentenceView, k: number): boolean {
  const w = view.norm[k]!;
  return (
    (w !== view.lemma[k] || w === 'put' || w === 'hit' || w === 'cut') &&
    !w.endsWith('ing') &&
    !w.endsWith('s')
  );
}

/**
 * When a verb group tells its act: 'past' for the simple past and the past perfect ("met", "was held", "had
 * agreed", "did come"), 'perfect' for a perfect of the present or after a modal ("has visited", "would have
 * come"), 'present' for the rest ("meets", "is meeting", "will meet"). The first auxiliary with a tense
 * decides; a lone verb is past when it has a past form.
 */
export function verbGroupTime(view: SentenceView, p: Predicate): 'past' | 'perfect' | 'present' {
  for (let k = p.start; k <= p.head; k++) {
    const w = view.norm[k]!;
    if (PAST_AUXILIARIES.has(w)) return 'past';
    if (PRESENT_AUXILIARIES.has(w)) return k < p.head && view.lemma[k] === 'have' ? 'perfect' : 'present';
    if (k < p.head && view.lemma[k] === 'have') return 'perfect';
  }
  return p.start === p.head && isParticipleForm(view, p.head) ? 'past' : 'present';
}

/** A verb group in the past or the perfect: "visited", "have visited", "was held", "did come". */
export function isPastOrPerfect(view: SentenceView, p: Predicate): boolean {
  return verbGroupTime(view, p) !== 'present';
}

/** A verb group in the simple past or the past perfect, with no modal: "met", "was held", "had agreed". */
export function isSimplePast(view: SentenceView, p: Predicate): boolean {
  return p.modal === undefined && verbGroupTime(view, p) === 'past';
}

/**
 * Finds the verb groups of a sentence. A group runs over auxiliaries, "not" and adverbs and ends at the first
 * main verb; a group of auxiliaries alone is a copula ("is ready", "are at their highest").
 */
export function findPredicates(view: SentenceView, phrases: readonly Phrase[]): Predicate[] {
  const { pos, norm, lemma } = view;
  const inPhrase = new Uint8Array(pos.length);
  for (const p of phrases) inPhrase.fill(1, p.start, p.end);
  const predicates: Predicate[] = [];
  // per verb group: whether it shares the auxiliaries of the one before ("will invade, surround and destroy")
  const sharing: number[] = [];
  let i = 0;
  while (i < pos.length) {
    const p = pos[i]!;
    if ((p !== 'AUX' && p !== 'VERB') || inPhrase[i]) {
      i++;
      continue;
    }
    const start = i;
    let head = -1;
    let lastAux = -1;
    let negated = false;
    let modal: string | undefined;
    let passiveAux = false;
    let j = i;
    for (; j < pos.length; j++) {
      const q = pos[j]!;
      const w = norm[j]!;
      if (q === 'AUX') {
        lastAux = j;
        if (
          modal === undefined &&
          (HYPOTHETICAL_MODALS.has(w) || FUTURE_MODALS.has(w) || OBLIGATION_MODALS.has(w))
        )
          modal = w;
        passiveAux = lemma[j] === 'be' || lemma[j] === 'get' || w === 'being' || w === 'been';
        continue;
      }
      if (NEGATORS.has(w)) {
        // "has not only to deter …": "not only" focuses a part of the clause, it denies nothing
        if ((w !== 'not' && w !== "n't") || !NOT_ONLY_WORDS.has(norm[j + 1]!)) negated = true;
        continue;
      }
      if ((q === 'ADV' || QUOTES.has(w)) && j > start) continue;
      // "must immediately and unconditionally withdraw": adverbs joined by "and" stay in the group
      if (q === 'CCONJ' && j > start && pos[j - 1] === 'ADV' && pos[j + 1] === 'ADV') continue;
      if (q === 'VERB') {
        head = j;
        j++;
      }
      break;
    }
    // Adverbs after the last auxiliary that no verb followed belong outside the group.
    if (head < 0) {
      if (lastAux < 0) {
        i = j + 1;
        continue;
      }
      let adjectiveAt = -1;
      let k = lastAux + 1;
      while (k < pos.length && (pos[k] === 'ADV' || QUOTES.has(norm[k]!) || NEGATORS.has(norm[k]!))) k++;
      if (pos[k] === 'ADJ' || (pos[k] === 'VERB' && inPhrase[k] === 0)) adjectiveAt = k;
      if (negatedByNeither(norm, pos, start, lastAux)) negated = true;
      // "is unwilling to negotiate" says what "is not willing to negotiate" says
      const unwilling = adjectiveAt >= 0 ? UNWILLING_ADJECTIVES.get(lemma[adjectiveAt]!) : undefined;
      if (unwilling) negated = !negated;
      sharing.push(0);
      predicates.push({
        index: predicates.length,
        start,
        head: lastAux,
        end: lastAux + 1,
        lemma: lemma[lastAux]!,
        form: 'copula',
        negated,
        ...modalFields(modal),
        passive: false,
        ...(adjectiveAt >= 0 && { adjective: unwilling ?? lemma[adjectiveAt]!, adjectiveAt }),
      });
      i = Math.max(lastAux + 1, j);
      continue;
    }
    const headWord = norm[head]!;
    let form: PredicateForm = 'finite';
    let arranged = false;
    let k = start - 1;
    while (k >= 0 && pos[k] === 'ADV') k--;
    if (k >= 0 && norm[k] === 'to' && pos[k] === 'PART') {
      form = 'infinitive';
      // "vowed not to return", "promised never to attack": the negation stands before "to"
      if (k > 0 && NEGATORS.has(norm[k - 1]!)) negated = true;
      // "has yet to recognise", "is yet to sign": not done so far
      if (norm[k - 1] === 'yet' && (lemma[k - 2] === 'have' || lemma[k - 2] === 'be')) negated = true;
      // "Putin is to visit China", "the documents are to be signed": "be to" arranges an act still to come
      // ("is to blame" says who is at fault, not an act to come)
      if (k > 0 && pos[k - 1] === 'AUX' && BE_FORMS.has(norm[k - 1]!) && lemma[start] !== 'blame')
        arranged = true;
    } else if (lastAux < 0 && headWord.endsWith('ing')) {
      form = 'gerund';
      // "stopped short of recognising": came close to the act and did not do it
      if (norm[start - 1] === 'of' && norm[start - 2] === 'short') negated = true;
    }
    if (form !== 'infinitive' && negatedBefore(norm, pos, start)) negated = true;
    // "can neither confirm nor deny", "Neither Russia nor Ukraine attacked", "attacked neither X nor Y"
    if (negatedByNeither(norm, pos, start, head)) negated = true;
    // "could attack Ukraine and seize Kyiv", "did not attack Ukraine or seize Kyiv", "has not attacked or
    // seized": a verb with no auxiliary of its own, in the shape the auxiliaries before and left, shares them
    const left = predicates[predicates.length - 1];
    const shares =
      left !== undefined &&
      form === 'finite' &&
      start === head &&
      sharesAuxiliaries(view, left, sharing[left.index] === 1, head);
    if (shares) {
      modal ??= left.modal;
      negated ||= left.negated;
    }
    sharing.push(shares ? 1 : 0);
    // "is committed to", "is opposed to", "is prepared to": a state of the subject, not a passive act
    const stative = STATIVE_PARTICIPLES.has(headWord) && norm[head + 1] !== 'by';
    const passive =
      (passiveAux && lastAux >= 0 && isParticipleForm(view, head) && !stative) ||
      (left !== undefined && form === 'finite' && start === head && sharesPassive(view, left, head)) ||
      (lastAux < 0 &&
        form === 'finite' &&
        norm[head + 1] === 'by' &&
        pos[head + 2] !== 'NUM' && // "shortened by one hour": a measure, not an agent
        !TELEPHONE_WORDS.has(norm[head + 2]!) && // "spoke by phone": a means, not an agent
        isParticipleForm(view, head));
    const attributive = lastAux < 0 && form === 'finite' && !passive && isAttributiveParticiple(view, head);
    predicates.push({
      index: predicates.length,
      start,
      head,
      end: head + 1,
      lemma: lemma[head]!,
      form: lastAux < 0 && passive ? 'participle' : form,
      negated,
      ...(arranged && modal === undefined ? { modalKind: 'future' as const } : modalFields(modal)),
      passive,
      ...(attributive && { attributive }),
    });
    i = head + 1;
  }
  return predicates;
}

/** Forms of "be" that, right before "to" and a verb, say the act is arranged ("is to visit"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'am', "'s", "'re"]);

/** Tags right before an adjective-like participle that can only open a noun phrase: "three", "in". */
const NOUN_PHRASE_OPENERS = new Set(['NUM', 'ADP']);

/**
 * Whether the bare participle at `head` modifies the noun right after it: a determiner, a possessive, a
 * preposition or an adjective stands before it, past adverbs ("the temporarily occupied territories", "its
 * internationally recognised borders", "their occupied lands"). A subject before it ("troops deployed near
 * the border", "Russia occupied towns") or a relative pronoun ("which quickly occupied towns") makes it a
 * verb.
 */
function isAttributiveParticiple(view: SentenceView, head: number): boolean {
  const { pos, norm } = view;
  if (!isParticipleForm(view, head)) return false;
  const next = pos[head + 1];
  const noun =
    next === 'NOUN' ||
    next === 'PROPN' ||
    (next === 'ADJ' && (pos[head + 2] === 'NOUN' || pos[head + 2] === 'PROPN'));
  if (!noun) return false;
  let k = head - 1;
  while (k >= 0 && pos[k] === 'ADV') k--;
  // "our dead and wounded comrades": an adjective joined to the participle by "and" or "or" stands for one
  if ((norm[k] === 'and' || norm[k] === 'or') && pos[k - 1] === 'ADJ') k--;
  // "the newly independent occupied …": an adjective may stand between, after a determiner or possessive
  const adjective = pos[k] === 'ADJ';
  if (adjective) k--;
  if (k < 0) return false;
  const tag = pos[k]!;
  if (tag === 'PRON') return POSSESSIVE_PRONOUNS.has(norm[k]!);
  if (tag === 'DET') return true;
  return !adjective && NOUN_PHRASE_OPENERS.has(tag) && norm[k] !== 'as' && norm[k] !== 'by';
}

/** Adjectives of unwillingness, and the readiness they deny: "is reluctant to meet" is not willing to. */
export const UNWILLING_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['unwilling', 'willing'],
  ['reluctant', 'willing'],
  ['loath', 'willing'],
  ['disinclined', 'willing'],
  ['unprepared', 'prepared'],
  ['unready', 'ready'],
]);

/** Words after "not" in a verb group that make it focus a part of the clause: "has not only to deter …". */
const NOT_ONLY_WORDS = new Set(['only', 'just', 'merely', 'simply']);

/** Words after "not" that make it focus a part of the clause rather than deny it: "not only attacked …". */
const FOCUS_WORDS = new Set(['only', 'just', 'merely', 'simply', 'least', 'even']);

/**
 * "Ukraine never wanted this war", "troops not yet withdrawn": a negation among the adverbs right before a
 * verb group, which has no auxiliary to carry it ("has never attacked" is read inside the group).
 */
function negatedBefore(norm: readonly string[], pos: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= 0 && (pos[k] === 'ADV' || NEGATORS.has(norm[k]!)); k--) {
    const w = norm[k]!;
    if (w === 'never' || w === 'no-longer') return true;
    if ((w === 'not' || w === "n't") && !FOCUS_WORDS.has(norm[k + 1]!)) return true;
  }
  return false;
}

/** Verbs joined by these words share the auxiliaries of the verb before them. */
const VERB_JOINERS = new Set(['and', 'or', 'nor']);
/** Words that end a list of verbs. */
const LIST_ENDS = new Set(['.', ';', ':', '!', '?']);

/**
 * Whether the verb at `head`, right after "and", "or" or "nor", continues the verb group `left`: that group
 * has a modal or a negation over an auxiliary, and the verb has the same form as its main verb (both base
 * forms after "could" or "did not", both participles after "has not"). A bare verb that shares them passes
 * them on ("will not attack, occupy or destroy"), and a comma joins where "and" or "or" ends the list.
 */
function sharesAuxiliaries(view: SentenceView, left: Predicate, leftShares: boolean, head: number): boolean {
  const { norm, lemma } = view;
  const joiner = norm[head - 1]!;
  if (!VERB_JOINERS.has(joiner) && (joiner !== ',' || !listGoesOn(norm, head))) return false;
  if ((left.start === left.head && !leftShares) || left.form === 'copula') return false;
  if (left.modal === undefined && !left.negated) return false;
  // "did not let aid in and continue to shell the city": a verb of going on after a past "did" is the present
  // of the subject, not one more act the "did not" denies
  if (joiner === 'and' && ONGOING_VERBS.has(norm[head]!) && pastDoBefore(norm, left)) return false;
  const base = (k: number) => norm[k] === lemma[k];
  return base(head) === base(left.head);
}

/** Tags that open an object after a verb: a participle followed by one acts ("was attacked and killed two"). */
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/**
 * Whether the bare participle at `head` is one more verb of the passive group `left` ("ports were blocked and
 * seized", "were shelled, looted and burned"): only joiners, commas and adverbs between, and no object after.
 */
function sharesPassive(view: SentenceView, left: Predicate, head: number): boolean {
  const { norm, pos } = view;
  if (!left.passive || !isParticipleForm(view, head)) return false;
  if (!VERB_JOINERS.has(norm[head - 1]!) && (norm[head - 1] !== ',' || !listGoesOn(norm, head))) return false;
  for (let k = left.end; k < head; k++)
    if (!VERB_JOINERS.has(norm[k]!) && norm[k] !== ',' && pos[k] !== 'ADV') return false;
  return !OBJECT_OPENERS.has(pos[head + 1] ?? '');
}

/** Base forms of verbs that say an act goes on, which read as present after a past "did … and". */
const ONGOING_VERBS = new Set(['continue', 'keep']);

/** Whether the verb group `left` has a past "did" among its auxiliaries ("did not let", "didn't let"). */
function pastDoBefore(norm: readonly string[], left: Predicate): boolean {
  for (let k = left.start; k < left.head; k++) if (norm[k] === 'did') return true;
  return false;
}

/** Whether "and" or "or" follows within the list a verb after a comma opens ("surround and destroy it"). */
export function listGoesOn(norm: readonly string[], head: number): boolean {
  for (let k = head + 1; k < norm.length && k < head + 8; k++) {
    if (LIST_ENDS.has(norm[k]!)) return false;
    if (norm[k] === 'and' || norm[k] === 'or') return true;
  }
  return false;
}

/** "nor deny", "Neither side attacked", "attacked neither X nor Y": a verb that "neither … nor" negates. */
function negatedByNeither(
  norm: readonly string[],
  pos: readonly string[],
  start: number,
  head: number,
): boolean {
  if (start > 0 && norm[start - 1] === 'nor') return true;
  if (norm[head + 1] === 'neither') return true;
  for (let k = start - 1; k >= 0; k--) {
    if (norm[k] === 'neither') return true;
    const p = pos[k]!;
    if (p === 'VERB' || p === 'AUX' || p === 'PUNCT' || p === 'SCONJ') return false;
  }
  return false;
}

function modalFields(modal: string | undefined): Pick<Predicate, 'modal' | 'modalKind'> {
  if (modal === undefined) return {};
  const modalKind = FUTURE_MODALS.has(modal)
    ? 'future'
    : OBLIGATION_MODALS.has(modal)
      ? 'obligation'
      : 'hypothetical';
  return { modal, modalKind };
}
