// What the tags around a token say of its clause: whether a subject ends before it, where its clause
// starts and whether that clause has its verb yet. The tagger repairs read them before any clause is built.

/** Whether the word before token i can end a subject: a name, a plural noun or a time adverb. */
export function subjectBefore(norm: readonly string[], pos: readonly string[], i: number): boolean {
  // "Greece, like most other members, plans to …": past an aside between commas
  if (norm[i - 1] === ',') {
    for (let k = i - 2; k > 0 && k >= i - 10; k--) {
      if (norm[k] === ',') return pos[k + 1] === 'ADP' && subjectBefore(norm, pos, k);
      if (pos[k] === 'VERB' && !norm[k]!.endsWith('ing') && !norm[k]!.endsWith('ed')) return false;
    }
    return false;
  }
  const prev = pos[i - 1];
  const word = norm[i - 1] ?? '';
  if (prev === 'PROPN') return true;
  if (prev !== 'NOUN') return false;
  return TIME_ADVERBS.has(word) || word.endsWith('s') || word.endsWith('men') || word === 'people';
}
/**
 * "Greece, like most other members, plans …": token i follows a prepositional aside between commas that
 * itself follows a subject, in a clause with no verb before the aside.
 */
export function asideAfterSubject(norm: readonly string[], pos: readonly string[], i: number): boolean {
  if (norm[i - 1] !== ',') return false;
  let open = i - 2;
  while (open > 0 && norm[open] !== ',' && pos[open] !== 'AUX') open--;
  if (open <= 0 || norm[open] !== ',' || pos[open + 1] !== 'ADP') return false;
  return subjectBefore(norm, pos, open) && !verbBetween(pos, clauseStart(norm, pos, open), open);
}

const TIME_ADVERBS = new Set(['today', 'yesterday', 'tonight']);

/** Whether a verb or an auxiliary stands among tokens from..to-1 (the clause has its verb already). */
export function verbBetween(pos: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (pos[k] === 'VERB' || pos[k] === 'AUX') return true;
  return false;
}

/** Where the clause holding token i starts: after the last comma or subordinator before it. */
export function clauseStart(norm: readonly string[], pos: readonly string[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (norm[k] === ',' || pos[k] === 'SCONJ' || norm[k] === ';') return k + 1;
  return 0;
}

/** Verbs of yielding whose "to" takes what is yielded to; the ones marked need "in" ("gave in to"). */
const YIELD_VERBS = new Map([
  ['yield', false],
  ['bow', false],
  ['succumb', false],
  ['bend', false],
  ['cave', true],
  ['give', true],
]);

/** Whether a verb of yielding (with its "in" where it needs one) ends right before `to`. */
export function yieldsBefore(norm: readonly string[], lemma: readonly string[], to: number): boolean {
  const particle = norm[to - 1] === 'in';
  const verb = particle ? to - 2 : to - 1;
  const needsIn = YIELD_VERBS.get(lemma[verb] ?? '');
  return needsIn !== undefined && (particle || !needsIn);
}
