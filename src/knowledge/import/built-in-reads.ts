import { phraseTokens } from '../../nlp/phrase-tokens.js';
import type { ActorKnowledge } from '../actors/compile.js';

/** Small words a phrase may have between known parts: "Secretary of State", "the Kremlin". */
const GLUE = new Set(['the', 'of', 'a', 'an', 'and', "'s", 'for', 'to', 'in', 'on']);

/**
 * Does the built-in knowledge already read this phrase, word for word? True when known phrases (names,
 * demonyms, roles, agents, titles) and glue words cover every token: "German Chancellor" (demonym + role),
 * "U.S. Ambassador", "President Putin". An imported dictionary often lists such combinations as names of
 * their own; importing them would hide the built-in reading ("German Chancellor Olaf Scholz" → the office
 * and its holder), so the built-in reading wins and the imported phrase is left out.
 */
export function builtInReads(k: ActorKnowledge): (phrase: string) => boolean {
  return (phrase) => {
    const norms = phraseTokens(phrase);
    let known = 0;
    let i = 0;
    while (i < norms.length) {
      const match = k.lexicon.longest(norms, i);
      if (match) {
        known++;
        i += match.length;
      } else if (GLUE.has(norms[i]!) || k.descriptionModifiers.has(norms[i]!)) i++;
      else return false;
    }
    return known > 0;
  };
}
