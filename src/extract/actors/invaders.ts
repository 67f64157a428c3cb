import type { Token } from '../../core/records.js';
import { enemyOf } from '../../knowledge/wars.js';
import type { Detected } from '../mentions/types.js';
import type { ResolverState } from './antecedents.js';
import { speakerSide } from './first-person.js';

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

/** Words for the other side's forces in a war, as one side's speaker calls them. */
const ENEMY_WORDS: ReadonlySet<string> = new Set([...INVADER_WORDS, 'enemy', 'enemies']);

/**
 * Whether the agent mention `d` is a bare "the enemy", "the occupiers": whom it means depends on who speaks.
 * Not after a name ("the Nazi occupiers", "the Soviet invaders"): that names another enemy, of another war.
 */
export function isEnemyWord(tokens: readonly Token[], d: Detected): boolean {
  if (d.type !== 'agent' || d.tokenEnd - d.tokenStart !== 1 || !ENEMY_WORDS.has(tokens[d.tokenStart]!.norm))
    return false;
  const before = tokens[d.tokenStart - 1];
  return before === undefined || before.sentence !== tokens[d.tokenStart]!.sentence || !isNameWord(before);
}

/** A capitalised word other than a determiner ("Nazi" in "the Nazi occupiers"; not "The"). */
function isNameWord(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  return c >= 65 && c <= 90 && token.pos !== 'DET';
}

/**
 * "The enemy shelled Kharkiv overnight," a Ukrainian official said in March 2022: in the words of a speaker
 * of one side of a war, "the enemy" or "the occupiers" are the other side, on the article's date.
 */
export function speakersEnemy(state: ResolverState, d: Detected): string | undefined {
  if (!isEnemyWord(state.tokens, d)) return undefined;
  const side = speakerSide(state, d);
  return side === undefined ? undefined : enemyOf(state.k.wars, side, state.date);
}
