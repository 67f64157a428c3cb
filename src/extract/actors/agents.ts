import type { ActorRef } from '../../core/records.js';
import type { Cue, Detected } from '../mentions/types.js';
import type { Resolution, ResolverState } from './antecedents.js';
import { centralBankHome, isBareCentralBank } from './central-bank.js';
import { ownGovernment, ownSector } from './first-person.js';
import { invaderAntecedent, speakersEnemy } from './invaders.js';
import { ownerOf } from './pronouns.js';
import { agentRef, countryRef, orgRef } from './refs.js';
import { asTitled, titledAntecedent } from './titled.js';
import { isOwnedByFirstPerson } from './word-shapes.js';

// Agent words that name a sector ("troops", "lawmakers", "a rights group"): the country or organisation
// before them, the owner a possessive names, or the one country the article named that sector of.

/** Heads that make an agent word a body rather than people: "a rights group", not "rights activists". */
const BODY_HEADS = new Set(['group', 'organisation', 'organization', 'watchdog']);

/**
 * Sectors whose bare words ("lawmakers", "congressmen") name the body of one state that the article named
 * before, when it named that sector of one country only. Not the government, the army or civilians: a
 * speaker's own government, troops and people go unnamed beside the other side's named ones.
 */
const ANAPHORIC_SECTORS: ReadonlySet<string> = new Set(['LEG']);

/**
 * An aid group or a human rights body of no country named is an NGO, CAMEO's code for non-governmental
 * organisations (with its `HRI` specialty for human rights: "a human rights group" → `NGOHRI`).
 */
function nonGovernmental(sector: string, headLemma: string): ActorRef | undefined {
  if (sector === 'NGO') return { id: 'NGO', code: 'NGO', name: 'non-governmental organisation' };
  if (sector === 'HRI' && BODY_HEADS.has(headLemma))
    return { id: 'NGOHRI', code: 'NGOHRI', name: 'human rights organisation' };
  return undefined;
}

export function resolveAgent(
  state: ResolverState,
  d: Detected,
  i: number,
  cue: Extract<Cue, { kind: 'agent' }>,
): Resolution {
  const { k, tokens } = state;
  // "our troops", "our people": the sector of the speaker's country; left unknown when no one is said to speak
  if (isOwnedByFirstPerson(k, tokens, cue)) {
    const own = ownSector(state, d, i, cue.sector);
    if (own) return own;
    return { actor: agentRef(cue.sector), rule: 'agent.unknown-country', confidence: 0.6 };
  }
  // "the Government will allocate …" in a state speaker's words: the speaker's own government
  // no country, organisation or affiliation is named with the sector word
  const unowned = !cue.iso3 && !cue.orgId && !cue.affiliation;
  if (unowned && cue.possessor === undefined && isTheGovernment(state, d)) {
    const own = ownGovernment(state, d, i);
    if (own) return own;
    // in a state's own release, as its central bank is ("the Central Bank and the Government")
    const home = state.speakers?.publisherState;
    if (home)
      return { actor: countryRef(k, home, 'GOV'), rule: 'agent.government.publisher', confidence: 0.7 };
  }
  // "Bosnian Serbs said their forces …": a sector owned by a pronoun is its antecedent's country's
  const owner = cue.possessor === undefined ? undefined : ownerOf(state, d, cue.possessor, cue.sector);
  if (owner) return { actor: owner, rule: 'agent.pronoun-owner', confidence: 0.7 };
  // "Russian occupiers shelled … The occupiers seized …": invaders named before with their country
  const invader = unowned ? invaderAntecedent(state, d.tokenEnd) : undefined;
  if (invader) return { actor: countryRef(k, invader, cue.sector), rule: 'coref.invader', confidence: 0.7 };
  // "the enemy shelled Kharkiv," said a Ukrainian official in 2022: the other side of the speaker's war
  const enemy = unowned && cue.possessor === undefined ? speakersEnemy(state, d) : undefined;
  if (enemy) return { actor: countryRef(k, enemy, cue.sector), rule: 'speaker.enemy', confidence: 0.7 };
  // "Governor of Tula Region Alexei Dyumin … The Governor reported": the person last titled so
  const titled =
    unowned &&
    cue.possessor === undefined &&
    d.tokenEnd - d.tokenStart === 1 &&
    tokens[d.tokenStart]!.lemma === tokens[d.tokenStart]!.norm
      ? titledAntecedent(state, d)
      : undefined;
  if (titled) return asTitled(titled, cue.sector);
  // "representatives of the US Congress … told congressmen": legislators of one country named before
  const earlier =
    cue.iso3 || cue.orgId || cue.affiliation || !ANAPHORIC_SECTORS.has(cue.sector)
      ? undefined
      : sectorAntecedent(state, cue.sector);
  if (earlier)
    return { actor: countryRef(k, earlier, cue.sector), rule: 'coref.agent-sector', confidence: 0.7 };
  // "The Central Bank raised its key rate" in a state speaker's words or release, or in an article of one
  // country
  if (unowned && cue.possessor === undefined && isBareCentralBank(state, d)) {
    const own = ownGovernment(state, d, i);
    if (own) return own;
    const bank = centralBankHome(state, d);
    if (bank) return { actor: countryRef(k, bank.iso3, cue.sector), rule: bank.rule, confidence: 0.7 };
  }
  return {
    actor: cue.iso3
      ? countryRef(k, cue.iso3, cue.sector)
      : cue.orgId
        ? orgRef(k, cue.orgId, cue.sector)
        : (nonGovernmental(cue.sector, tokens[d.tokenEnd - 1]!.lemma) ??
          agentRef(cue.sector, cue.affiliation)),
    rule:
      cue.iso3 || cue.orgId
        ? 'agent.country-sector'
        : cue.affiliation
          ? 'agent.affiliation'
          : 'agent.unknown-country',
    confidence: cue.iso3 || cue.orgId ? 0.95 : 0.6,
  };
}

/** Words after a sector that name whose it is: "the government of Kazakhstan", "the authorities in Kyiv". */
const OWNER_PREPOSITIONS = new Set(['of', 'in']);

/** Words for a whole government: not "the regime" or "the authorities", which a speaker says of others'. */
const GOVERNMENT_WORDS = new Set(['government', 'cabinet']);

/** "the government", "the Government", "the Cabinet": a government, with no one's name on it. */
function isTheGovernment(state: ResolverState, d: Detected): boolean {
  const { tokens } = state;
  const before = tokens[d.tokenStart - 1];
  const after = tokens[d.tokenEnd];
  return (
    d.tokenEnd - d.tokenStart === 1 &&
    GOVERNMENT_WORDS.has(tokens[d.tokenStart]!.norm) &&
    before?.norm === 'the' &&
    before.sentence === d.sentence &&
    !(after?.sentence === d.sentence && OWNER_PREPOSITIONS.has(after.norm))
  );
}

/**
 * The country of the earlier mentions of a sector, when the article has named that sector of one country
 * only ("the US Congress" … "congressmen"; not after "Russian troops" and "Ukrainian troops").
 */
function sectorAntecedent(state: ResolverState, sector: string): string | undefined {
  const { k } = state;
  let country: string | undefined;
  for (const a of state.history) {
    const code = a.actor.code;
    if (a.personId !== undefined || code.length !== 6 || code.slice(3) !== sector) continue;
    if (a.det.type !== 'agent' && a.det.type !== 'org') continue;
    const prefix = code.slice(0, 3);
    if (!k.countries.has(prefix)) continue;
    if (country !== undefined && country !== prefix) return undefined;
    country = prefix;
  }
  return country;
}
