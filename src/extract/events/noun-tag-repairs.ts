import { yieldsBefore } from './tag-context.js';
import { IRREGULAR_PARTICIPLES, MODIFIER_TAGS, PHRASE_OPENERS, type TaggedWords } from './tagged-words.js';
import { POSSESSIVE_PRONOUNS } from './words.js';

// Tag repairs that make a noun: words the tagger read as verbs, adjectives or adverbs where they head a noun
// phrase ("Russia's shelling/VERB of Kharkiv", "rejected calls/VERB by …", "remained on alert/ADJ").
// tag-repairs.ts runs them, in its order, with the other groups.

/** Prepositions a finite verb never follows: what comes after them is a noun phrase or a gerund. */
const NOUN_ONLY_PREPS = new Set(['despite', 'amid', 'amidst']);
/** Tags after which a noun phrase has ended. */
const PHRASE_END_NEXT = new Set(['ADP', 'PUNCT', 'CCONJ']);
/** Tags of a word an adjective could modify: before one, an adjective after "on" stays an adjective. */
const NOMINAL_NEXT = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const BARE_INFINITIVE_TAKERS = new Set([
  'help',
  'let',
  'make',
  'have',
  'go',
  'come',
  'dare',
  'see',
  'hear',
  'watch',
]);
/** Noun compounds whose first word is also a verb: first word → second word. */
const NOUN_COMPOUNDS = new Map([['tear', 'gas']]);

/**
 * "killed the deputy chief.", "the police chief of Basra": a title the tagger read as an adjective ends its
 * noun phrase before a preposition or punctuation.
 */
export function chiefAsNoun({ norm, pos }: TaggedWords, i: number): void {
  if (norm[i] === 'chief' && pos[i] === 'ADJ' && PHRASE_END_NEXT.has(pos[i + 1] ?? 'PUNCT')) pos[i] = 'NOUN';
}

/** Words that are adjectives or the noun of a military campaign: "an offensive weapon", "the offensive". */
const CAMPAIGN_NOUNS = new Set(['offensive', 'counteroffensive', 'counter-offensive']);
/** Tags of a word that ends the noun phrase "their offensive" before it: a preposition, a verb, a stop. */
const AFTER_PHRASE_TAGS = new Set(['ADP', 'PUNCT', 'CCONJ', 'AUX', 'VERB']);
/** Tags of a word that opens a noun phrase an adjective-like head may end: "the", "their", "Russian". */
const BEFORE_HEAD_TAGS = new Set(['DET', 'PRON', 'PROPN', 'ADJ']);

/**
 * "their offensive/ADJ on Kyiv", "the Russian offensive/ADJ has stalled": a campaign word after a determiner,
 * possessive or modifier that ends its phrase is the noun, not an adjective waiting for one.
 */
export function campaignAsNoun({ norm, pos, lemma }: TaggedWords, i: number): void {
  if (pos[i] !== 'ADJ' || !CAMPAIGN_NOUNS.has(norm[i]!)) return;
  if (!BEFORE_HEAD_TAGS.has(pos[i - 1] ?? '') || !AFTER_PHRASE_TAGS.has(pos[i + 1] ?? 'PUNCT')) return;
  if (pos[i - 1] === 'PRON' && !POSSESSIVE_PRONOUNS.has(norm[i - 1]!)) return;
  pos[i] = 'NOUN';
  lemma[i] = norm[i]!;
}

/** Tags of the noun a listed gerund follows. */
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
/** Verbs that take "of" ("thinking of", "speaking of"), whose gerund before it stays a verb. */
const OF_TAKING_VERBS = new Set(['think', 'speak', 'consist', 'approve', 'dream', 'hear', 'complain', 'die']);

/** Gerunds of fighting, which "between" two sides after them makes the noun of the act. */
const FIGHTING_GERUNDS = new Set(['fighting', 'skirmishing']);

/**
 * "Russia's shelling/VERB of Kharkiv", "Russian shelling/VERB killed five": a gerund after a possessive, a
 * determiner or a modifier, before "of" or the finite verb, is a noun.
 */
