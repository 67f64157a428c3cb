import { groupCoordinated } from './coordinated-phrases.js';
import { actorSpanAt, type SentenceView } from './sentence.js';
import { POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS, TIME_WORDS } from './words.js';

// Noun-phrase chunking: where each noun phrase of a sentence starts and ends, its head, and the preposition
// before it. Joining coordinated phrases into lists is in coordinated-phrases.ts; the actors a phrase stands
// for are in phrase-actors.ts.

/** A noun phrase: local tokens [start, end), its head, and the preposition right before it, if any. */
export interface Phrase {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly head: number;
  readonly prep?: string;
  /** Phrases joined to this one by "and", "or" or list commas, including itself, in order. */
  group: number[];
}

const NOMINAL = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const PERSONAL = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'him',
  'them',
  'us',
  'me',
  'itself',
  'themselves',
  'himself',
  'herself',
]);
const QUANTIFIERS = new Set(['over', 'about', 'around', 'under', 'nearly', 'almost', 'some', 'roughly']);
const COMPARATIVES = new Set(['more', 'less', 'fewer']);
const HYPHENS = new Set(['-', '–', '—']);

export function isPersonalPronoun(word: string): boolean {
  return PERSONAL.has(word);
}

/**
 * Chunks a sentence into noun phrases from parts of speech and the actor mentions: a mention is never split,
 * a possessive ("Russia's", "his") stays inside the phrase it modifies, a participle between a determiner
 * and a noun ("any planned invasion") is a modifier, and a time word after a noun starts a phrase of its own.
 */
export function chunkPhrases(view: SentenceView): Phrase[] {
  const { pos, norm } = view;
  const n = pos.length;
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < n) {
    if (!startsPhrase(view, i)) {
      i++;
      continue;
    }
    const start = i;
    if (isPersonalPronoun(norm[i]!) && pos[i] === 'PRON') {
      i++;
    } else {
      const { stop, lastNoun } = scanNominal(view, start);
      if (lastNoun < 0) {
        i = Math.max(stop, start + 1);
        continue;
      }
      i = lastNoun + 1;
    }
    const end = i;
    const first = withLeadingQuantifier(view, start);
    const prep = prepositionBefore(view, first);
    phrases.push({
      index: phrases.length,
      start: first,
      end,
      head: headOf(view, start, end),
      ...(prep !== undefined && { prep }),
      group: [phrases.length],
    });
  }
  groupCoordinated(view, phrases);
  return phrases;
}

/**
 * Reads the nominal words from `start`: where they stop, and the last noun among them (-1 when there is none,
 * and so no phrase). A mention counts as a noun; an adjective used as a noun ends the phrase ("the military").
 */
function scanNominal(view: SentenceView, start: number): { stop: number; lastNoun: number } {
  const { pos, norm } = view;
  const n = pos.length;
  let i = start;
  let lastNoun = -1;
  while (i < n) {
    const span = actorSpanAt(view, i);
    if (span && span.start === i && i > start && lastNoun >= 0 && !joinsAcrossMention(view, i)) break;
    if (span) {
      i = span.end;
      lastNoun = i - 1;
      continue;
    }
    if (startsNextPhrase(view, start, i, lastNoun)) break;
    const p = pos[i]!;
    const w = norm[i]!;
    if (NOMINAL.has(p) || (p === 'PRON' && POSSESSIVE_PRONOUNS.has(w) && i === start)) {
      if (p === 'NOUN' || p === 'PROPN' || p === 'NUM') lastNoun = i;
      i++;
      continue;
    }
    if (isModifierInside(view, start, i) || joinsAdjectives(view, start, i, lastNoun)) {
      i++;
      continue;
    }
    // "build-up", "sit-in": a verb and a particle joined by a hyphen inside a noun phrase.
    if (
      lastNoun >= 0 &&
      p === 'VERB' &&
      HYPHENS.has(norm[i + 1] ?? '') &&
      (pos[i + 2] === 'ADP' || pos[i + 2] === 'NOUN')
    ) {
      i += 3;
      lastNoun = i - 1;
      continue;
    }
    break;
  }
  // an adjective used as a noun ends the phrase: "the military", "the French military in Rwanda"
  const last = i - 1;
  if (
    last > lastNoun &&
    pos[last] === 'ADJ' &&
    (lastNoun >= 0 || pos[start] === 'DET') &&
    !NOMINAL.has(pos[i] ?? '')
  ) {
    lastNoun = last;
  }
  return { stop: i, lastNoun };
}

