import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import { CLAIM_VERBS, COMPLAINT_VERBS, DEMAND_VERBS, DENIAL_VERBS, REPORTING_VERBS } from './words.js';

// Token-level helpers the clause linker and its parts share.

export const BOUNDARY_SCONJ = new Set([
  'that',
  'while',
  'if',
  'because',
  'although',
  'though',
  'after',
  'before',
  'when',
  'unless',
  'whether',
  'since',
  'as',
  'until',
  'once',
  'whereas',
  'lest',
]);
export const QUOTES = new Set(['"', "'", '``', "''"]);
export const CCONJ = new Set(['and', 'but', 'or', 'nor', 'yet']);
export const COMPLEMENT_TAKERS = (lemma: string) =>
  REPORTING_VERBS.has(lemma) ||
  CLAIM_VERBS.has(lemma) ||
  DENIAL_VERBS.has(lemma) ||
  DEMAND_VERBS.has(lemma) ||
  COMPLAINT_VERBS.has(lemma);

export function isBoundary(view: SentenceView, k: number): boolean {
  const w = view.norm[k]!;
  const p = view.pos[k]!;
  if (p === 'SCONJ' && BOUNDARY_SCONJ.has(w)) return true;
  if ((w === 'who' || w === 'which' || w === 'whom') && p !== 'DET') return true;
  if (w === '(' || w === ')') return !isShortParenthesis(view, k);
  return w === ';' || w === ':' || w === '—';
}

/** "(DPRK)", "(Party of God)": a bracket of a name's short gloss, which does not break its clause. */
export function isShortParenthesis(view: SentenceView, k: number): boolean {
  const { norm } = view;
  if (norm[k] === '(') return norm[k + 2] === ')' || norm[k + 3] === ')' || norm[k + 4] === ')';
  return norm[k - 2] === '(' || norm[k - 3] === '(' || norm[k - 4] === '(';
}

export function skipBack(view: SentenceView, k: number): number {
  while (k >= 0 && (view.pos[k] === 'ADV' || view.norm[k] === 'not' || view.norm[k] === "n't")) k--;
  return k;
}

/** The predicate whose verb group covers token k. */
export function predicateAt(predicates: readonly Predicate[], k: number): Predicate | undefined {
  for (const p of predicates) if (p.start <= k && k < p.end) return p;
  return undefined;
}

/** The phrase ending just before token k (its last token is k - 1). */
export function phraseEndingAt(phrases: readonly Phrase[], k: number): Phrase | undefined {
  for (const p of phrases) if (p.end === k) return p;
  return undefined;
}

/**
 * The phrase before a short gloss in parentheses that ends right before `phrase` ("APEC (…) forum",
 * "Hizbollah (Party of God) group"): looks back at most `reach` tokens for the "(", never before `floor`.
 */
export function nameBeforeGloss(
  view: SentenceView,
  phrases: readonly Phrase[],
  phrase: Phrase,
  reach: number,
  floor = 0,
): Phrase | undefined {
  if (view.norm[phrase.start - 1] !== ')') return undefined;
  let open = phrase.start - 2;
  while (open > floor && phrase.start - open < reach && view.norm[open] !== '(' && view.norm[open] !== ')')
    open--;
  if (view.norm[open] !== '(') return undefined;
  return phrases.find((ph) => ph.end === open || (ph.end === open + 1 && ph.head < open));
}

export function members(phrases: readonly Phrase[], phrase: Phrase): Phrase[] {
  return phrase.group.map((g) => phrases[g]!);
}

export function previousFinite(predicates: readonly Predicate[], index: number): number | undefined {
  for (let k = index - 1; k >= 0; k--) {
    const f = predicates[k]!.form;
    if (f === 'finite' || f === 'copula') return k;
  }
  return undefined;
}

export function between(
  view: SentenceView,
  from: number,
  to: number,
  test: (word: string, tag: string) => boolean,
): boolean {
  for (let k = from; k < to; k++) if (test(view.norm[k]!, view.pos[k]!)) return true;
  return false;
}