export function gerundAsNoun({ norm, pos, lemma }: TaggedWords, i: number): void {
  if (pos[i] === 'VERB' && norm[i]!.endsWith('ing')) {
    const prev = pos[i - 1]!;
    const owned = norm[i - 1] === "'s" || prev === 'DET' || POSSESSIVE_PRONOUNS.has(norm[i - 1]!);
    const next = norm[i + 1] === 'of' || (pos[i + 1] === 'VERB' && !norm[i + 1]!.endsWith('ing'));
    const modified = prev === 'PROPN' || prev === 'ADJ';
    // "Russian shelling/VERB of Kharkiv": a modified gerund before "of" names the act (not "thinking of")
    // (and so does one between two "of"s: "the intensification of shelling/VERB of Ukrainian positions")
    // (and one listed after a noun: "missile strikes at Lviv, shelling/VERB of Kharkiv")
    const listed = (norm[i - 1] === ',' || norm[i - 1] === 'and') && NOUN_TAGS.has(pos[i - 2] ?? '');
    const modifiedOf =
      (modified || listed || norm[i - 1] === 'of') && norm[i + 1] === 'of' && !OF_TAKING_VERBS.has(lemma[i]!);
    // "Heavy fighting/VERB between Russian and Ukrainian forces": the fighting of two sides, opening its phrase
    const between =
      norm[i + 1] === 'between' && FIGHTING_GERUNDS.has(norm[i]!) && (i === 0 || modified || owned);
    if (
      (next && (owned || (modified && pos[i + 1] === 'VERB'))) ||
      modifiedOf ||
      between ||
      namedAfterDeterminer(norm, pos, i) ||
      agentAfterGerund(norm, pos, i, owned)
    ) {
      pos[i] = 'NOUN';
      lemma[i] = norm[i]!;
    }
  }
}

/** Tags a gerund that opens a noun phrase follows: a preposition, or nothing at the sentence's start. */
const PHRASE_OPENING_TAGS = new Set(['ADP', 'PUNCT']);
/** Tags that open the agent after "by": "by the army", "by Russian troops", "by Israel". */
const AGENT_OPENING_TAGS = new Set(['DET', 'PROPN', 'ADJ']);

/**
 * "shelling/VERB by the Russian army destroyed …", "affected by shelling by Russian troops": a gerund with
 * an agent after "by", opening a phrase or owned, is the noun of an act, not a verb of its own.
 */
function agentAfterGerund(
  norm: readonly string[],
  pos: readonly string[],
  i: number,
  owned: boolean,
): boolean {
  if (norm[i + 1] !== 'by' || !AGENT_OPENING_TAGS.has(pos[i + 2] ?? '')) return false;
  return owned || i === 0 || PHRASE_OPENING_TAGS.has(pos[i - 1]!);
}

/**
 * "the Rafah crossing.", "the Maidan shooting and …", "the Kerem Shalom crossing was closed": a gerund after a
 * determiner and a name (not a plural people, "the Kurds fighting") heads the noun phrase it ends.
 */
function namedAfterDeterminer(norm: readonly string[], pos: readonly string[], i: number): boolean {
  if (pos[i - 1] !== 'PROPN' || norm[i - 1]!.endsWith('s')) return false;
  // not before another preposition: "the Duma calling for …" is a participle with its complement
  const next = pos[i + 1] ?? 'PUNCT';
  if (next !== 'PUNCT' && next !== 'CCONJ' && next !== 'AUX' && norm[i + 1] !== 'of') return false;
  let k = i - 1;
  while (k > 0 && pos[k - 1] === 'PROPN') k--;
  return pos[k - 1] === 'DET';
}

/** Forms of "be" after an existential "there": "there was", "there have been". */
const EXISTENTIAL_BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s"]);
/** Tags of the words that may stand between "there was" and its noun: "there was heavy shelling". */
const EXISTENTIAL_MODIFIERS = new Set(['ADJ', 'ADV', 'DET', 'NUM']);

/**
 * "There were attacks/VERB on …", "there was shelling/VERB of …": what an existential "there" says there was
 * is a noun, which the tagger read as the verb of a progressive or of a clause.
 */
export function nounAfterExistential({ norm, pos, lemma }: TaggedWords, i: number): void {
  const word = norm[i]!;
  if (pos[i] !== 'VERB' || !(word.endsWith('s') || word.endsWith('ing'))) return;
  let k = i - 1;
  while (k > 0 && EXISTENTIAL_MODIFIERS.has(pos[k]!)) k--;
  if (!EXISTENTIAL_BE.has(norm[k] ?? '')) return;
  if (norm[k] === 'been' && (norm[k - 1] === 'has' || norm[k - 1] === 'have' || norm[k - 1] === 'had')) k--;
  else if (norm[k] === 'be' && pos[k - 1] === 'AUX') k--;
  if (norm[k - 1] !== 'there') return;
  pos[i] = 'NOUN';
  if (word.endsWith('ing')) lemma[i] = word;
}

