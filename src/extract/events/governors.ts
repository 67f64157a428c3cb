import {
  COMPLEMENT_TAKERS,
  members,
  phraseEndingAt,
  predicateAt,
  previousFinite,
  QUOTES,
  skipBack,
} from './clause-tokens.js';
import type { Clause } from './clause-types.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import { isEachOther, type SentenceView } from './sentence.js';
import {
  AGREEING_VERBS,
  AGREEMENT_NOUNS,
  APPEAL_VERBS,
  CLAIM_NOUNS,
  CLAIM_VERBS,
  COMPLAINT_VERBS,
  DEMAND_NOUNS,
  DENIAL_VERBS,
  INTENT_ADJECTIVES,
  INTENT_NOUNS,
  PERMITTING_VERBS,
  REPORTING_VERBS,
  TIME_WORDS,
} from './words.js';

// How a predicate finds the word that governs it: infinitives, gerunds after prepositions, complements
// of saying and claiming, nouns of claim or demand, and quote-final reporting verbs.

export function linkInfinitive(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  clauses: Clause[],
  clause: Clause,
): void {
  const p = clause.predicate;
  let to = p.start - 1;
  while (to >= 0 && view.norm[to] !== 'to') to--;
  const k = skipBack(view, to - 1);
  // "agreed in principle on Saturday to provide": a time or "in principle" between the verb and its "to"
  const q = predicateAt(predicates, k) ?? predicateAt(predicates, skipAdjuncts(view, k));
  if (q) {
    clause.governor = q.index;
    clause.relation = 'xcomp';
    // "is willing to", "is scheduled to": the form, not its lemma ("will", "schedule"), marks intent
    if (INTENT_ADJECTIVES.has(view.norm[q.head]!)) clause.governorWord = view.norm[q.head]!;
    clause.subject = clauses[q.index]!.subject;
    clause.subjectFrom = 'controller';
    return;
  }
  const copula = predicates.find((c) => c.adjectiveAt === k);
  if (copula) {
    clause.governor = copula.index;
    clause.relation = 'xcomp';
    clause.governorWord = copula.adjective!;
    clause.subject = clauses[copula.index]!.subject;
    clause.subjectFrom = 'controller';
    return;
  }
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
  if (object) {
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
      if (view.norm.slice(first.start, object.head).includes('no')) clause.intentDenied = 'negated';
      else if (verb && DENIAL_VERBS.has(verb.lemma)) clause.intentDenied = 'denied';
      const owner = verb ?? predicates[p.index - 1];
      if (owner) {
        clause.governor = owner.index;
        clause.subject = clauses[owner.index]!.subject;
        clause.subjectFrom = 'controller';
      }
      return;
    }
    // "has taken several steps to enhance freedoms": the steps taken are the act under way, not an aim
    if (verb && verb.lemma === 'take' && STEP_NOUNS.has(view.norm[object.head]!)) {
      clause.governor = verb.index;
      clause.relation = 'xcomp';
      clause.governorWord = view.lemma[object.head]!;
      clause.subject = clauses[verb.index]!.subject;
      clause.subjectFrom = 'controller';
      return;
    }
    if (verb && (APPEAL_VERBS.has(verb.lemma) || PERMITTING_VERBS.has(verb.lemma))) {
      clause.governor = verb.index;
      clause.relation = 'object-control';
      // "Obama is being pressured by Congress to help": the passive's subject is the one asked to act
      clause.subject =
        verb.passive && first.prep === 'by' ? clauses[verb.index]!.subject : members(phrases, object);
      clause.subjectFrom = 'controller';
      return;
    }
  }
  const previous = p.index > 0 ? p.index - 1 : undefined;
  if (previous !== undefined) {
    clause.governor = previous;
    clause.relation = 'purpose';
    clause.subject = clauses[previous]!.subject;
    clause.subjectFrom = 'controller';
  }
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
/** Nouns of measures taken toward an act ("took steps to …"). */
const STEP_NOUNS = new Set(['step', 'steps', 'measure', 'measures', 'action']);

/** Prepositions of the phrases that can stand between an object and its "to" infinitive. */
const OBJECT_CHAIN_PREPS = new Set(['of', 'in', 'from']);

/** Words before "to" + gerund that make the gerund an intended or a refused act. */
const TO_GERUND_TAKERS = new Set([
  'committed',
  'dedicated',
  'opposed',
  'objected',
  'object',
  'objects',
  'open',
]);

const CLAIMING_PREPOSITION_VERBS = new Set([
  'accuse',
  'blame',
  'charge',
  'suspect',
  'convict',
  'condemn',
  'criticize',
]);
const PREVENTING_PREPOSITION_VERBS = new Set([
  'warn',
  'deter',
  'stop',
  'prevent',
  'ban',
  'bar',
  'caution',
  'refrain',
]);

