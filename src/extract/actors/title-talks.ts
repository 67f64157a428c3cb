import type { ActorRef } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import { holderOn, officesOn } from '../../knowledge/actors/offices.js';
import { detectMentions } from '../mentions/detect.js';
import type { Detected } from '../mentions/types.js';
import { personRef } from './refs.js';
import { type Heading, publisherHolder } from './title-speaker.js';
import type { Turn } from './turns.js';

// "Russian-Greek talks", "Russia–Turkmenistan talks" as the title of a state's own release: the transcript of
// talks between its leader and the other state's. Each side's "you" and "Mr President" is the other side, as
// in a title naming a meeting "with" someone; the other side is who speaks for that state in the transcript,
// else its head of state on the date.

/** A title that is nothing but talks of two parties joined by a dash: "Russian-Indian talks". */
const TWO_PARTY_TALKS = /^[\p{L}. ]{3,40}?\s?[-‒–—]\s?[\p{L}. ]{3,40}\s(?:talks|negotiations)$/u;

/** Whether a title names talks of two parties and nothing else (not "News conference following … talks"). */
export function isTwoPartyTalks(title: string): boolean {
  return TWO_PARTY_TALKS.test(title.trim());
}

/**
 * The two parties of talks a title names ("Russia‒Turkmenistan talks" on the Russian President's site): the
 * publisher's office holder, and for the other state the one person among the transcript's speakers who holds
 * an office of it on the date, else its head of state. None unless the title names exactly two states, one of
 * them the publisher's.
 */
export function talksParties(
  k: ActorKnowledge,
  title: Heading,
  publisher: Heading,
  date: string,
  turns: readonly Turn[],
  detected: readonly Detected[],
): readonly [ActorRef, ActorRef] | undefined {
  const states = titleStates(k, title, date);
  if (!states) return undefined;
  const own = publisherHolder(k, publisher, date);
  const home = own?.code.slice(0, 3);
  if (!own || (home !== states[0] && home !== states[1])) return undefined;
  const other = home === states[0] ? states[1] : states[0];
  const guest = turnSpeakerOf(k, other, date, turns, detected) ?? holderOn(k, 'head-of-state', other, date);
  return guest === undefined || guest === own.id ? undefined : [own, personRef(k, guest, date)];
}

/**
 * The two distinct states a heading names, when it is nothing but them, a dash and the word for talks: not
 * "News conference following Russian-Hungarian talks", where "you" is also the journalists.
 */
function titleStates(k: ActorKnowledge, title: Heading, date: string): readonly [string, string] | undefined {
  const { tokens } = title;
  const found = detectMentions(k, tokens, title.sentences, date);
  if (found.length !== 2) return undefined;
  const [a, b] = found.map((d) => (d.cue.kind === 'country' ? d.cue.iso3 : ''));
  if (!a || !b || a === b) return undefined;
  // the words outside the two names: the dash between them and the last word
  const [first, second] = found as [Detected, Detected];
  if (first.tokenStart !== 0 || second.tokenEnd !== tokens.length - 1) return undefined;
  for (let t = first.tokenEnd; t < second.tokenStart; t++) if (!DASH.test(tokens[t]!.text)) return undefined;
  return [a, b];
}

const DASH = /^[-‒–—]$/;

/** The one person known to the knowledge base who speaks a turn and holds an office of `state` on the date. */
function turnSpeakerOf(
  k: ActorKnowledge,
  state: string,
  date: string,
  turns: readonly Turn[],
  detected: readonly Detected[],
): string | undefined {
  let found: string | undefined;
  for (const turn of turns) {
    if (!('mention' in turn.speaker)) continue;
    const cue = detected[turn.speaker.mention]!.cue;
    const person = cue.kind === 'person' ? k.people.get(cue.id) : undefined;
    if (!person || !officesOn(k, person, date).some((t) => t.of === state)) continue;
    if (found !== undefined && found !== person.id) return undefined;
    found = person.id;
  }
  return found;
}
