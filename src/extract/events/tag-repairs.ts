import {
  hyphenatedNounAfterDeterminer,
  hyphenatedParticiple,
  hyphenatedPrepositionAdjective,
  hyphenatedReVerb,
  hyphenatedVerb,
} from './hyphen-tag-repairs.js';
import {
  bareFormAfterPastVerb,
  campaignAsNoun,
  chiefAsNoun,
  compoundOrPartAsNoun,
  gerundAsNoun,
  gerundClosingPrepositionalPhrase,
  kindOfVehicle,
  nounAfterExistential,
  objectOfOn,
  participleModifierAfterDeterminer,
  partOfAfterModifier,
  pastFormAfterTo,
  pluralAfterVerbOrPreposition,
  surroundingAsPreposition,
  whatOneYieldsTo,
} from './noun-tag-repairs.js';
import { repairPhrasalPast } from './phrasal-pasts.js';
import { prefixedIrregularVerb } from './prefixed-verbs.js';
import {
  pastAfterSubject,
  shotAfterSubject,
  verbAfterArmedPlural,
  verbAfterHelp,
  verbBetweenSubjectAndObject,
} from './subject-verb-repairs.js';
import { verbBetween } from './tag-context.js';
import { PHRASE_OPENERS, type TaggedWords } from './tagged-words.js';
import {
  gerundBeforeObject,
  participlesAfterAuxiliaries,
  pastBeforeThat,
  presentVerbBeforePreposition,
  repairVerbLemma,
  splitInfinitive,
  verbAfterInvertedAuxiliary,
  verbAfterModal,
  verbAfterRelativePronoun,
  verbAfterSubordinatorSubject,
  verbAnsweringNeither,
  verbOfIntentBeforeTo,
} from './verb-tag-repairs.js';

// Repairs to the tagger's parts of speech (and the lemmas that go with them) where it slips in ways the
// coder would otherwise read as a different clause: a verb tagged as a noun, a noun tagged as a verb. The
// repairs live in groups by what they make (verb-tag-repairs.ts, noun-tag-repairs.ts, hyphen-tag-repairs.ts);
// this file holds the order they run in, on which they depend, and two small ones of their own.

/**
 * Repairs the tags (and lemmas) of one sentence in place, token by token, each repair seeing the ones made
 * before it; then reads a participle-shaped noun or adjective after an auxiliary as a verb.
 */
export function repairTags(
  norm: readonly string[],
  pos: string[],
  lemma: string[],
  isVerb: (l: string) => boolean,
): void {
  const words: TaggedWords = { norm, pos, lemma, isVerb };
  for (let i = 0; i < pos.length; i++) {
    chiefAsNoun(words, i);
    campaignAsNoun(words, i);
    repairVerbLemma(words, i);
    prefixedIrregularVerb(words, i);
    verbAnsweringNeither(words, i);
    verbAfterRelativePronoun(words, i);
    verbOfIntentBeforeTo(words, i);
    presentVerbBeforePreposition(words, i);
    gerundBeforeObject(words, i);
    pastFormAfterTo(words, i);
    splitInfinitive(words, i);
    participleModifierAfterDeterminer(words, i);
    surroundingAsPreposition(words, i);
    kindOfVehicle(words, i);
    pastBeforeThat(words, i);
    nounAfterExistential(words, i);
    gerundAsNoun(words, i);
    bareFormAfterPastVerb(words, i);
    pastAfterSubject(words, i);
    pluralAfterVerbOrPreposition(words, i);
    whatOneYieldsTo(words, i);
    verbBetweenSubjectAndObject(words, i);
    repairPhrasalPast(norm, pos, lemma, i);
    includingAsPreposition(words, i);
    verbAfterHelp(words, i);
    partOfAfterModifier(words, i);
    shotAfterSubject(words, i);
    verbAfterArmedPlural(words, i);
    hyphenatedNounAfterDeterminer(words, i);
    hyphenatedPrepositionAdjective(words, i);
    hyphenatedParticiple(words, i);
    hyphenatedVerb(words, i);
    hyphenatedReVerb(words, i);
    adverbAfterDeterminer(words, i);
    compoundOrPartAsNoun(words, i);
    gerundClosingPrepositionalPhrase(words, i);
    objectOfOn(words, i);
    verbAfterModal(words, i);
    verbAfterInvertedAuxiliary(words, i);
    verbAfterSubordinatorSubject(words, i);
  }
  participlesAfterAuxiliaries(words);
}

/**
 * "Russian aircraft including/VERB helicopter gunships killed …": "including" before a noun phrase, and
 * "including" or "excluding" in a subject before the clause's verb, introduce examples of the noun before
 * them, as a preposition does, not the verb of a clause.
 */
function includingAsPreposition({ norm, pos }: TaggedWords, i: number): void {
  if (
    pos[i] === 'VERB' &&
    ((norm[i] === 'including' && i > 0 && PHRASE_OPENERS.has(pos[i + 1] ?? '')) ||
      ((norm[i] === 'including' || norm[i] === 'excluding') && !verbBetween(pos, 0, i)))
  ) {
    pos[i] = 'ADP';
  }
}

/** "a new/ADV free-trade pact": an adverb between a determiner and the noun it introduces is an adjective. */
function adverbAfterDeterminer({ pos }: TaggedWords, i: number): void {
  if (pos[i] === 'ADV' && pos[i - 1] === 'DET' && (pos[i + 1] === 'ADJ' || pos[i + 1] === 'NOUN')) {
    pos[i] = 'ADJ';
  }
}
