import type { ResolverState } from './antecedents.js';

// "Russian occupiers shelled … The occupiers seized …": a force named only by its deed on a land not its own
// is the invader the article named before.

/** Words for an armed force by its deed on a land not its own, which name the invader named before. */
const INVADER_WORDS: ReadonlySet<string> = new Set(['occupiers', 'invaders', 'occupier', 'invader']);
/** Nouns of an invasion whose author the invaders are ("Russia's invasion" → "the invaders" are Russia's). */
const INVASION_WORDS: ReadonlySet<string> = new Set(['invasion', 'aggression', 'occupation']);
/** Words between the invader and the invasion besides adjectives: "Russia's full-scale invasion". */
const INVASION_MODIFIERS: ReadonlySet<string> = new Set(["'s", '-', 'full', 'scale', 'large']);

/**
 * The country of the invaders named before with one ("Russian occupiers", "Russia's invasion"), for a later
 * "the occupiers" or "the invaders" ending at token `end` (exclusive): the latest such mention's.
 */
export function invaderAntecedent(state: ResolverState, end: number): string | undefined {
  const { k, tokens } = state;
  if (!INVADER_WORDS.has(tokens[end - 1]!.norm)) return undefined;
  for (let j = state.history.length - 1; j >= 0; j--) {
    const a = state.history[j]!;
    const invading =
      a.det.type === 'agent'
        ? INVADER_WORDS.has(tokens[a.det.tokenEnd - 1]!.norm)
        : namesInvasion(state, a.det.tokenEnd);
    const prefix = a.actor.code.slice(0, 3);
    if (invading && k.countries.has(prefix)) return prefix;
  }
  return undefined;
}

/** Whether an invasion is named right after token t: "Russia's full-scale invasion", "Russian aggression". */
function namesInvasion(state: ResolverState, t: number): boolean {
  const { tokens } = state;
  for (let j = t; j < Math.min(tokens.length, t + 5); j++) {
    const w = tokens[j]!.norm;
    if (INVASION_WORDS.has(w)) return true;
    if (!INVASION_MODIFIERS.has(w) && tokens[j]!.pos !== 'ADJ') return false;
  }
  return false;
}