export function linkPrepositionalGerund(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  clauses: Clause[],
  clause: Clause,
  prepAt: number,
): void {
  const prep = view.norm[prepAt]!;
  // "accused one another of …": the subjects are claimed to act, each on the other
  const mutual = isEachOther(view, prepAt - 2);
  const object = mutual ? undefined : phraseEndingAt(phrases, prepAt);
  const first = object ? phrases[object.group[0]!]! : undefined;
  // "suspected by the West of blowing up": past the agent's preposition too
  const verb =
    (first &&
      predicateAt(predicates, skipBack(view, first.start - 1 - (first.prep !== undefined ? 1 : 0)))) ??
    predicateAt(predicates, prepAt - (mutual ? 3 : 1));
  // ("condemned Moscow by recalling its envoy": "by" names the means, never the act claimed)
  if (
    verb &&
    prep !== 'by' &&
    (CLAIMING_PREPOSITION_VERBS.has(verb.lemma) || PREVENTING_PREPOSITION_VERBS.has(verb.lemma))
  ) {
    // "accused Kyiv of …" names who is claimed to act; "nationals suspected of …" and "Lavrov was accused
    // of …" (no object: these verbs are then passive) leave it to the verb's subject
    const actor =
      object && first && first.prep === undefined ? members(phrases, object) : clauses[verb.index]!.subject;
    if (actor.length > 0 || verb.passive || verb.form === 'participle') {
      clause.governor = verb.index;
      clause.relation = 'claimed-gerund';
      clause.governorWord = verb.lemma;
      clause.subject = actor;
      clause.subjectFrom = 'controller';
      return;
    }
  }
  // "is committed to opening", "is opposed to sending": the gerund is the act intended or refused
  const holder = predicateAt(predicates, prepAt - 1) ?? predicates.find((c) => c.adjectiveAt === prepAt - 1);
  if (prep === 'to' && holder && TO_GERUND_TAKERS.has(view.norm[prepAt - 1]!)) {
    clause.governor = holder.index;
    clause.relation = 'xcomp';
    clause.governorWord = view.norm[prepAt - 1]!;
    clause.subject = clauses[holder.index]!.subject;
    clause.subjectFrom = 'controller';
    return;
  }
  clause.relation = 'adverbial';
  clause.without = prep === 'without';
  const index = clause.predicate.index;
  // "protested the decision of sending troops", "the idea of holding talks": a gerund after a noun's "of"
  // is what the noun names, done by no one the sentence says; not after a time ("after days of fighting")
  // nor an intention the subject has ("had no intention of attacking")
  if (prep === 'of' && view.pos[prepAt - 1] === 'NOUN' && !TIME_WORDS.has(view.lemma[prepAt - 1]!)) {
    const prior = previousFinite(predicates, index);
    const held = prior !== undefined && predicates[prior]!.lemma === 'have';
    if (!held || !INTENT_NOUNS.has(view.lemma[prepAt - 1]!)) {
      if (prior !== undefined) clause.governor = prior;
      return;
    }
  }
  // "accused Rwanda of making accusations by alleging …": the means belongs to the act right before it
  const prior =
    prep === 'by' && index > 0 && clauses[index - 1]!.subject.length > 0
      ? index - 1
      : previousFinite(predicates, index);
  if (prior !== undefined) {
    clause.governor = prior;
    clause.subject = clauses[prior]!.subject;
    clause.subjectFrom = 'shared';
  }
}

/** The verb of saying, claiming, denying or demanding whose complement this clause is, if any. */
export function complementGovernor(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  clauses: readonly Clause[],
  clause: Clause,
  subject: Phrase | undefined,
): Predicate | undefined {
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

/** A verb in the base form or under a modal: "(that) the government grant", "be reinstated", "must leave". */
function subjunctive(view: SentenceView, p: Predicate): boolean {
  if (p.modalKind !== undefined) return true;
  if (view.lemma[p.start] === 'be' && view.norm[p.start] === 'be') return true;
  return p.start === p.head && view.norm[p.head] === view.lemma[p.head] && !view.norm[p.head]!.endsWith('ed');
}

/** Prepositions after an accused or blamed party that say what they are accused of or blamed for. */
const CHARGE_PREPS = new Set(['of', 'for', 'over']);

/**
 * '"…," Blinken said.' and '"…," said Blinken': the reporting verb after a quote governs the predicates before
 * it that have no governor, and its subject may follow it.
 */
export function linkQuoteFinalReports(
  view: SentenceView,
  phrases: readonly Phrase[],
  clauses: Clause[],
): void {
  const { norm } = view;
  for (const clause of clauses) {
    const p = clause.predicate;
    // "…, saying it was …" is an adverbial gerund, never a quote-final report
    // '…, a rights group charged on Saturday': a claim or a complaint closes a report as "said" does
    const reports = REPORTING_VERBS.has(p.lemma) || COMPLAINT_VERBS.has(p.lemma) || CLAIM_VERBS.has(p.lemma);
    if (!reports || p.index === 0 || p.form === 'gerund') continue;
    let k = skipBack(view, p.start - 1);
    let inverted = false;
    const subject = clause.subjectFrom === 'phrase' ? clause.subject[0] : undefined;
    if (subject && subject.end === k + 1) k = skipBack(view, subject.start - 1);
    else inverted = true;
    const closes =
      (norm[k] === ',' && QUOTES.has(norm[k - 1] ?? '')) ||
      (QUOTES.has(norm[k] ?? '') && norm[k - 1] === ',') ||
      (QUOTES.has(norm[k] ?? '') && (norm[k - 1] === '.' || norm[k - 1] === '!' || norm[k - 1] === '?')) ||
      norm[k] === ',';
    if (!closes) continue;
    if (inverted) {
      const after = phrases.find((ph) => ph.start === p.end && ph.prep === undefined);
      if (!after) continue;
      // "a report, released on Tuesday, accused France of …": who is accused of or blamed for something
      // is the object, not a speaker after the verb
      if (CLAIM_VERBS.has(p.lemma) && CHARGE_PREPS.has(norm[after.end] ?? '')) continue;
      clause.subject = members(phrases, after);
      clause.subjectFrom = 'inverted';
    }
    for (const other of clauses) {
      if (other.predicate.index >= p.index) break;
      if (other.governor === undefined && other.relation === undefined) {
        other.governor = p.index;
        other.relation = 'quoted';
      }
    }
    clause.start = Math.min(clause.start, p.start);
  }
}
