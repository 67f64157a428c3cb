import type { Token } from '../../core/records.js';
import { repairPhrasalPast } from './phrasal-pasts.js';
import { asideAfterSubject, clauseStart, subjectBefore, verbBetween, yieldsBefore } from './tag-context.js';
import { verbLemma } from './verb-lemma.js';
import { POSSESSIVE_PRONOUNS } from './words.js';

// Repairs to the tagger's parts of speech (and the lemmas that go with them) where it slips in ways the
// coder would otherwise read as a different clause: a verb tagged as a noun, a noun tagged as a verb.

const PARTICIPLE = /(ed|en|wn|ing)$/;
const IRREGULAR_PARTICIPLES = new Set([
  'held',
  'met',
  'sent',
  'built',
  'hit',
  'shot',
  'fought',
  'struck',
  'brought',
  'led',
  'told',
  'said',
  'made',
  'put',
  'set',
  'cut',
  'kept',
  'left',
  'lost',
  'won',
  'sought',
  'taken',
  'seen',
  'done',
]);

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

/** Prepositions a finite verb never follows: what comes after them is a noun phrase or a gerund. */
const NOUN_ONLY_PREPS = new Set(['despite', 'amid', 'amidst']);
/** Tags after which a noun phrase has ended. */
const PHRASE_END_NEXT = new Set(['ADP', 'PUNCT', 'CCONJ']);
/** Tags of a word an adjective could modify: before one, an adjective after "on" stays an adjective. */
const NOMINAL_NEXT = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

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
  for (let i = 0; i < pos.length; i++) {
    // "killed the deputy chief.", "the police chief of Basra": a title the tagger read as an adjective ends
    // its noun phrase before a preposition or punctuation
    if (norm[i] === 'chief' && pos[i] === 'ADJ' && PHRASE_END_NEXT.has(pos[i + 1] ?? 'PUNCT'))
      pos[i] = 'NOUN';
    // the lemmatiser slips on some verbs ("staged" → "stag"): prefer a base form the lexicon knows
    if (pos[i] === 'VERB' && !isVerb(lemma[i]!)) {
      const base = verbLemma(norm[i]!, isVerb, true);
      if (base !== undefined) lemma[i] = base;
    }
    // "can neither attack/NOUN Ukraine nor invade …", "… nor fire/NOUN at Israel": after an auxiliary and
    // "neither", and after the "nor" that answers it, a word the lexicon knows as a verb is the verb
    if (pos[i] === 'NOUN' && isVerb(norm[i]!) && answersNeither(norm, pos, i)) {
      pos[i] = 'VERB';
      lemma[i] = norm[i]!;
    }
    // "Hamas, which advocates/NOUN Israel's destruction", "rebels, who control/NOUN the north": after ", which"
    // or ", who" a present-tense verb the tagger read as a noun, before a noun phrase ("which" may also
    // open a noun phrase, so only a word in -s follows it as a verb)
    const w = norm[i]!;
    if (
      pos[i] === 'NOUN' &&
      i > 1 &&
      norm[i - 2] === ',' &&
      (norm[i - 1] === 'who' || (norm[i - 1] === 'which' && w.endsWith('s'))) &&
      PHRASE_OPENERS.has(pos[i + 1] ?? '')
    ) {
      pos[i - 1] = 'PRON';
      pos[i] = 'VERB';
      if (w.endsWith('s'))
        lemma[i] = w.endsWith('es') && isVerb(w.slice(0, -2)) ? w.slice(0, -2) : w.slice(0, -1);
      else lemma[i] = w;
    }
    // "Greece plans/NOUN to impose …": a verb of intent read as a plural noun, right after its subject (or
    // the comma closing an aside) and before "to" and a verb; not "its plans to …"
    if (
      pos[i] === 'NOUN' &&
      INTENT_NOUN_VERBS.has(w) &&
      norm[i + 1] === 'to' &&
      pos[i + 2] === 'VERB' &&
      i > 0 &&
      (pos[i - 1] === 'PROPN' || pos[i - 1] === 'NOUN' || norm[i - 1] === ',')
    ) {
      pos[i] = 'VERB';
      lemma[i] = w.slice(0, -1);
      pos[i + 1] = 'PART';
    }
    // "a report … alleged/ADJ that …": a participle-shaped adjective before "that" is the verb
    if (
      pos[i] === 'ADJ' &&
      norm[i + 1] === 'that' &&
      norm[i]!.endsWith('ed') &&
      i > 0 &&
      pos[i - 1] !== 'AUX'
    ) {
      const base = verbLemma(norm[i]!, isVerb, true);
      if (base !== undefined) {
        pos[i] = 'VERB';
        lemma[i] = base;
      }
    }
    // "Russia's shelling/VERB of Kharkiv", "Russian shelling/VERB killed five": a gerund after a possessive,
    // a determiner or a modifier, before "of" or the finite verb, is a noun
    if (pos[i] === 'VERB' && i > 0 && norm[i]!.endsWith('ing')) {
      const prev = pos[i - 1]!;
      const owned = norm[i - 1] === "'s" || prev === 'DET' || POSSESSIVE_PRONOUNS.has(norm[i - 1]!);
      const next = norm[i + 1] === 'of' || (pos[i + 1] === 'VERB' && !norm[i + 1]!.endsWith('ing'));
      if (
        (next && (owned || ((prev === 'PROPN' || prev === 'ADJ') && pos[i + 1] === 'VERB'))) ||
        namedAfterDeterminer(norm, pos, i)
      ) {
        pos[i] = 'NOUN';
        lemma[i] = norm[i]!;
      }
    }
    // "voiced hope/VERB for peace": a bare verb form right after a past verb is its object noun, except
    // after the verbs that take a bare infinitive ("helped build", "let go")
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
    // "Egypt mediated/ADJ between …", "rebels abducted/NOUN aid workers", "Russia blockaded/ADJ Ukrainian
    // ports": a past form of a verb the lexicon knows, right after a subject, in a clause with no verb yet, is
    // the verb when an adjective-tagged one is not before a noun it could modify, or is before an object that
    // cannot be that noun, and when a noun-tagged one is before its object ("Syrian armed forces" stays)
    if (
      (pos[i] === 'NOUN'
        ? PHRASE_OPENERS.has(pos[i + 1] ?? '')
        : pos[i] === 'ADJ' && (!MODIFIER_TAGS.has(pos[i + 1] ?? '') || PAST_OBJECT.has(pos[i + 1] ?? ''))) &&
      norm[i]!.endsWith('ed') &&
      i > 0 &&
      subjectBefore(norm, pos, i) &&
      !verbBetween(pos, clauseStart(norm, pos, i), i)
    ) {
      const base = verbLemma(norm[i]!, isVerb, true);
      if (base !== undefined) {
        pos[i] = 'VERB';
        lemma[i] = base;
      }
    }
    // "rejected calls/VERB by …", "held exercises/VERB": a verb in -s right after a finite verb is a plural
    // noun; so is one right after "to", which never takes an -s infinitive ("conceded to demands/VERB"), or
    // after "despite" or "amid", which take no finite verb ("despite calls/VERB by Germany")
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
    // "bowed to pressure/VERB from Russia", "caved in to pressure/VERB": what one yields to is a noun, not an
    // infinitive
    if (pos[i] === 'VERB' && i > 1 && norm[i - 1] === 'to' && yieldsBefore(norm, lemma, i - 1)) {
      pos[i] = 'NOUN';
      pos[i - 1] = 'ADP';
      if (norm[i]!.endsWith('s') && !norm[i]!.endsWith('ss')) lemma[i] = norm[i]!.slice(0, -1);
      else lemma[i] = norm[i]!;
    }
    // "authorities today release/NOUN an impounded ship", "after the US shares/NOUN its response", "Greece
    // plans/NOUN to impose …": a noun the lexicon knows as a verb, between a subject and an object or an
    // infinitive, in a clause with no verb yet
    if (
      pos[i] === 'NOUN' &&
      i > 0 &&
      isVerb(lemma[i]!) &&
      (OBJECT_START.has(pos[i + 1] ?? '') || (norm[i + 1] === 'to' && pos[i + 2] === 'VERB')) &&
      !verbBetween(pos, clauseStart(norm, pos, i), i)
    ) {
      if (subjectBefore(norm, pos, i) || asideAfterSubject(norm, pos, i)) pos[i] = 'VERB';
    }
    repairPhrasalPast(norm, pos, lemma, i);
    // "Russian aircraft including/VERB helicopter gunships killed …": "including" before a noun phrase, and
    // "including" or "excluding" in a subject before the clause's verb, introduce examples of the noun
    // before them, as a preposition does, not the verb of a clause
    if (
      pos[i] === 'VERB' &&
      ((norm[i] === 'including' && i > 0 && PHRASE_OPENERS.has(pos[i + 1] ?? '')) ||
        ((norm[i] === 'including' || norm[i] === 'excluding') && !verbBetween(pos, 0, i)))
    ) {
      pos[i] = 'ADP';
    }
    // "to help support/NOUN the rights of …": a bare form of a verb right after "help" and before an object
    // is the verb helped
    if (
      pos[i] === 'NOUN' &&
      i > 0 &&
      pos[i - 1] === 'VERB' &&
      lemma[i - 1] === 'help' &&
      norm[i] === lemma[i] &&
      isVerb(lemma[i]!) &&
      OBJECT_START.has(pos[i + 1] ?? '')
    ) {
      pos[i] = 'VERB';
    }
    // "a government-held part/ADV of Aleppo": "part" after a determiner or a modifier, before "of", is the
    // noun the phrase is about
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
    // "gunmen shot/NOUN dead a policeman", "troops shot/NOUN two protesters"
    if (
      pos[i] === 'NOUN' &&
      norm[i] === 'shot' &&
      (norm[i + 1] === 'dead' || OBJECT_START.has(pos[i + 1] ?? '')) &&
      subjectBefore(norm, pos, i)
    ) {
      pos[i] = 'VERB';
      lemma[i] = 'shoot';
    }
    // "staged a sit/VERB-in": a verb-tagged word after a determiner, joined by a hyphen, starts a noun
    if (pos[i] === 'VERB' && pos[i - 1] === 'DET' && HYPHENS.has(norm[i + 1] ?? '') && i + 2 < pos.length) {
      pos[i] = 'NOUN';
      if (pos[i + 2] !== 'NOUN') pos[i + 2] = 'NOUN';
    }
    // "a government-held/VERB part", "Iran-backed/VERB militias": a participle joined to a noun by a hyphen
    // is an adjective
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
    // "test-fired a missile": a verb joined to the word before it by a hyphen, when the lexicon knows both
    // (the lexicon keys a hyphenated verb by its parts joined with a space)
    if (pos[i] === 'VERB' && i > 1 && norm[i - 1] === '-' && isVerb(`${norm[i - 2]} ${lemma[i]}`)) {
      lemma[i] = `${norm[i - 2]} ${lemma[i]}`;
      pos[i - 2] = 'X'; // part of the verb now, no longer the head of the subject phrase
    }
    // "agreed to re-open/NOUN its borders": a hyphenated re- verb is the verb it spells without the hyphen
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
    // "a new/ADV free-trade pact": an adverb between a determiner and the noun it introduces is an adjective
    if (pos[i] === 'ADV' && pos[i - 1] === 'DET' && (pos[i + 1] === 'ADJ' || pos[i + 1] === 'NOUN')) {
      pos[i] = 'ADJ';
    }
    // "fired tear/VERB gas", "suspended part/ADV of its aid": nouns the tagger reads as another part of speech
    if (
      (pos[i] === 'VERB' && NOUN_COMPOUNDS.get(norm[i]!) === norm[i + 1]) ||
      (pos[i] === 'ADV' && norm[i] === 'part' && norm[i + 1] === 'of' && pos[i - 1] === 'VERB')
    ) {
      pos[i] = 'NOUN';
      lemma[i] = norm[i]!;
    }
    // "killed in Israeli tank shelling/VERB in …": an -ing word closing a preposition's noun phrase, with no
    // object after it, is the event noun, not a verb whose subject is somewhere else
    if (pos[i] === 'VERB' && norm[i]!.endsWith('ing') && MODIFIER_TAGS.has(pos[i - 1] ?? '')) {
      let k = i - 1;
      while (k > 0 && MODIFIER_TAGS.has(pos[k]!)) k--;
      if (pos[k] === 'ADP' && !PHRASE_OPENERS.has(pos[i + 1] ?? '')) pos[i] = 'NOUN';
    }
    // "remained on (high) alert/ADJ", "put on standby": the object of "on" with no noun after it is a noun
    if (pos[i] === 'ADJ' && !NOMINAL_NEXT.has(pos[i + 1] ?? '')) {
      let k = i - 1;
      while (k > 0 && (pos[k] === 'ADV' || pos[k] === 'ADJ')) k--;
      if (k >= 0 && norm[k] === 'on' && pos[k] === 'ADP') {
        pos[i] = 'NOUN';
        for (let j = k + 1; j < i; j++) if (pos[j] === 'ADV') pos[j] = 'ADJ';
      }
    }
    // a base-form verb after a modal the tagger read as an adjective or noun ("would free/ADJ prisoners")
    if ((pos[i] === 'ADJ' || pos[i] === 'NOUN') && i > 0 && MODALS.has(norm[i - 1]!) && isVerb(norm[i]!)) {
      pos[i] = 'VERB';
      lemma[i] = norm[i]!;
    }
  }
  // the tagger sometimes reads a verb after an auxiliary as a noun or adjective ("is not planning/NOUN",
  // "is being pressured/ADJ"); a word in participle form there is a verb
  for (let i = 1; i < pos.length; i++) {
    if (pos[i] !== 'NOUN' && pos[i] !== 'ADJ' && pos[i] !== 'PROPN') continue;
    const word = norm[i]!;
    if (!PARTICIPLE.test(word) && !IRREGULAR_PARTICIPLES.has(word)) continue;
    let k = i - 1;
    while (k >= 0 && (pos[k] === 'ADV' || norm[k] === 'not' || norm[k] === "n't")) k--;
    if (k >= 0 && pos[k] === 'AUX' && !(pos[i + 1] === 'NOUN' || pos[i + 1] === 'PROPN')) {
      pos[i] = 'VERB';
      lemma[i] = verbLemma(word, isVerb) ?? lemma[i]!;
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

const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
/** Verbs of intent in the third person that the tagger may read as plural nouns. */
const INTENT_NOUN_VERBS = new Set([
  'plans',
  'aims',
  'hopes',
  'wants',
  'intends',
  'seeks',
  'vows',
  'pledges',
  'promises',
]);
/** Tags that open a noun phrase: an object, or what a prepositional "including" introduces. */
const PHRASE_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON']);

const OBJECT_START = new Set(['DET', 'NUM', 'PRON']);
/** What may follow a past verb the tagger read as an adjective: an object that cannot be the noun it modifies. */
const PAST_OBJECT = new Set(['DET', 'NUM', 'PRON', 'PROPN']);
const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);
const HYPHENS = new Set(['-', '–']);
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
/** Words that begin an object, not a noun that a hyphenated participle could modify. */
const NOT_MODIFIED = new Set(['DET', 'PRON', 'NUM', 'ADP', 'PUNCT', 'CCONJ', 'PART', 'SCONJ']);

/** Noun compounds whose first word is also a verb: first word → second word. */
const NOUN_COMPOUNDS = new Map([['tear', 'gas']]);
const MODALS = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'shall',
  'should',
  'must',
  "'ll",
  'wo',
  'ca',
]);

/** Whether token i follows "AUX neither", or a "nor" after such a "neither" in the sentence. */
function answersNeither(norm: readonly string[], pos: readonly string[], i: number): boolean {
  if (i >= 2 && norm[i - 1] === 'neither' && pos[i - 2] === 'AUX') return true;
  if (i < 1 || norm[i - 1] !== 'nor') return false;
  for (let k = i - 2; k >= 1; k--) if (norm[k] === 'neither') return pos[k - 1] === 'AUX';
  return false;
}
