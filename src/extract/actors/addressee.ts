import type { ActorRef } from '../../core/records.js';
import type { Detected } from '../mentions/types.js';
import { addressedHolder, addressedOffice } from './addressed-office.js';
import type { Resolution, ResolverState } from './antecedents.js';
import { spokenBy } from './first-person.js';

// Whom a speaker addresses: in the transcript of a meeting or call between two parties that the title names
// ("Meeting with President of France Emmanuel Macron"), each party's "you" and "Mr President" are the other;
// in an address to another country's audience the title names, the speaker's "you" is that audience.

/** Words that open a form of address: "Mr President", "Madam Chancellor", "Dear friends". */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'madam', 'mister', 'dear']);

/** Titles a party is addressed by without a name: "Mr President", "Madam Chancellor". */
const ADDRESS_TITLES = new Set([
  'president',
  'chancellor',
  'minister',
  'secretary',
  'speaker',
  'chairman',
  'premier',
]);

/** The party the speaker of the words at mention `d` (index `i`) addresses, if the text makes it sure. */
export function addresseeOf(state: ResolverState, d: Detected, i: number): ActorRef | undefined {
  const by = spokenBy(state, d, i);
  if (by === undefined || by === 'later' || by.via !== 'turn') return undefined;
  const parties = state.speakers?.meetingParties;
  if (!parties) return undefined;
  const [a, b] = parties;
  if (same(by.actor, a) && !same(by.actor, b)) return b;
  if (same(by.actor, b) && !same(by.actor, a)) return a;
  return undefined;
}

/**
 * "Mr President" in a turn: the other party of the meeting the title names, else the one other holder of
 * that office the transcript names ("News conference following Russian-Hungarian talks").
 */
export function addressedTitle(state: ResolverState, d: Detected, i: number): Resolution | undefined {
  const party = addresseeOf(state, d, i);
  if (party) return { actor: party, rule: 'addressee.title', confidence: 0.7 };
  if (state.speakers?.meetingParties) return undefined;
  const by = spokenBy(state, d, i);
  if (by === undefined || by === 'later' || by.via !== 'turn') return undefined;
  const role = addressedOffice(state, d);
  const holder = role === undefined ? undefined : addressedHolder(state, role, by.actor);
  return holder && { actor: holder, rule: 'addressee.office', confidence: 0.65 };
}

/** "Mr President" that the tagger read as a person's or a body's name: the party addressed, as a name. */
export function addressedName(
  state: ResolverState,
  d: Detected,
  i: number,
  name: string,
): Resolution | undefined {
  const addressee = isAddressName(name) ? addressedTitle(state, d, i) : undefined;
  return addressee?.rule === 'addressee.title' ? { ...addressee, rule: 'addressee.name' } : addressee;
}

function same(x: ActorRef, y: ActorRef): boolean {
  return x.id === y.id || (x.code !== '' && x.code === y.code);
}

/**
 * "you" in a party's turn: the other party; in the words of an address whose title names its audience ("to
 * the Bundestag"), that audience.
 */
export function resolveYou(state: ResolverState, d: Detected, i: number): Resolution {
  const named = vocativeAfter(state, d, i);
  if (named) return { actor: named, rule: 'addressee.vocative', confidence: 0.75 };
  const actor = addresseeOf(state, d, i);
  if (actor) return { actor, rule: 'addressee.turn', confidence: 0.7 };
  const audience = state.speakers?.audience;
  const by = audience && spokenBy(state, d, i);
  if (audience && by !== undefined && by !== 'later' && by.via === 'title')
    return { actor: audience, rule: 'addressee.audience', confidence: 0.6 };
  return { confidence: 0.2 };
}

/** Words between "you" and the comma before a name it is said to: "thank you very much, Mr Tokayev". */
const BEFORE_VOCATIVE = new Set(['very', 'much', 'so', 'again', 'once', 'all']);

/**
 * "Thank you, Mr Tokayev", "I tell you, Emmanuel": a person or an office named right after "you" and a comma
 * (past a form of address) is the one addressed.
 */
function vocativeAfter(state: ResolverState, d: Detected, i: number): ActorRef | undefined {
  const { tokens, detected } = state;
  let k = d.tokenEnd;
  while (k < tokens.length && k < d.tokenEnd + 3 && BEFORE_VOCATIVE.has(tokens[k]!.norm)) k++;
  if (tokens[k]?.norm !== ',') return undefined;
  k++;
  if (ADDRESS_WORDS.has(tokens[k]?.norm.replace(/\.$/, '') ?? '')) k++;
  const next = detected[i + 1];
  if (next === undefined || next.tokenStart !== k || (next.type !== 'person' && next.type !== 'role'))
    return undefined;
  // ("you, Mr President": a title alone in a turn is the other party, which the turn reading gives)
  if (next.cue.kind === 'role' && next.cue.named === undefined) return undefined;
  return state.resolveOne(i + 1).actor;
}

/** Whether a title mention is a form of address ("Mr President"). */
export function isAddressed(state: ResolverState, d: Detected): boolean {
  const before = state.tokens[d.tokenStart - 1];
  return before !== undefined && ADDRESS_WORDS.has(before.norm);
}

/** Whether a name the tagger found is a form of address with no name in it: "Mr President", "Madam Speaker". */
function isAddressName(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  return (
    words.length === 2 && ADDRESS_WORDS.has(words[0]!.replace(/\.$/, '')) && ADDRESS_TITLES.has(words[1]!)
  );
}