/**
 * "voiced hope/VERB for peace": a bare verb form right after a past verb is its object noun, except after
 * the verbs that take a bare infinitive ("helped build", "let go").
 */
export function bareFormAfterPastVerb({ norm, pos, lemma }: TaggedWords, i: number): void {
  if (
    pos[i] === 'VERB' &&
    i > 0 &&
    pos[i - 1] === 'VERB' &&
    norm[i] === lemma[i] &&
    (norm[i - 1]!.endsWith('ed') || IRREGULAR_PARTICIPLES.has(norm[i - 1]!)) &&
    !BARE_INFINITIVE_TAKERS.has(lemma[i - 1]!)
  ) {
    pos[i] = 'NOUN';
  }
}

/**
 * "rejected calls/VERB by …", "held exercises/VERB": a verb in -s right after a finite verb is a plural noun;
 * so is one right after "to", which never takes an -s infinitive ("conceded to demands/VERB"), or after
 * "despite" or "amid", which take no finite verb ("despite calls/VERB by Germany").
 */
export function pluralAfterVerbOrPreposition({ norm, pos, lemma }: TaggedWords, i: number): void {
  if (
    pos[i] === 'VERB' &&
    i > 0 &&
    norm[i]!.endsWith('s') &&
    ((pos[i - 1] === 'VERB' && (norm[i - 1]!.endsWith('ed') || IRREGULAR_PARTICIPLES.has(norm[i - 1]!))) ||
      ((norm[i - 1] === 'to' || NOUN_ONLY_PREPS.has(norm[i - 1]!)) &&
        lemma[i] !== norm[i] &&
        !norm[i]!.endsWith('ss')))
  ) {
    pos[i] = 'NOUN';
    lemma[i] = norm[i]!.slice(0, -1);
  }
}

/**
 * "bowed to pressure/VERB from Russia", "caved in to pressure/VERB": what one yields to is a noun, not an
 * infinitive.
 */
export function whatOneYieldsTo({ norm, pos, lemma }: TaggedWords, i: number): void {
  if (pos[i] === 'VERB' && i > 1 && norm[i - 1] === 'to' && yieldsBefore(norm, lemma, i - 1)) {
    pos[i] = 'NOUN';
    pos[i - 1] = 'ADP';
    if (norm[i]!.endsWith('s') && !norm[i]!.endsWith('ss')) lemma[i] = norm[i]!.slice(0, -1);
    else lemma[i] = norm[i]!;
  }
}

/**
 * "a government-held part/ADV of Aleppo": "part" after a determiner or a modifier, before "of", is the noun
 * the phrase is about.
 */
export function partOfAfterModifier({ norm, pos, lemma }: TaggedWords, i: number): void {
  if (
    (norm[i] === 'part' || norm[i] === 'parts') &&
    pos[i] !== 'NOUN' &&
    norm[i + 1] === 'of' &&
    i > 0 &&
    (pos[i - 1] === 'DET' ||
      pos[i - 1] === 'ADJ' ||
      norm[i - 1] === "'s" ||
      POSSESSIVE_PRONOUNS.has(norm[i - 1]!))
  ) {
    pos[i] = 'NOUN';
    lemma[i] = 'part';
  }
}

/** "fired tear/VERB gas", "suspended part/ADV of its aid": nouns the tagger reads as another part of speech. */
export function compoundOrPartAsNoun({ norm, pos, lemma }: TaggedWords, i: number): void {
  if (
    (pos[i] === 'VERB' && NOUN_COMPOUNDS.get(norm[i]!) === norm[i + 1]) ||
    (pos[i] === 'ADV' && norm[i] === 'part' && norm[i + 1] === 'of' && pos[i - 1] === 'VERB')
  ) {
    pos[i] = 'NOUN';
    lemma[i] = norm[i]!;
  }
}

/**
 * "killed in Israeli tank shelling/VERB in …": an -ing word closing a preposition's noun phrase, with no
 * object after it, is the event noun, not a verb whose subject is somewhere else.
 */
export function gerundClosingPrepositionalPhrase({ norm, pos }: TaggedWords, i: number): void {
  if (pos[i] === 'VERB' && norm[i]!.endsWith('ing') && MODIFIER_TAGS.has(pos[i - 1] ?? '')) {
    let k = i - 1;
    while (k > 0 && MODIFIER_TAGS.has(pos[k]!)) k--;
    if (pos[k] === 'ADP' && !PHRASE_OPENERS.has(pos[i + 1] ?? '')) pos[i] = 'NOUN';
  }
}

