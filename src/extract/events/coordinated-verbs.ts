// Coordinated verbs: the verb a verb after "and" or "or" joins, the second half of an infinitive, and what
// each shares with the verb it joins.
import { CCONJ, COMPLEMENT_TAKERS } from './clause-tokens.js';
import type { Clause, ClauseContext } from './clause-types.js';
import { listGoesOn, type Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';

/**
 * Whether a verb after "and" or "or" is the second half of an infinitive ("to attack Iraq and take Mosul"):
 * a bare base form, with no auxiliary, right after a linked infinitive with no verb between.
 */
export function joinsInfinitive(
  view: SentenceView,
  predicates: readonly Predicate[],
  clauses: readonly Clause[],
  p: Predicate,
): boolean {
  if (p.form !== 'finite' || p.start !== p.head || p.index === 0) return false;
  const word = view.norm[p.head]!;
  if (word !== view.lemma[p.head] || word.endsWith('ed')) return false;
  const left = clauses[p.index - 1]!;
  return (
    predicates[p.index - 1]!.form === 'infinitive' &&
    left.governor !== undefined &&
    left.relation !== undefined
  );
}

/**
 * The verb a coordinated verb joins: the nearest finite one before it of the same shape ("denies it is
 * planning … and argues": "argues" joins "denies", not "is planning"), else the nearest finite one.
 */
export function leftConjunct(
  view: SentenceView,
  predicates: readonly Predicate[],
  clauses: readonly Clause[],
  index: number,
  mainOnly: boolean,
) {
  const own = predicates[index]!;
  const hasAux = (p: Predicate) => p.start < p.head || p.form === 'copula';
  const participle = (p: Predicate) => {
    const w = view.norm[p.head]!;
    return w !== view.lemma[p.head] && !w.endsWith('ing') && !w.endsWith('s');
  };
  // "has attacked Iraq and taken Mosul" and "would remove … and restrict" share the auxiliary; "denies … is
  // planning … and argues" joins the bare verb; a verb with its own auxiliary joins the nearest finite verb
  const base = (p: Predicate) => view.norm[p.head] === view.lemma[p.head] && p.form !== 'copula';
  const fits = (p: Predicate) =>
    hasAux(own) || (participle(own) ? participle(p) : !hasAux(p) || (base(own) && base(p)));
  let nearest: Clause | undefined;
  for (let k = index - 1; k >= 0; k--) {
    const c = clauses[k]!;
    const p = predicates[k]!;
    if ((p.form !== 'finite' && p.form !== 'copula') || c.relation === 'xcomp' || c.relation === 'purpose')
      continue;
    if (mainOnly && c.opener !== undefined && c.opener !== 'that') continue;
    // "suggested that she is unqualified, but said he …": a second verb of saying after a comma is the
    // speaker's again, not the reported clause's
    if (mainOnly && c.opener === 'that' && COMPLEMENT_TAKERS(own.lemma)) continue;
    if (fits(p)) return c;
    nearest ??= c;
  }
  return nearest;
}

/** Dashes that close an aside as a comma does. */
const DASHES = new Set(['--', '—', '–']);

/**
 * Gives a coordinated verb the governor of the verb it joins, with the relation, the governing word and a
 * denied intent; the left conjunct has a governor and a relation.
 */
function shareGovernor(clause: Clause, left: Clause): void {
  clause.governor = left.governor!;
  clause.relation = left.relation!;
  if (left.governorWord !== undefined) clause.governorWord = left.governorWord;
  if (left.intentDenied !== undefined) clause.intentDenied = left.intentDenied;
}

/**
 * "is scheduled to give a speech and meet with …": a bare verb joined to an infinitive shares its "to",
 * and with it the word that governs the infinitive and its subject.
 */
export function linkSharedInfinitive(cx: ClauseContext, clause: Clause, before: number): boolean {
  const { view, predicates, clauses } = cx;
  const p = clause.predicate;
  // ("to include Russia in the list, impose sanctions and expand …": a comma joins where the list goes on)
  const joined =
    CCONJ.has(view.norm[before]!) || (view.norm[before] === ',' && listGoesOn(view.norm, p.head));
  if (before < 0 || !joined || !joinsInfinitive(view, predicates, clauses, p)) {
    return false;
  }
  const left = clauses[p.index - 1]!;
  p.form = 'infinitive';
  shareGovernor(clause, left);
  clause.subject = left.subject;
  clause.subjectFrom = left.subjectFrom;
  return true;
}

/**
 * "met X and agreed to …": a verb after a conjunction shares the subject of the verb it joins, its
 * governor when it has one, and its condition. After a comma or a dash (", and proposed", "-- but said")
 * it joins a main clause, not a subordinate one before it.
 */
export function linkCoordinated(cx: ClauseContext, clause: Clause, before: number): boolean {
  const { view, predicates, clauses } = cx;
  if (before < 0) return false;
  if (!CCONJ.has(view.norm[before]!)) return linkListedVerb(cx, clause, before);
  const afterPause = view.norm[before - 1] === ',' || DASHES.has(view.norm[before - 1] ?? '');
  // "prevented the police from detaining and deporting them": a gerund joined to the gerund before it is
  // prevented or claimed as that one is ("accused Kyiv of shelling and mining"), not a second act of the
  // finite verb
  const prior = clauses[clause.predicate.index - 1];
  if (
    clause.predicate.form === 'gerund' &&
    prior?.predicate.form === 'gerund' &&
    prior.relation === 'claimed-gerund'
  ) {
    shareSubject(clause, prior);
    return true;
  }
  const left = leftConjunct(view, predicates, clauses, clause.predicate.index, afterPause);
  if (!left) return false;
  shareSubject(clause, left);
  return true;
}

/** A coordinated verb takes the subject of the verb it joins, its governor when it has one, and its condition. */
function shareSubject(clause: Clause, left: Clause): void {
  clause.subject = left.subject;
  clause.subjectFrom = 'shared';
  if (left.governor !== undefined && left.relation !== undefined) shareGovernor(clause, left);
  clause.conditional ||= left.conditional;
}

/** A verb form in the past, neither a gerund nor a third-person present: "shelled", "struck". */
function isPastForm(view: SentenceView, p: Predicate): boolean {
  const w = view.norm[p.head]!;
  return w !== view.lemma[p.head] && !w.endsWith('ing') && !w.endsWith('s');
}

/**
 * "Russia attacked Kyiv, shelled Kharkiv and bombed Odesa": a bare past verb right after a comma, in a list
 * that "and" or "or" goes on to close, is one more verb of the main clause before it, in the same tense, and
 * shares its subject. A verb of saying there opens an attribution ("…, said officials and …"), not a listed act.
 */
function linkListedVerb(cx: ClauseContext, clause: Clause, before: number): boolean {
  const { view, predicates, clauses } = cx;
  const p = clause.predicate;
  if (view.norm[before] !== ',' || p.form !== 'finite' || p.start !== p.head) return false;
  if (!isPastForm(view, p) || COMPLEMENT_TAKERS(p.lemma) || !listGoesOn(view.norm, p.head)) return false;
  const left = leftConjunct(view, predicates, clauses, p.index, true);
  if (left === undefined || left.subject.length === 0 || !isPastForm(view, left.predicate)) return false;
  shareSubject(clause, left);
  return true;
}
