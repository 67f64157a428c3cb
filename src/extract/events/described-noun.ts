// The noun a relative clause between commas describes, which is the subject of the verb after it.
import { skipBack } from './clause-tokens.js';
import type { Clause } from './clause-types.js';
import type { Phrase } from './phrases.js';
import type { SentenceView } from './sentence.js';

/** The subject a relative clause opened by ", who" or ", which" describes, if clause k ends one. */
export function describedNoun(
  view: SentenceView,
  clauses: readonly Clause[],
  k: number,
): Phrase[] | undefined {
  let rel = clauses[k]!;
  while (rel.subjectFrom === 'shared' && rel.predicate.index > 0) rel = clauses[rel.predicate.index - 1]!;
  if (rel.subjectFrom !== 'relative') return undefined;
  const w = skipBack(view, rel.predicate.start - 1);
  const pronoun = view.norm[w];
  if ((pronoun !== 'who' && pronoun !== 'which') || view.norm[w - 1] !== ',') return undefined;
  return rel.subject;
}
