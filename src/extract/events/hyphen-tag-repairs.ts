import type { Token } from '../../core/records.js';
import { IRREGULAR_PARTICIPLES, PARTICIPLE, type TaggedWords } from './tagged-words.js';
import { verbLemma } from './verb-lemma.js';
import { POSSESSIVE_PRONOUNS } from './words.js';

// Tag repairs of hyphenated words, which the tagger reads part by part: "a sit-in", "Iran-backed militias",
// "test-fired", "re-open", "war-torn". tag-repairs.ts runs the token repairs, in its order, with the other
// groups; repairCompounds runs after them all.

const HYPHENS = new Set(['-', '–']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
/** Words that begin an object, not a noun that a hyphenated participle could modify. */
const NOT_MODIFIED = new Set(['DET', 'PRON', 'NUM', 'ADP', 'PUNCT', 'CCONJ', 'PART', 'SCONJ']);

/**
 * "staged a sit/VERB-in", "Russia's build/VERB-up", "its pull/VERB-back", "the Russian military build/VERB-up":
 * a verb-tagged word after a determiner or an owner, past the adjectives or names that modify it, joined by a
 * hyphen, starts a noun (an owner's "'s" is never followed by a verb).
 */
export function hyphenatedNounAfterDeterminer({ norm, pos }: TaggedWords, i: number): void {
  let k = i - 1;
  // (past modifiers only for a two-part compound: "a sophisticated surface-to-air missile" is no noun "surface")
  if (!HYPHENS.has(norm[i + 3] ?? ''))
    while (k > 0 && k >= i - 3 && (pos[k] === 'ADJ' || pos[k] === 'PROPN')) k--;
  // (not a participle, which after an owner modifies the noun after it: "its ramped-up campaign")
  const owner = (norm[k] === "'s" || POSSESSIVE_PRONOUNS.has(norm[k] ?? '')) && !PARTICIPLE.test(norm[i]!);
  if (
    pos[i] === 'VERB' &&
    (pos[k] === 'DET' || owner) &&
    HYPHENS.has(norm[i + 1] ?? '') &&
    i + 2 < pos.length
  ) {
    pos[i] = 'NOUN';
    if (pos[i + 2] !== 'NOUN') pos[i + 2] = 'NOUN';
  } else if (
    pos[i] === 'NOUN' &&
    HYPHENS.has(norm[i + 1] ?? '') &&
    (pos[i + 2] === 'ADP' || pos[i + 2] === 'ADV') &&
    !HYPHENS.has(norm[i + 3] ?? '') &&
    (pos[k] === 'DET' || owner)
  ) {
    // "Russia's massive build/NOUN-up/ADP": the particle of a noun read whole is part of that noun
    pos[i + 2] = 'NOUN';
  }
}

/**
 * "an in/ADP-depth/NOUN exchange", "an on/ADP-site/NOUN inspection": a preposition after a determiner, joined by
 * a hyphen to the word after it, opens a compound adjective before the phrase's noun.
 */
export function hyphenatedPrepositionAdjective({ norm, pos }: TaggedWords, i: number): void {
  if (
    pos[i] === 'ADP' &&
    pos[i - 1] === 'DET' &&
    HYPHENS.has(norm[i + 1] ?? '') &&
    NOUN_TAGS.has(pos[i + 3] ?? '')
  ) {
    pos[i] = 'ADJ';
    pos[i + 2] = 'ADJ';
  }
}

/**
 * "a government-held/VERB part", "Iran-backed/VERB militias": a participle joined to a noun by a hyphen is an
 * adjective.
 */
export function hyphenatedParticiple({ norm, pos }: TaggedWords, i: number): void {
  if (
    pos[i] === 'VERB' &&
    i > 1 &&
    norm[i - 1] === '-' &&
    (pos[i - 2] === 'NOUN' || pos[i - 2] === 'PROPN') &&
    !NOT_MODIFIED.has(pos[i + 1] ?? '') &&
    (PARTICIPLE.test(norm[i]!) || IRREGULAR_PARTICIPLES.has(norm[i]!))
  ) {
    pos[i] = 'ADJ';
  }
}

/**
 * "test-fired a missile": a verb joined to the word before it by a hyphen, when the lexicon knows both (the
 * lexicon keys a hyphenated verb by its parts joined with a space).
 */
export function hyphenatedVerb({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if (pos[i] === 'VERB' && i > 1 && norm[i - 1] === '-' && isVerb(`${norm[i - 2]} ${lemma[i]}`)) {
    lemma[i] = `${norm[i - 2]} ${lemma[i]}`;
    pos[i - 2] = 'X'; // part of the verb now, no longer the head of the subject phrase
  }
}

/** "agreed to re-open/NOUN its borders": a hyphenated re- verb is the verb it spells without the hyphen. */
export function hyphenatedReVerb({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if (norm[i]!.startsWith('re-')) {
    const rest = norm[i]!.slice(3);
    const joined = `re${rest}`;
    // the lexicon keys a hyphenated re- verb by its parts: "re-examined" is "re examine"
    const spaced = (l: string) => isVerb(`re ${l}`);
    const split = spaced(rest) ? rest : verbLemma(rest, spaced, true);
    const base =
      split !== undefined && !isVerb(joined)
        ? `re ${split}`
        : isVerb(joined)
          ? joined
          : verbLemma(joined, isVerb, true);
    if (base !== undefined && (pos[i] === 'VERB' || norm[i - 1] === 'to' || base === joined)) {
      pos[i] = 'VERB';
      lemma[i] = base;
      if (norm[i - 1] === 'to') pos[i - 1] = 'PART';
    }
  }
}

/**
 * "aid to war-torn/VERB Mozambique": the tagger reads the parts of a hyphenated modifier as words of their
 * own, and "to war" as an infinitive. A hyphenated compound written without spaces before a noun is a
 * modifier, and a "to" before it a preposition.
 */
export function repairCompounds(tokens: readonly Token[], pos: string[]): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i + 1]!.norm !== '-' || tokens[i + 1]!.space !== '' || tokens[i + 2]!.space !== '') continue;
    if (!NOUN_TAGS.has(pos[i + 3]!) || pos[i + 2] === 'NOUN' || pos[i + 2] === 'PROPN') continue;
    pos[i] = 'ADJ';
    pos[i + 2] = 'ADJ';
    if (i > 0 && tokens[i - 1]!.norm === 'to' && pos[i - 1] === 'PART') pos[i - 1] = 'ADP';
  }
}
