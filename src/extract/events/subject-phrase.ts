import { ADDRESS_WORDS } from '../actors/addressee.js';
import { nameBeforeGloss, phraseEndingAt } from './clause-tokens.js';
import type { Phrase } from './phrases.js';
import type { SentenceView } from './sentence.js';
import { ADVERBIAL_SUBORDINATORS, isIdentifiedCode, TIME_WORDS } from './words.js';

// How a clause finds its subject phrase among the noun phrases before its verb: past prepositional
// phrases, asides between commas and glosses in parentheses.

/** Words that open a comparison set off by commas after a subject. */
const COMPARISON_WORDS = new Set(['like', 'unlike']);

/** Subordinators that are never prepositions ("as", "after", "since" also head prepositional phrases). */
const CLAUSE_ONLY_SUBORDINATORS = new Set(['unless', 'until', 'if', 'once', 'while', 'because', 'although']);

/** Heads of a form of address to a group ("Colleagues, …"). */
const ADDRESSED_GROUPS = new Set(['colleagues', 'friends', 'comrades', 'gentlemen', 'ladies']);

function isAddress(view: SentenceView, phrase: Phrase): boolean {
  return (
    phrase.prep === undefined &&
    (ADDRESS_WORDS.has(view.norm[phrase.start]!) ||
      (phrase.start === phrase.head && ADDRESSED_GROUPS.has(view.norm[phrase.head]!)))
  );
}

/** The nearest noun phrase before `end` and after `start` that can be a subject. */
export function findSubject(view: SentenceView, phrases: readonly Phrase[], start: number, end: number) {
  for (let k = phrases.length - 1; k >= 0; k--) {
    const phrase = phrases[k]!;
    if (phrase.end > end || phrase.start < start) continue;
    // "Mr President, thank you": the one addressed is no subject; the verb after the comma has none
    if (isAddress(view, phrase) && view.norm[phrase.end] === ',' && phrase.end + 1 === end) return undefined;
    if (TIME_WORDS.has(view.norm[phrase.head]!) && phrase.start === phrase.head) continue;
    // "unless President X arranged …": a subordinator read as a preposition, its noun right before the verb
    // or before the prepositional phrases that complete it ("unless their demands for wage increases are
    // met")
    if (
      phrase.prep !== undefined &&
      ADVERBIAL_SUBORDINATORS.has(phrase.prep) &&
      (phrase.end === end || (view.pos[phrase.end] === 'ADP' && CLAUSE_ONLY_SUBORDINATORS.has(phrase.prep)))
    )
      return phrase;
    // "Several countries, including Russia, condemned …": examples that name an actor stand for a head
    // that names none
    if (phrase.prep === 'including' && countryCoded(view, phrase.head)) {
      let head = exampledPhrase(view, phrases, phrase);
      // "Dozens of countries, including Russia, …": the examples follow the of-phrase of a count
      if (head?.prep === 'of') head = phraseEndingAt(phrases, head.start - 1);
      if (head && head.start >= start && head.prep === undefined && !namesActor(view, head)) return phrase;
    }
    // the object of a preposition is never the subject ("Hundreds of UN troops": the of-phrase belongs to
    // the phrase before it), nor is a later member of a coordinated prepositional object
    if (phrase.prep !== undefined || phrases[phrase.group[0]!]!.prep !== undefined) continue;
    // "NATO (the Western alliance) condemned": the words in parentheses only gloss the subject
    if (view.norm[phrase.end] === ')' && view.norm[phrase.start - 1] === '(') continue;
    return (
      appositionHead(view, phrases, phrase, start, end) ?? glossedHead(view, phrases, phrase, start) ?? phrase
    );
  }
  return undefined;
}

/**
 * "The Hizbollah (Party of God) group declared …": a head that names no actor after a short gloss in
 * parentheses belongs to the name before the gloss, which stands for it.
 */
