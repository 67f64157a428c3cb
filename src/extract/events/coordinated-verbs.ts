// Coordinated verbs: the verb a verb after "and" or "or" joins, and the second half of an infinitive.
import { COMPLEMENT_TAKERS } from './clause-tokens.js';
import type { Clause } from './clause-types.js';
import type { Predicate } from './predicates.js';
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
