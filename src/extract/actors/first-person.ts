import type { ActorRef } from '../../core/records.js';
import type { Cue, Detected } from '../mentions/types.js';
import type { Resolution, ResolverState } from './antecedents.js';
import { countryRef } from './refs.js';
import type { SpeakerVia } from './speakers.js';

// The speaker's own words: "I" is the speaker; "we", "us", "our" the side a state's speaker speaks for;
// "our country", "our troops", "our people" that side's country and its sectors.

/** Sectors whose members speak for their state when they say "we": government, army, parliament, courts. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['', 'GOV', 'MIL', 'LEG', 'JUD']);

export interface SpokenBy {
  readonly actor: ActorRef;
  readonly via: SpeakerVia;
}

/**
 * The speaker of the words at mention `d` (index `i`), when the text names them and they are resolved:
 * `later` when the words that name them come after `d` and are not resolved yet ('"We will …," Putin said').
 */
export function spokenBy(state: ResolverState, d: Detected, i: number): SpokenBy | 'later' | undefined {
  const speaker = state.speakers?.at(d.tokenStart);
  if (speaker === undefined || 'unnamed' in speaker) return undefined;
  if ('actor' in speaker) return { actor: speaker.actor, via: speaker.via };
  if (speaker.mention === i) return undefined;
  const named = state.peek(speaker.mention);
  if (named === undefined) return speaker.mention > i ? 'later' : undefined;
  return named.actor && { actor: named.actor, via: speaker.via };
}

/** The country of whoever speaks the words at `d`, when it is known by now. */
export function speakerSide(state: ResolverState, d: Detected): string | undefined {
  const speaker = state.speakers?.at(d.tokenStart);
  if (speaker === undefined || 'unnamed' in speaker) return undefined;
  const actor = 'actor' in speaker ? speaker.actor : state.peek(speaker.mention)?.actor;
  return actor && sideOf(state, actor);
}

/** The speaker's country, when their code names one ("RUSGOV" → RUS). */
export function sideOf(state: ResolverState, speaker: ActorRef): string | undefined {
  const prefix = speaker.code.slice(0, 3);
  return state.k.countries.has(prefix) ? prefix : undefined;
}

export function resolveFirstPerson(
  state: ResolverState,
  d: Detected,
  i: number,
  cue: Extract<Cue, { kind: 'first-person' }>,
): Resolution {
  const by = spokenBy(state, d, i);
  if (by === undefined && cue.country) {
    // "thanked them for their support for our state" in a state's own release: the publisher's state
    const narrator = narratorSide(state, d);
    if (narrator) return { actor: countryRef(state.k, narrator), rule: 'publisher.country', confidence: 0.7 };
  }
  if (by === undefined || by === 'later') return { confidence: 0.2 };
  const rule = `speaker.${by.via}`;
  const side = sideOf(state, by.actor);
  // "our state", "my country": the speaker's country
  if (cue.country)
    return side === undefined
      ? { confidence: 0.2 }
      : { actor: countryRef(state.k, side), rule: `${rule}.country`, confidence: 0.8 };
  // "I", "me": the speaker themself
  if (state.k.firstPerson.get(cue.word) === 'singular')
    return by.actor.code === '' ? { confidence: 0.2 } : { actor: by.actor, rule, confidence: 0.8 };
  if (side === undefined) return { confidence: 0.2 };
  // "we" of a head of state or a minister is their state; of anyone else, people of no one group
  const sector = by.actor.code.slice(3, 6);
  if (!STATE_SECTORS.has(sector)) return { confidence: 0.2 };
  return { actor: countryRef(state.k, side, sector), rule: `${rule}.side`, confidence: 0.75 };
}

/** "our troops", "our people", "our diplomats": the sector of the speaker's country. */
export function ownSector(
  state: ResolverState,
  d: Detected,
  i: number,
  sector: string,
): Resolution | undefined {
  const by = spokenBy(state, d, i);
  const narrator = by === undefined ? narratorSide(state, d) : undefined;
  if (narrator)
    return { actor: countryRef(state.k, narrator, sector), rule: 'publisher.sector', confidence: 0.7 };
  if (by === undefined || by === 'later') return undefined;
  const side = sideOf(state, by.actor);
  if (side === undefined) return undefined;
  return { actor: countryRef(state.k, side, sector), rule: `speaker.${by.via}.sector`, confidence: 0.75 };
}

/**
 * The state whose own release tells words no one is quoted saying: its office narrates them, and "our
 * state", "our defenders" there are its own.
 */
function narratorSide(state: ResolverState, d: Detected): string | undefined {
  const speakers = state.speakers;
  if (speakers?.publisherState === undefined || speakers.at(d.tokenStart) !== undefined) return undefined;
  return speakers.publisherState;
}

/**
 * "the Government" in the words of a state's speaker (a leader, a minister): their own government, which
 * they need not name, as they name other states'.
 */
export function ownGovernment(state: ResolverState, d: Detected, i: number): Resolution | undefined {
  const by = spokenBy(state, d, i);
  if (by === undefined || by === 'later') return undefined;
  const side = sideOf(state, by.actor);
  if (side === undefined || by.actor.code.slice(3, 6) !== 'GOV') return undefined;
  return {
    actor: countryRef(state.k, side, 'GOV'),
    rule: `speaker.${by.via}.own-government`,
    confidence: 0.7,
  };
}