function glossedHead(
  view: SentenceView,
  phrases: readonly Phrase[],
  phrase: Phrase,
  start: number,
): Phrase | undefined {
  if (view.actorAt[phrase.head]! >= 0) return undefined;
  const name = nameBeforeGloss(view, phrases, phrase, 7, start);
  if (!name || name.start < start || name.prep !== undefined || view.actorAt[name.head]! < 0)
    return undefined;
  return name;
}

/**
 * "Pakistan, a key U.S. ally in the war on terror, has refused …": when the nearest phrase is an apposition
 * between commas that names no actor, the actor it describes is the subject.
 */
function appositionHead(
  view: SentenceView,
  phrases: readonly Phrase[],
  phrase: Phrase,
  start: number,
  end: number,
): Phrase | undefined {
  if (view.actorAt[phrase.head]! >= 0) return undefined;
  // "Greece, like most other members, plans …", "Bashir, following the peace deal, has taken …": an aside
  // between commas may open with a comparison, a preposition, a gerund and their adverbs
  const opener = (k: number) =>
    view.pos[k] === 'ADV' ||
    view.pos[k] === 'ADP' ||
    COMPARISON_WORDS.has(view.norm[k]!) ||
    (view.pos[k] === 'VERB' && view.norm[k]!.endsWith('ing'));
  let lead = phrase.start - 1;
  while (lead > start && opener(lead) && lead >= phrase.start - 3) lead--;
  const head = apposedName(view, phrases, lead);
  if (!head || head.start < start) return undefined;
  let k = end - 1;
  while (k > phrase.start && view.pos[k] === 'ADV') k--;
  if (view.norm[k] !== ',') return undefined;
  // an actor whose country only its description gives ("the State Duma, Russia's lower house") stays
  // behind the description
  if (view.actorAt[head.head]! < 0) return undefined;
  if (!countryCoded(view, head.head)) {
    for (let t = phrase.start; t < phrase.end; t++) if (countryCoded(view, t)) return undefined;
  }
  return head;
}

/**
 * The name an apposition describes: the plain noun phrase that ends at the comma at token `comma`
 * ("Pakistan, a key U.S. ally", "Kenzo Oshima, the UN relief coordinator").
 */
export function apposedName(
  view: SentenceView,
  phrases: readonly Phrase[],
  comma: number,
): Phrase | undefined {
  if (view.norm[comma] !== ',') return undefined;
  const name = phraseEndingAt(phrases, comma);
  return name?.prep === undefined ? name : undefined;
}

/** The apposition after a name: the plain noun phrase right after the comma that follows it. */
export function appositionAfter(
  view: SentenceView,
  phrases: readonly Phrase[],
  name: Phrase,
): Phrase | undefined {
  const after = phrases[name.index + 1];
  if (view.norm[name.end] !== ',' || !after || after.start !== name.end + 1 || after.prep !== undefined)
    return undefined;
  return after;
}

/**
 * The phrase an "including" phrase gives examples of: the one right before "including", or before the comma
 * in front of it ("several countries, including Russia").
 */
export function exampledPhrase(
  view: SentenceView,
  phrases: readonly Phrase[],
  examples: Phrase,
): Phrase | undefined {
  if (examples.prep !== 'including') return undefined;
  const at = view.norm[examples.start - 2] === ',' ? examples.start - 2 : examples.start - 1;
  return phraseEndingAt(phrases, at);
}

/** Whether the token is part of an actor coded with a country or an organisation ("gunships" is not). */
function countryCoded(view: SentenceView, t: number): boolean {
  return isIdentifiedCode(view.actors[view.actorAt[t]!]?.actor.code ?? '');
}

/** Whether any token of the phrase is part of an actor ("Russian aircraft"). */
function namesActor(view: SentenceView, phrase: Phrase): boolean {
  for (let t = phrase.start; t < phrase.end; t++) if (view.actorAt[t]! >= 0) return true;
  return false;
}
