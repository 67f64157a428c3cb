import { phraseEndingAt } from './clause-tokens.js';
import type { Clause } from './clause-types.js';
import type { Phrase } from './phrases.js';
import type { SentenceView } from './sentence.js';

/**
 * "could not replace the rockets it fires at Israel": a relative clause with no relative pronoun, in the
 * simple present, right after the object of the verb before it, says what its subject habitually does, not
 * an act of the day. It hangs from that verb as an adverbial clause, so an act that is only possible or
 * denied there ("can neither build up … nor replace those it fires") is not asserted below it either; an
 * act the sentence dates ("the town Russia shelled on Monday") is no simple present and keeps its own stance.
 */
export function linkContactRelatives(
  view: SentenceView,
  phrases: readonly Phrase[],
  clauses: Clause[],
): void {
  for (let k = 1; k < clauses.length; k++) {
    const clause = clauses[k]!;
    const p = clause.predicate;
    if (clause.governor !== undefined || clause.opener !== undefined || p.form !== 'finite') continue;
    if (p.start !== p.head || !isSimplePresent(view, p.head) || p.negated) continue;
    const subject = clause.subject[0];
    if (!subject || subject.prep !== undefined || subject.end !== p.start) continue;
    // the antecedent: a noun phrase (not after a preposition) right before the subject; the chunker may
    // join it to a pronoun subject ("those it fires")
    const joined = subject.end - subject.start > 1 && NOMINATIVE.has(view.norm[subject.end - 1]!);
    const antecedent = joined ? subject : phraseEndingAt(phrases, subject.start);
    if (!antecedent || antecedent.prep !== undefined) continue;
    const previous = clauses[k - 1]!.predicate;
    // the antecedent is the previous verb's object
    if (previous.end > antecedent.start || previous.end < antecedent.start - 1) continue;
    if (previous.form === 'copula') continue;
    clause.governor = previous.index;
    clause.relation = 'adverbial';
  }
}

/** Whether token k is a verb in the simple present ("fires", "sends", "take"). */
function isSimplePresent(view: SentenceView, k: number): boolean {
  const w = view.norm[k]!;
  const l = view.lemma[k]!;
  if (w === `${l}s` || w === `${l}es`) return true;
  return w === l && view.pos[k] === 'VERB' && !SAME_PAST.has(w);
}

const NOMINATIVE = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Verbs whose past tense is their bare form ("the town they hit"): no telling the tense. */
const SAME_PAST = new Set([
  'hit',
  'put',
  'cut',
  'set',
  'shut',
  'hurt',
  'let',
  'cast',
  'spread',
  'beat',
  'quit',
]);