/** "remained on (high) alert/ADJ", "put on standby": the object of "on" with no noun after it is a noun. */
export function objectOfOn({ norm, pos }: TaggedWords, i: number): void {
  if (pos[i] === 'ADJ' && !NOMINAL_NEXT.has(pos[i + 1] ?? '')) {
    let k = i - 1;
    while (k > 0 && (pos[k] === 'ADV' || pos[k] === 'ADJ')) k--;
    if (k >= 0 && norm[k] === 'on' && pos[k] === 'ADP') {
      pos[i] = 'NOUN';
      for (let j = k + 1; j < i; j++) if (pos[j] === 'ADV') pos[j] = 'ADJ';
    }
  }
}

/**
 * "prompting them to armed/VERB resistance", "led to armed conflict": an infinitive is a base form, so a
 * past form right after "to" and before a noun is the adjective of that noun.
 */
export function pastFormAfterTo({ norm, pos, lemma }: TaggedWords, i: number): void {
  if (
    pos[i] === 'VERB' &&
    i > 0 &&
    norm[i - 1] === 'to' &&
    norm[i]!.endsWith('ed') &&
    norm[i] !== lemma[i] &&
    pos[i + 1] === 'NOUN'
  ) {
    pos[i] = 'ADJ';
    pos[i - 1] = 'ADP';
  }
}

/** Words in -ing that, before a noun, are adjectives whatever stands before them. */
const ADJECTIVE_PARTICIPLES = new Set([
  'existing',
  'remaining',
  'ongoing',
  'outgoing',
  'incoming',
  'upcoming',
]);

/**
 * "the existing/VERB negotiating/VERB formats", "the remaining/VERB troops": words in -ing after a
 * determiner and before the noun they lead to modify it.
 */
export function participleModifierAfterDeterminer({ norm, pos }: TaggedWords, i: number): void {
  if (pos[i] !== 'VERB' || i === 0 || !norm[i]!.endsWith('ing')) return;
  // "destroys existing/VERB negotiating formats": words in -ing that only ever modify a noun
  if (ADJECTIVE_PARTICIPLES.has(norm[i]!) && (pos[i + 1] === 'NOUN' || pos[i + 1] === 'VERB')) {
    pos[i] = 'ADJ';
    if (pos[i + 1] === 'VERB' && norm[i + 1]!.endsWith('ing') && pos[i + 2] === 'NOUN') pos[i + 1] = 'ADJ';
    return;
  }
  if (pos[i - 1] !== 'DET' && !(pos[i - 1] === 'ADJ' && pos[i - 2] === 'DET')) return;
  const next = pos[i + 1];
  if (next === 'NOUN' || (next === 'VERB' && norm[i + 1]!.endsWith('ing') && pos[i + 2] === 'NOUN'))
    pos[i] = 'ADJ';
}

/** Nouns of a state of affairs after which "surrounding" means "about", not encircling. */
const TOPIC_NOUNS = new Set([
  'situation',
  'events',
  'circumstances',
  'controversy',
  'debate',
  'issue',
  'issues',
  'question',
  'questions',
  'tension',
  'tensions',
  'uncertainty',
  'developments',
  'crisis',
  'scandal',
  'rhetoric',
  'speculation',
]);

/** "the situation surrounding/VERB the republics": "surrounding" after a noun of affairs is a preposition. */
export function surroundingAsPreposition({ norm, pos }: TaggedWords, i: number): void {
  if (norm[i] === 'surrounding' && pos[i] === 'VERB' && TOPIC_NOUNS.has(norm[i - 1] ?? '')) pos[i] = 'ADP';
}

/** Nouns of armoured vehicles and arms that words in -ing before them name a kind of. */
const KIND_OF_VEHICLE_NOUNS = new Set([
  'vehicle',
  'vehicles',
  'aircraft',
  'jet',
  'jets',
  'ship',
  'ships',
  'machine',
  'machines',
]);

/** "infantry fighting/VERB vehicles", "landing/VERB ships": a word in -ing before such a noun names its kind. */
export function kindOfVehicle({ norm, pos }: TaggedWords, i: number): void {
  if (pos[i] === 'VERB' && norm[i]!.endsWith('ing') && KIND_OF_VEHICLE_NOUNS.has(norm[i + 1] ?? ''))
    pos[i] = 'ADJ';
}
