// "Belgium was one of the first to provide us with assistance", "Poland became the first country to send
// weapons": being first (or last, or the only one) to do an act says the act was done, not that it is aimed at.
import type { Clause } from './clauses.js';
import type { SentenceView } from './sentence.js';

/** Verbs of being whose complement ranks their subject among those who acted. */
const BEING_VERBS = new Set(['be', 'become']);
/** Words that rank the subject among those who acted. */
const RANKS = new Set(['first', 'last', 'only', 'second', 'third']);
/** How many words may follow the rank before "to": "the first country in the world to …". */
const RANK_NOUN_LIMIT = 6;

/**
 * Whether an infinitive is ranked by the copula that governs it: "was (one of / among) the first (…) to
 * VERB", in a clause with no modal ("will be the first to" is only promised).
 */
export function isRankedAct(view: SentenceView, clause: Clause, governor: Clause): boolean {
  const g = governor.predicate;
  if (!BEING_VERBS.has(g.lemma) || g.modal !== undefined || g.negated) return false;
  const { norm, pos } = view;
  let k = g.end;
  while (pos[k] === 'ADV') k++;
  if (norm[k] === 'one' && norm[k + 1] === 'of') k += 2;
  else if (norm[k] === 'among') k++;
  if (norm[k] !== 'the' || !RANKS.has(norm[k + 1] ?? '')) return false;
  let to = clause.predicate.start - 1;
  while (to > k && pos[to] === 'ADV') to--;
  if (norm[to] !== 'to' || to - (k + 2) > RANK_NOUN_LIMIT) return false;
  for (let m = k + 2; m < to; m++) if (pos[m] === 'VERB' || pos[m] === 'AUX') return false;
  return true;
}
