import type { ActorRef } from '../../core/records.js';
import { officesOn } from '../../knowledge/actors/offices.js';
import type { Detected } from '../mentions/types.js';
import type { ResolverState } from './antecedents.js';
import { personRef } from './refs.js';

// "Mr President" in a transcript whose title names no meeting of two ("News conference following
// Russian-Hungarian talks", "Meeting with Government members"): the one addressed holds that office, and is
// someone else than the speaker of the turn — another speaker of the transcript, or a person it names.

/** The office a form of address names ("Mr Prime Minister" → head-of-government), if it names one. */
export function addressedOffice(state: ResolverState, d: Detected): string | undefined {
  const { k, tokens } = state;
  const cue = d.cue;
  if (cue.kind === 'role') return cue.key;
  // ("Mr President" as a name the tagger found: the words after the form of address)
  for (let t = d.tokenStart; t < d.tokenEnd && t <= d.tokenStart + 1; t++) {
    const norms: string[] = [];
    for (let j = t; j < d.tokenEnd; j++) norms.push(tokens[j]!.norm);
    for (const v of k.lexicon.get(norms) ?? [])
      if (v.entry.kind === 'role' && !v.entry.of) return v.entry.key;
  }
  return undefined;
}

/**
 * The person holding office `role` on the article's date whom the speaker `speaker` addresses: the one such
 * person among the transcript's other speakers, else among the people named before; none when there are
 * several or none.
 */
export function addressedHolder(state: ResolverState, role: string, speaker: ActorRef): ActorRef | undefined {
  const { k, date, history } = state;
  const holds = (id: string): boolean => {
    const p = k.people.get(id);
    return p !== undefined && id !== speaker.id && officesOn(k, p, date).some((t) => t.role === role);
  };
  const speakersHolding = new Set<string>();
  for (const m of state.speakers?.turnSpeakers ?? []) {
    const id = speakerId(state, m);
    if (id !== undefined && holds(id)) speakersHolding.add(id);
  }
  if (speakersHolding.size === 1) return personRef(k, [...speakersHolding][0]!, date);
  if (speakersHolding.size > 1) return undefined;
  const named = new Set<string>();
  for (const a of history) if (a.personId !== undefined && holds(a.personId)) named.add(a.personId);
  return named.size === 1 ? personRef(k, [...named][0]!, date) : undefined;
}

/** The person a turn's label names: resolved already, or a name the dictionary knows. */
function speakerId(state: ResolverState, m: number): string | undefined {
  const done = state.peek(m)?.actor;
  if (done) return state.k.people.has(done.id) ? done.id : undefined;
  const cue = state.detected[m]!.cue;
  return cue.kind === 'person' ? cue.id : undefined;
}
