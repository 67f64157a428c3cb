import type { ActorSpan } from './sentence.js';

// The words before an attack noun that may name who did it ("Israeli shelling", "a Hamas attack") may also
// be the attack's own name: "the Boston Marathon bombing" was done by no one called "Boston Marathon".

/** Nouns of attacks that news names after where or when they happened. */
const ATTACK_HEADS: ReadonlySet<string> = new Set([
  'attack',
  'bombing',
  'shooting',
  'massacre',
  'blast',
  'explosion',
  'killing',
  'rampage',
  'ambush',
  'stabbing',
  'hijacking',
]);

/** The modifiers of an event noun that may be its author: before an attack noun, not a name no dictionary codes. */
export function authorModifiers(head: string, modifiers: readonly ActorSpan[]): readonly ActorSpan[] {
  return ATTACK_HEADS.has(head) ? modifiers.filter((m) => m.actor.code !== '') : modifiers;
}