/**
 * Whether token i, after a noun of the phrase begun at `start`, opens the next phrase instead: a determiner or
 * a possessive pronoun not owned by a "'s" before it, or a time word.
 */
function startsNextPhrase(view: SentenceView, start: number, i: number, lastNoun: number): boolean {
  const { pos, norm } = view;
  const p = pos[i]!;
  const w = norm[i]!;
  if (i > start && lastNoun >= 0 && (p === 'DET' || POSSESSIVE_PRONOUNS.has(w)) && !isPossessive(view, i - 1))
    return true;
  // "Ukrainian lawmakers Tuesday endorsed": a time word after a noun starts its own phrase, but not in
  // "a four-day strike" or "two weeks"
  return (
    i > start &&
    lastNoun >= 0 &&
    TIME_WORDS.has(w) &&
    !TIME_WORDS.has(norm[lastNoun]!) &&
    pos[lastNoun] !== 'NUM' &&
    !HYPHENS.has(norm[i - 1]!)
  );
}

/**
 * Whether non-nominal token i stays inside the phrase begun at `start` as part of a modifier: a possessive
 * "'s", a hyphen joining two modifiers written without spaces, or a participle before a noun.
 */
function isModifierInside(view: SentenceView, start: number, i: number): boolean {
  const { pos, norm } = view;
  const n = pos.length;
  if (i > start && isPossessive(view, i)) return true;
  if (
    i > start &&
    HYPHENS.has(norm[i]!) &&
    i + 1 < n &&
    (NOMINAL.has(pos[i + 1]!) || (pos[i + 1] === 'VERB' && isModifierParticiple(view, i + 1))) &&
    view.tokens[i]!.space === ''
  )
    return true;
  return pos[i] === 'VERB' && i + 1 < n && isModifierParticiple(view, i);
}

/**
 * "domestic and international demand", "political or economic pressure": "and" or "or" between two adjectives
 * before the phrase's first noun joins the modifiers of one noun, not two phrases.
 */
function joinsAdjectives(view: SentenceView, start: number, i: number, lastNoun: number): boolean {
  const { pos, norm } = view;
  if (lastNoun >= 0 || i === start || pos[i - 1] !== 'ADJ' || pos[i + 1] !== 'ADJ') return false;
  if (norm[i] !== 'and' && norm[i] !== 'or') return false;
  for (let k = i + 2; k < pos.length && k < i + 5; k++) {
    if (pos[k] === 'NOUN') return true;
    if (pos[k] !== 'ADJ') return false;
  }
  return false;
}

/**
 * Where a phrase whose first nominal word is `start` begins once a quantifier before a number is taken in:
 * such words belong to the phrase and are no preposition.
 */
function withLeadingQuantifier(view: SentenceView, start: number): number {
  const { pos, norm } = view;
  let first = start;
  // "over 150 prisoners", "about 300 representatives": a quantifier, not a preposition
  if (first > 0 && QUANTIFIERS.has(norm[first - 1]!) && pos[first] === 'NUM') first--;
  // "up to 100 ethnic Albanians": "up to" is a quantifier too, not a preposition
  else if (first > 1 && norm[first - 1] === 'to' && norm[first - 2] === 'up' && pos[first] === 'NUM')
    first -= 2;
  // "more than 1,000 refugees", "at least 20 people": so are "more than", "at least"
  else if (
    first > 1 &&
    pos[first] === 'NUM' &&
    ((norm[first - 1] === 'than' && COMPARATIVES.has(norm[first - 2]!)) ||
      (norm[first - 1] === 'least' && norm[first - 2] === 'at'))
  )
    first -= 2;
  // "of mostly Christian eastern Beirut", "in largely Kurdish areas": an adverb of degree before the
  // modifiers belongs to the phrase, which keeps the preposition before it
  else if (
    first > 1 &&
    pos[first - 1] === 'ADV' &&
    norm[first - 1]!.endsWith('ly') &&
    pos[first - 2] === 'ADP' &&
    (pos[first] === 'ADJ' || pos[first] === 'PROPN')
  )
    first--;
  return first;
}

