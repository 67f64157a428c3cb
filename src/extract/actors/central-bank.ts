import type { Detected } from '../mentions/types.js';
import type { ResolverState } from './antecedents.js';

// "The Central Bank" with no country named: in a state speaker's words or a state's own release it is that state's central bank, and
// in an article that names one country only it is that country's. A central bank belongs to one state, so
// the text does not repeat whose it is where only one state could be meant.

/** How the country of a bare "central bank" was found. */
export interface CentralBankHome {
  readonly iso3: string;
  readonly rule: 'agent.central-bank.publisher' | 'agent.central-bank.one-country';
}

/** "central bank" alone, not "the central bank of …" (whose owner the words after it name). */
export function isBareCentralBank(state: ResolverState, d: Detected): boolean {
  const { tokens } = state;
  if (d.tokenEnd - d.tokenStart !== 2) return false;
  if (tokens[d.tokenStart]!.norm !== 'central' || tokens[d.tokenStart + 1]!.norm !== 'bank') return false;
  return !(tokens[d.tokenEnd]?.norm === 'of' && tokens[d.tokenEnd]!.sentence === d.sentence);
}

/**
 * The state whose central bank a bare "the Central Bank" mention is: the publisher's state, or the one
 * country the article names (before it: in the mentions resolved so far, whoever's code they carry; after
 * it: in countries, seats of government, places and agents named with their country). Undefined where
 * the article names several countries.
 */
export function centralBankHome(state: ResolverState, d: Detected): CentralBankHome | undefined {
  const { k } = state;
  const home = state.speakers?.publisherState;
  if (home) return { iso3: home, rule: 'agent.central-bank.publisher' };
  let country: string | undefined;
  const add = (iso3: string | undefined): boolean => {
    if (iso3 === undefined || !k.countries.has(iso3)) return true;
    if (country !== undefined && country !== iso3) return false;
    country = iso3;
    return true;
  };
  for (const a of state.history) if (!add(a.actor.code.slice(0, 3))) return undefined;
  for (const later of state.detected) {
    if (later.tokenStart < d.tokenEnd) continue;
    const cue = later.cue;
    const iso3 =
      cue.kind === 'country' || cue.kind === 'metonym' || cue.kind === 'place' || cue.kind === 'agent'
        ? cue.iso3
        : undefined;
    if (!add(iso3)) return undefined;
  }
  return country === undefined ? undefined : { iso3: country, rule: 'agent.central-bank.one-country' };
}
