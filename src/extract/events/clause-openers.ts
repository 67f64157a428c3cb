// Where a clause starts and the subordinator that opens it: how far back it reaches, the boundary that
// ends that reach, a subordinator right before its subject, and what a time subordinator says of its tense.
import { between, isBoundary, predicateAt, previousPredicate } from './clause-tokens.js';
import type { Clause, ClauseContext } from './clause-types.js';
import type { Phrase } from './phrases.js';
import { isPastOrPerfect, type Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import { ADVERBIAL_SUBORDINATORS, CONDITIONAL_SUBORDINATORS, TIME_SUBORDINATORS } from './words.js';

/** Tags of the words the chunker may leave between a subordinator and the subject phrase it opens. */
const SKIPPABLE_MODIFIERS = new Set(['DET', 'ADV', 'ADJ', 'NUM']);

/**
 * Whether a predicate is a gerund that opens an aside after a comma ("Bashir, following the deal, has
 * taken …"): the verb after the aside still reaches past it for its subject.
 */
export function opensAside(view: SentenceView, predicate: Predicate): boolean {
  return predicate.form === 'gerund' && view.norm[predicate.start - 1] === ',';
}

/**
 * How far back a clause may reach: to the end of the previous predicate; after a reduced relative ("a
 * report released Tuesday … alleged") or a gerund aside, to the start of the previous clause, since the
 * noun there is still the subject in reach.
 */
function reachFloor(
  view: SentenceView,
  predicates: readonly Predicate[],
  clauses: readonly Clause[],
  p: Predicate,
) {
  const previous = previousPredicate(predicates, p);
  if (!previous) return 0;
  return previous.form === 'participle' || opensAside(view, previous)
    ? clauses[previous.index]!.start
    : previous.end;
}

/**
 * The "(" of the parenthesis closed at `close` when it belongs to the subject before the verb ("The rebel
 * group (FDD) insisted"); -1 when it opens before `floor` or holds a verb, and so is a boundary.
 */
function subjectParenthesisOpen(
  view: SentenceView,
  predicates: readonly Predicate[],
  close: number,
  floor: number,
): number {
  const { norm } = view;
  let open = close - 1;
  while (open >= floor && norm[open] !== '(' && norm[open] !== ')') open--;
  return open >= floor && norm[open] === '(' && predicateAt(predicates, open + 1) === undefined ? open : -1;
}

/**
 * Notes what the boundary word at k opens: a subordinator heads the clause unless a comma stands between
 * it and the verb ("since last month's invasion, the embassy said": then it heads only a phrase); "if",
 * "unless" and "whether" make the clause conditional either way.
 */
function noteBoundaryOpener(view: SentenceView, clause: Clause, k: number): void {
  const w = view.norm[k]!;
  if (view.pos[k] === 'SCONJ' && !between(view, k + 1, clause.predicate.start, (x) => x === ',')) {
    clause.opener = w;
  }
  if (CONDITIONAL_SUBORDINATORS.has(w)) clause.conditional = true;
  // "so that children return home", "in order that talks can resume": an aim, not yet done ("so that the
  // enemy was not ready" tells what came of it)
  const aim = view.norm[k - 1] === 'so' || (view.norm[k - 1] === 'order' && view.norm[k - 2] === 'in');
  if (w === 'that' && aim && !isPastOrPerfect(view, clause.predicate)) clause.conditional = true;
}

/**
 * Sets where the clause starts: right after the nearest boundary (a subordinator, relative pronoun,
 * bracket, colon or semicolon) back from its verb within its reach, else at the end of that reach. A
 * parenthesis that glosses the subject is stepped over, not taken for a boundary.
 */
export function openClause(cx: ClauseContext, clause: Clause): void {
  const { view, predicates, clauses } = cx;
  const p = clause.predicate;
  let start = reachFloor(view, predicates, clauses, p);
  for (let k = p.start - 1; k >= start; k--) {
    if (view.norm[k] === ')') {
      const open = subjectParenthesisOpen(view, predicates, k, start);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    if (isBoundary(view, k)) {
      start = k + 1;
      noteBoundaryOpener(view, clause, k);
      break;
    }
  }
  clause.start = start;
}

/**
 * Steps back from token `at` over at most four modifiers the chunker left out of a phrase ("until a
 * democratically-elected government"), never to `floor` or before it.
 */
function skipModifiersBack(view: SentenceView, at: number, floor: number): number {
  let k = at;
  for (
    let hops = 0;
    hops < 4 && k > floor && (SKIPPABLE_MODIFIERS.has(view.pos[k]!) || view.norm[k] === '-');
    hops++
  )
    k--;
  return k;
}

/**
 * "until a government takes over": a subordinator the tagger read as a preposition still opens the clause
 * when its subject follows it directly, and the clause then starts at that subject. A time clause inside a
 * that-clause ("that after the US shares …") takes the subordinator but keeps the that-clause's start.
 */
export function noteSubordinatorBeforeSubject(
  view: SentenceView,
  phrases: readonly Phrase[],
  clause: Clause,
  subject: Phrase,
) {
  const start = clause.start;
  const first = phrases[subject.group[0]!]!;
  const opener = skipModifiersBack(view, first.start - 1, start);
  if (
    (clause.opener === undefined || clause.opener === 'that') &&
    opener >= start - 1 &&
    ADVERBIAL_SUBORDINATORS.has(view.norm[opener]!)
  ) {
    if (clause.opener === undefined) clause.start = first.start;
    clause.opener = view.norm[opener]!;
    if (CONDITIONAL_SUBORDINATORS.has(view.norm[opener]!)) clause.conditional = true;
  }
}

/**
 * "after the US shares its response", "until a government takes over": a time clause whose verb stands
 * alone in the simple present speaks of a time still to come.
 */
export function markFutureTimeClauses(view: SentenceView, clauses: readonly Clause[]): void {
  for (const clause of clauses) {
    const p = clause.predicate;
    if (clause.opener === undefined || !TIME_SUBORDINATORS.has(clause.opener)) continue;
    if (p.form !== 'finite' || p.start !== p.head) continue;
    const w = view.norm[p.head]!;
    const l = view.lemma[p.head]!;
    if (w === l || w === `${l}s` || w === `${l}es`) clause.future = true;
  }
}

/**
 * Phrases that open a condition as "if" does, right before the clause's subject. ("as long as" is left out:
 * it as often says "while", of something going on: "as long as Russia blocks our ports".)
 */
const CONDITION_PHRASES: readonly (readonly string[])[] = [
  ['in', 'case'],
  ['in', 'the', 'event', 'that'],
  ['provided', 'that'],
  ['providing', 'that'],
  ['on', 'condition', 'that'],
  ['assuming', 'that'],
];

/**
 * "in case Somalia sends troops", "provided that Kyiv withdraws", "on condition that …": a clause after
 * a phrase of condition is conditional, as after "if".
 */
export function markConditionPhrases(view: SentenceView, clauses: readonly Clause[]): void {
  for (const clause of clauses) {
    const subject = clause.subject[0];
    if (clause.subjectFrom !== 'phrase' || !subject || clause.conditional) continue;
    const at = subject.start;
    if (CONDITION_PHRASES.some((words) => words.every((w, i) => view.norm[at - words.length + i] === w)))
      clause.conditional = true;
  }
}
