import type { Sentence, Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import type { Cue, Detected } from '../mentions/types.js';
import type { Antecedent } from './antecedents.js';

// What the words around a mention say about it: singular or plural, former, attributive, oblique.

/** Words that make a title a past one. */
const FORMER_WORDS = new Set(['former', 'ousted', 'deposed', 'ex', 'exiled', 'toppled', 'late']);
/** Quantifiers of a generic noun ("any aggressor", "every state"), which names no particular actor. */
const GENERIC_QUANTIFIERS = new Set(['any', 'every', 'each']);

export function isSingularNoun(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t]!;
  return token.pos === 'NOUN' && token.lemma === token.norm;
}

/** Whether a mention is the speaker's own: a first-person word, or a sector "our" or "my" owns. */
export function isSpeakersOwn(k: ActorKnowledge, tokens: readonly Token[], d: Detected): boolean {
  const cue = d.cue;
  if (cue.kind === 'first-person') return true;
  return isOwnedByFirstPerson(k, tokens, cue);
}

/** A sector "our" or "my" owns: "our troops", "my people". */
export function isOwnedByFirstPerson(k: ActorKnowledge, tokens: readonly Token[], cue: Cue): boolean {
  return (
    cue.kind === 'agent' && cue.possessor !== undefined && k.firstPerson.has(tokens[cue.possessor]!.norm)
  );
}

/** "they", "them", "their": a plural pronoun, whom it means depends on who speaks. */
export function isThey(k: ActorKnowledge, d: Detected): boolean {
  return d.cue.kind === 'pronoun' && k.pronouns.get(d.cue.word)?.number === 'plural';
}

/** Whether a title says its holder no longer holds it: "former President", "ousted premier", "ex-minister". */
export function isFormer(tokens: readonly Token[], d: Detected): boolean {
  for (let t = d.tokenStart; t < d.tokenEnd; t++) if (FORMER_WORDS.has(tokens[t]!.norm)) return true;
  return false;
}

/** A country adjective before a noun in the singular: "a Senegalese peace plan", not "Russian delegations". */
export function isAttributive(tokens: readonly Token[], d: Detected): boolean {
  let t = d.tokenEnd;
  while (tokens[t]?.sentence === d.sentence && tokens[t]!.pos === 'NOUN') t++;
  return t > d.tokenEnd && isSingularNoun(tokens, t - 1);
}

/** Whether a mention is the object of a preposition: "of Ukraine", "in Kyiv", "against Russia". */
export function isOblique(tokens: readonly Token[], a: Antecedent): boolean {
  const before = tokens[a.start - 1];
  return before !== undefined && before.sentence === a.det.sentence && before.pos === 'ADP';
}

/**
 * Whether a generic noun in the singular ("any potential aggressor", "every state") stands in the pronoun's
 * sentence between token `from` and the pronoun: it, not an actor named before it, is then the antecedent.
 */
export function genericNounBetween(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  from: number,
  d: Detected,
): boolean {
  for (let t = Math.max(from, sentences[d.sentence]!.tokenStart); t < d.tokenStart; t++) {
    if (!GENERIC_QUANTIFIERS.has(tokens[t]!.norm)) continue;
    let q = t + 1;
    while (q < d.tokenStart && tokens[q]!.pos === 'ADJ') q++;
    if (q < d.tokenStart && isSingularNoun(tokens, q)) return true;
  }
  return false;
}
