import { members, phraseEndingAt, predicateAt, skipBack } from './clause-tokens.js';
import type { Clause, ClauseContext } from './clause-types.js';
import { isPersonalPronoun, isPossessive, type Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import {
  AGREEING_VERBS,
  AGREEMENT_NOUNS,
  APPEAL_VERBS,
  COMPELLING_VERBS,
  DENIAL_VERBS,
  INTENT_ADJECTIVES,
  INTENT_NOUNS,
  PERMITTING_VERBS,
  POSSESSIVE_PRONOUNS,
} from './words.js';

// How a "to" infinitive finds the word that governs it, and who its subject is: the verb or adjective right
// before it ("agreed to provide", "is willing to"), a noun of intent ("plans to invade"), the object of a verb
// of appeal ("urged the rebels to release"), or else the clause before it, as a purpose.

/** Nouns of measures taken toward an act ("took steps to …"). */
const STEP_NOUNS = new Set(['step', 'steps', 'measure', 'measures', 'action']);

/** Prepositions of the phrases that can stand between an object and its "to" infinitive. */
const OBJECT_CHAIN_PREPS = new Set(['of', 'in', 'from']);

/** Pronouns that name no one in particular as the one asked, allowed or forced to act ("allow anyone to"). */
const INDEFINITE_OBJECTS = new Set([
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'nobody',
]);

/** Verbs that drop an intention named by their object ("abandoned the plan to …"). */
const ABANDONING_VERBS = new Set(['abandon', 'drop', 'scrap', 'shelve', 'cancel', 'renounce', 'withdraw']);

/** Whether the verb drops what its object intends: "abandoned", "gave up (on)", "called off". */
function abandons(view: SentenceView, verb: Predicate): boolean {
  if (ABANDONING_VERBS.has(verb.lemma)) return true;
  const particle = view.norm[verb.end];
  return (verb.lemma === 'give' && particle === 'up') || (verb.lemma === 'call' && particle === 'off');
}

function namesParty(view: SentenceView, phrase: Phrase): boolean {
  return view.actorAt[phrase.head]! >= 0 || isPersonalPronoun(view.norm[phrase.head]!);
}

/** Links an infinitive clause to its governor, with its relation and its subject. */
export function linkInfinitive(cx: ClauseContext, clause: Clause): void {
  const { view, phrases, predicates, clauses } = cx;
  const p = clause.predicate;
  let to = p.start - 1;
  while (to >= 0 && view.norm[to] !== 'to') to--;
  const k = skipBack(view, to - 1);
  if (linkToWordBefore(view, predicates, clauses, clause, k)) return;
  if (linkIndefiniteObject(view, predicates, clause, k)) return;
  const object = objectBefore(view, phrases, k);
  if (object && linkThroughObject(view, phrases, predicates, clauses, clause, object)) return;
  const previous = p.index > 0 ? p.index - 1 : undefined;
  if (previous !== undefined) {
    clause.governor = previous;
    clause.relation = 'purpose';
    clause.subject = clauses[previous]!.subject;
    clause.subjectFrom = 'controller';
  }
  // "it is important for me to exchange views", "the time for Russia to withdraw": the party the act is for
  // is who does it (not a thing: "gathered for a summit to agree sanctions")
  if (object?.prep === 'for' && object.end === k + 1 && namesParty(view, object)) {
    clause.subject = members(phrases, object);
    clause.subjectFrom = 'phrase';
  } else if (p.passive && object && object.end === k + 1 && describedByPassive(view, object)) {
    // "the summit to be held in Geneva", "prisoners to be exchanged": a passive infinitive after a noun says
    // what is to be done to that noun, which is its subject, not the one who acts before it
    clause.subject = [object];
    clause.subjectFrom = 'relative';
  }
}

/** Prepositions of a noun phrase that a passive infinitive right after it always describes. */
const MODIFIED_NOUN_PREPS = new Set(['', 'for', 'of', 'on', 'about']);

/**
 * Whether a passive infinitive right after the noun phrase describes it: a bare noun or one after "for",
 * "of", "on" or "about", or after any preposition a thing that is neither a place nor a party ("invited you
 * to the congress to be held in …"); not a place gone to or an agent ("came to Moscow to be received").
 */
function describedByPassive(view: SentenceView, object: Phrase): boolean {
  if (MODIFIED_NOUN_PREPS.has(object.prep ?? '')) return true;
  const head = object.head;
  return view.actorAt[head]! < 0 && !view.places.some((place) => place.start <= head && head < place.end);
}

/**
 * Links the infinitive to a verb, or a copula's adjective, that ends at token k right before its "to" (past
 * a time or "in principle"); whether it did. Its subject is the controller's.
 */
function linkToWordBefore(
  view: SentenceView,
  predicates: readonly Predicate[],
  clauses: Clause[],
  clause: Clause,
  k: number,
): boolean {
  // "agreed in principle on Saturday to provide": a time or "in principle" between the verb and its "to"
  const q = predicateAt(predicates, k) ?? predicateAt(predicates, skipAdjuncts(view, k));
  if (q) {
    clause.governor = q.index;
    clause.relation = 'xcomp';
    // "is willing to", "is scheduled to": the form, not its lemma ("will", "schedule"), marks intent
    if (INTENT_ADJECTIVES.has(view.norm[q.head]!)) clause.governorWord = view.norm[q.head]!;
    clause.subject = clauses[q.index]!.subject;
    clause.subjectFrom = 'controller';
    return true;
  }
  const copula = predicates.find((c) => c.adjectiveAt === k) ?? linkingVerbBefore(view, predicates, k);
  if (copula) {
    clause.governor = copula.index;
    clause.relation = 'xcomp';
    clause.governorWord = copula.adjective ?? view.norm[k]!;
    clause.subject = clauses[copula.index]!.subject;
    clause.subjectFrom = 'controller';
    return true;
  }
  return false;
}

/** Verbs that link their subject to an adjective as "is" does: "stands ready to", "remains committed to". */
const LINKING_VERBS = new Set(['stand', 'remain', 'stay']);

/**
 * The linking verb right before an intent adjective at token k ("the Netherlands stands ready to provide"),
 * which governs the infinitive as "is ready to" would.
 */
function linkingVerbBefore(
  view: SentenceView,
  predicates: readonly Predicate[],
  k: number,
): Predicate | undefined {
  if (!INTENT_ADJECTIVES.has(view.norm[k]!)) return undefined;
  const q = predicateAt(predicates, k - 1);
  return q && q.head === k - 1 && LINKING_VERBS.has(view.lemma[q.head]!) ? q : undefined;
}

/**
 * The noun phrase ending at token k before the "to", past a parenthesis glossing it and up the chain of of-
 * and place phrases to its head, if any.
 */
function objectBefore(view: SentenceView, phrases: readonly Phrase[], k: number): Phrase | undefined {
  // "workers of the company (Sharekat-e Vahed) to cancel": past a parenthesis glossing the object
  let end = k + 1;
  if (view.norm[k] === ')') {
    let open = k - 1;
    while (open > 0 && view.norm[open] !== '(' && view.norm[open] !== ')') open--;
    if (view.norm[open] === '(') end = open;
  }
  let object = phraseEndingAt(phrases, end);
  // "pressuring workers of the bus company of Tehran to cancel", "urged the rebels in Nepal to release": the
  // object is the head of the chain of of- and place phrases
  for (
    let hops = 0;
    hops < 3 && object && OBJECT_CHAIN_PREPS.has(phrases[object.group[0]!]!.prep ?? '');
    hops++
  ) {
    const head = phraseEndingAt(phrases, phrases[object.group[0]!]!.start - 1);
    if (!head) break;
    object = head;
  }
  return object;
}

/**
 * Links the infinitive through the noun phrase before its "to": a noun of intent or agreement ("plans to
 * invade"), steps taken ("took steps to enhance"), or the object of a verb of appeal or permission ("urged
 * the rebels to release"); whether it did.
 */
function linkThroughObject(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  clauses: Clause[],
  clause: Clause,
  object: Phrase,
): boolean {
  const p = clause.predicate;
  const first = phrases[object.group[0]!]!;
  const verbAt = skipBack(view, first.start - 1 - (first.prep !== undefined ? 1 : 0));
  const verb = predicateAt(predicates, verbAt);
  if (
    INTENT_NOUNS.has(view.norm[object.head]!) ||
    INTENT_NOUNS.has(view.lemma[object.head]!) ||
    (AGREEMENT_NOUNS.has(view.norm[object.head]!) && verb !== undefined && AGREEING_VERBS.has(verb.lemma))
  ) {
    clause.relation = 'xcomp';
    clause.governorWord = view.lemma[object.head]!;
    // "had no plans to invade" has no intention; "denied any plan to attack" denies one
    const owner = verb ?? predicates[p.index - 1];
    if (view.norm.slice(first.start, object.head).includes('no')) clause.intentDenied = 'negated';
    else if (verb && DENIAL_VERBS.has(verb.lemma)) clause.intentDenied = 'denied';
    // "abandoned its plan to annex", "gave up on their plan to seize": an intention dropped
    else if (owner && abandons(view, owner)) clause.intentDenied = 'negated';
    if (owner) {
      clause.governor = owner.index;
      // "backed Uganda's plan to withdraw": the one whose plan it is acts, not the one who backs it
      // "welcomed the decisions to impose sanctions": a decision judged is someone else's, not the judge's
      const othersDecision =
        verb !== undefined && APPRAISING_VERBS.has(verb.lemma) && !ownPossessive(view, object);
      clause.subject =
        namedOwner(view, object.start, object.head) || othersDecision
          ? [object]
          : clauses[owner.index]!.subject;
      clause.subjectFrom = 'controller';
    }
    return true;
  }
  // "has taken several steps to enhance freedoms": the steps taken are the act under way, not an aim
  if (verb && verb.lemma === 'take' && STEP_NOUNS.has(view.norm[object.head]!)) {
    clause.governor = verb.index;
    clause.relation = 'xcomp';
    clause.governorWord = view.lemma[object.head]!;
    clause.subject = clauses[verb.index]!.subject;
    clause.subjectFrom = 'controller';
    return true;
  }
  if (verb && isControlVerb(verb)) {
    clause.governor = verb.index;
    clause.relation = 'object-control';
    // "Obama is being pressured by Congress to help": the passive's subject is the one asked to act
    clause.subject =
      verb.passive && first.prep === 'by' ? clauses[verb.index]!.subject : members(phrases, object);
    clause.subjectFrom = 'controller';
    return true;
  }
  return false;
}

/**
 * "will not allow anyone to attack Belarus", "urged everyone to leave": the one who would act is no one named,
 * so the clause has no subject rather than the controller's; whether it linked.
 */
function linkIndefiniteObject(
  view: SentenceView,
  predicates: readonly Predicate[],
  clause: Clause,
  k: number,
): boolean {
  if (!INDEFINITE_OBJECTS.has(view.norm[k]!)) return false;
  const verb = predicateAt(predicates, skipBack(view, k - 1));
  if (!verb || !isControlVerb(verb)) return false;
  clause.governor = verb.index;
  clause.relation = 'object-control';
  clause.subject = [];
  clause.subjectFrom = 'controller';
  return true;
}

/** A verb whose object does the act of the infinitive after it: "urged", "allowed", "forced X to …". */
function isControlVerb(verb: Predicate): boolean {
  return APPEAL_VERBS.has(verb.lemma) || PERMITTING_VERBS.has(verb.lemma) || COMPELLING_VERBS.has(verb.lemma);
}

/** Where the words before token k end once a time expression and "in principle" are skipped, else k. */
function skipAdjuncts(view: SentenceView, k: number): number {
  for (let hops = 0; hops < 3 && k > 0; hops++) {
    const time = view.times.find((t) => t.start <= k && k < t.end);
    if (time) {
      k = time.start - 1;
      if (view.norm[k] === 'on' || view.norm[k] === 'in' || view.norm[k] === 'last') k--;
    } else if (view.norm[k] === 'principle' && view.norm[k - 1] === 'in') k -= 2;
    else return k;
    k = skipBack(view, k);
  }
  return k;
}

/** Verbs that judge a plan or decision rather than make it ("welcomed the decision to …"). */
const APPRAISING_VERBS = new Set([
  'welcome',
  'hail',
  'applaud',
  'praise',
  'commend',
  'endorse',
  'back',
  'support',
  'condemn',
  'criticise',
  'criticize',
  'denounce',
  'deplore',
  'regret',
]);

/** Whether the phrase opens with a possessive pronoun of the subject's own ("our decision", "its plan"). */
function ownPossessive(view: SentenceView, object: Phrase): boolean {
  const w = view.norm[object.start]!;
  // "your plan" is the listener's, not the subject's
  return POSSESSIVE_PRONOUNS.has(w) && w !== 'your';
}

/**
 * Whether a name owns a noun phrase, with a possessive "'s" ("Uganda's plan") or as a modifier before its
 * noun ("the US decision", "a Russian bid"); "its plan" is the subject's.
 */
function namedOwner(view: SentenceView, start: number, head: number): boolean {
  for (let k = start + 1; k < head; k++) if (isPossessive(view, k)) return true;
  for (let k = start; k < head; k++) if (view.actorAt[k]! >= 0 && view.pos[k] !== 'PRON') return true;
  return false;
}
