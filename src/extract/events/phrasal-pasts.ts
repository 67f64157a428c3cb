import { clauseStart, subjectBefore, verbBetween } from './tag-context.js';

/** Irregular past forms the tagger may read as nouns, with their base form. */
const IRREGULAR_PASTS = new Map([
  ['shot', 'shoot'],
  ['blew', 'blow'],
  ['struck', 'strike'],
  ['threw', 'throw'],
  ['took', 'take'],
  ['brought', 'bring'],
]);
/** Particles of phrasal verbs of force and seizure ("shot down", "blew up", "took over"). */
const PHRASAL_PARTICLES = new Set(['down', 'up', 'off', 'out', 'over']);
/** Tags that open an object. */
const OBJECT_START = new Set(['DET', 'NUM', 'PRON']);

/**
 * "rebels shot/NOUN down the airliner": an irregular past form before its particle and an object, right
 * after a subject in a clause with no verb yet, is the verb.
 */
export function repairPhrasalPast(norm: readonly string[], pos: string[], lemma: string[], i: number): void {
  const base = IRREGULAR_PASTS.get(norm[i]!);
  if (
    base !== undefined &&
    pos[i] === 'NOUN' &&
    i > 0 &&
    PHRASAL_PARTICLES.has(norm[i + 1] ?? '') &&
    OBJECT_START.has(pos[i + 2] ?? '') &&
    subjectBefore(norm, pos, i) &&
    !verbBetween(pos, clauseStart(norm, pos, i), i)
  ) {
    pos[i] = 'VERB';
    lemma[i] = base;
  }
}