/** The preposition (or the "to" of "to Iraq") right before a phrase that begins at `first`, if any. */
function prepositionBefore(view: SentenceView, first: number): string | undefined {
  const { pos, norm } = view;
  const before = first - 1;
  // "Iran as well as Sudan": the last "as" joins the phrase to the one before, it is no preposition
  const conjunction = norm[before] === 'as' && norm[before - 1] === 'well' && norm[before - 2] === 'as';
  return before >= 0 &&
    !conjunction &&
    (pos[before] === 'ADP' || (norm[before] === 'to' && pos[before] === 'PART'))
    ? norm[before]
    : undefined;
}

function startsPhrase(view: SentenceView, i: number): boolean {
  const p = view.pos[i]!;
  const w = view.norm[i]!;
  if (actorSpanAt(view, i)) return true;
  // "and in particular Poland": "in particular" is an adverb singling out what follows, not a phrase
  if (w === 'particular' && view.norm[i - 1] === 'in') return false;
  if (p === 'PRON') return isPersonalPronoun(w) || POSSESSIVE_PRONOUNS.has(w);
  if (RELATIVE_PRONOUNS.has(w) && p !== 'DET') return false;
  if (p === 'VERB' && i + 1 < view.pos.length && i > 0) return isModifierParticiple(view, i);
  return NOMINAL.has(p);
}

/** Mentions of a bloc, which a possessive pronoun may own ("its Western allies", "our Western partners"). */
const OWNED_NAMES = new Set(['group']);

/**
 * A mention continues the phrase before it ("Asian banks", "Russia's Foreign Minister Lavrov", "Foreign
 * Minister Sergey Lavrov" as a role and a name of one person), unless it follows another actor's mention
 * ("told Russia Ukraine would …").
 */
function joinsAcrossMention(view: SentenceView, i: number): boolean {
  const here = actorSpanAt(view, i);
  if (here && isPersonalPronoun(view.norm[here.start]!)) return false;
  if (isPossessive(view, i - 1) || HYPHENS.has(view.norm[i - 1]!)) return true;
  // "its Western partners": a possessive pronoun owns a bloc's name that ends the phrase ("its peacekeeping
  // forces" are the owner's own, "its European Community partners" have a head of their own)
  if (view.pos[i - 1] === 'PRON' && POSSESSIVE_PRONOUNS.has(view.norm[i - 1]!))
    return here !== undefined && OWNED_NAMES.has(here.type) && !NOMINAL.has(view.pos[here.end] ?? '');
  const before = actorSpanAt(view, i - 1);
  if (!before) return view.pos[i - 1] !== 'PRON';
  // "Afghan rebel leaders": a common noun after a mention is its head; two names are two phrases
  return (
    here !== undefined && (before.actor.id === here.actor.id || here.type === 'agent' || here.type === 'role')
  );
}

export function isPossessive(view: SentenceView, i: number): boolean {
  const w = view.norm[i];
  return (
    (w === "'s" || w === "'" || w === 's') && (view.pos[i] === 'PART' || view.pos[i] === 'PUNCT') && i > 0
  );
}

function isModifierParticiple(view: SentenceView, i: number): boolean {
  const prev = view.pos[i - 1]!;
  const next = view.pos[i + 1]!;
  const before =
    prev === 'DET' ||
    prev === 'ADJ' ||
    prev === 'NUM' ||
    HYPHENS.has(view.norm[i - 1]!) ||
    // "extradited suspected militants": a participle right after a verb modifies its object; so does one
    // right after a preposition ("met with exiled dissidents")
    ((prev === 'VERB' || (prev === 'ADP' && view.norm[i - 1] !== 'as')) && view.norm[i]!.endsWith('ed'));
  return before && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN');
}

function headOf(view: SentenceView, start: number, end: number): number {
  for (let k = end - 1; k >= start; k--) {
    const p = view.pos[k]!;
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON' || p === 'NUM' || actorSpanAt(view, k)) return k;
  }
  return end - 1;
}

/** The phrase containing local token i, if any. */
export function phraseAt(phrases: readonly Phrase[], i: number): Phrase | undefined {
  for (const p of phrases) if (p.start <= i && i < p.end) return p;
  return undefined;
}
