// Phrases that report an event through a noun of a time within it, an outcome of it or an answer to it:
// "the 24th day of Russia's invasion", "as a result of the aggression", "in response to the attack".

import type { Parsed } from './arguments.js';
import type { Phrase } from './phrases.js';
import { INDEFINITE_DETERMINERS } from './words.js';

/**
 * Nouns of a time within an event, or of what came of it, whose "of" phrase reports the event: "the 24th
 * day of Russia's invasion of Ukraine", "since the beginning of the war", "as a result of the aggression".
 * (Not "year": "the Year of Russian-Chinese Cooperation" is a festival of the kind.)
 */
const PHASE_NOUNS = new Set([
  'day',
  'week',
  'month',
  'beginning',
  'start',
  'outbreak',
  'onset',
  'course',
  'result',
  'consequence',
  'aftermath',
  'victim',
  // "the intensification of shelling": an act that grows, goes on or starts again is going on (not an
  // escalation, mostly one feared: "to prevent an escalation of the aggression")
  'intensification',
  'continuation',
  'resumption',
  // "in view of", "in light of", "in the wake of": what is so named took place
  'view',
  'light',
  'wake',
]);

/** Nouns of one part of an event held in parts, which is that event: "the second round of talks". */
const INSTALMENT_NOUNS = new Set(['round', 'rounds', 'series', 'session', 'sessions']);

/** Nouns of a reply or a link whose own preposition names an event that took place: "in response to". */
const ANSWERING_NOUNS = new Map([
  ['response', 'to'],
  ['reply', 'to'],
  ['connection', 'with'],
]);

/**
 * Whether a definite phrase hangs on a noun of a time within, an outcome of, or an answer to the event it
 * names (`before`, the phrase ending right before it).
 */
export function inPhaseOf(parsed: Parsed, phrase: Phrase, before: Phrase): boolean {
  if (INDEFINITE_DETERMINERS.has(parsed.view.norm[phrase.start]!)) return false;
  const head = parsed.view.lemma[before.head]!;
  if (phrase.prep !== 'of') return ANSWERING_NOUNS.get(head) === phrase.prep;
  // (not a round that is itself what another noun is of: "the futility of the round of consultations")
  return PHASE_NOUNS.has(head) || (INSTALMENT_NOUNS.has(head) && before.prep !== 'of');
}
