import type { Parsed } from './arguments.js';
import { phraseActors } from './phrase-actors.js';
import type { Phrase } from './phrases.js';

// "Summarize the problems and propose measures to eliminate them": an object pronoun that stands for a thing
// named earlier in the sentence takes that thing's sense, so eliminating problems kills no one.

/** Object pronouns that may stand for things, and whether they stand for many. */
const THING_PRONOUNS = new Map([
  ['them', true],
  ['these', true],
  ['those', true],
  ['it', false],
  ['this', false],
]);

/**
 * The nearest common-noun phrase before a one-word pronoun object that agrees with it in number: what the
 * pronoun may stand for, among subjects and objects. Phrases naming actors are left out (the actors stage resolves those), and so is the
 * noun an infinitive hangs on ("measures to eliminate them" does not eliminate the measures).
 */
export function thingAntecedent(parsed: Parsed, phrase: Phrase): Phrase | undefined {
  const { view } = parsed;
  if (phrase.end !== phrase.start + 1) return undefined;
  const plural = THING_PRONOUNS.get(view.norm[phrase.start]!);
  if (plural === undefined) return undefined;
  const infinitiveAt = view.norm[phrase.start - 2] === 'to' ? phrase.start - 2 : -1;
  for (let k = phrase.index - 1; k >= 0; k--) {
    const before = parsed.phrases[k]!;
    const head = before.head;
    // (a noun after a preposition, "the implementation of these projects", is seldom what a pronoun takes up)
    if (view.pos[head] !== 'NOUN' || before.prep !== undefined || before.end === infinitiveAt) continue;
    if (phraseActors(view, parsed.phrases, before).heads.length > 0) continue;
    return (view.norm[head] !== view.lemma[head]) === plural ? before : undefined;
  }
  return undefined;
}
