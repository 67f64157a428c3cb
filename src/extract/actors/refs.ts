import type { ActorRef } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import { codePerson } from '../../knowledge/actors/offices.js';

// ActorRefs for each kind of actor, built one way everywhere.

export function countryRef(k: ActorKnowledge, iso3: string, sector = ''): ActorRef {
  const name = k.countries.get(iso3)?.name ?? iso3;
  return { id: `${iso3}${sector}`, code: `${iso3}${sector}`, name: sector ? `${name} (${sector})` : name };
}

/** Kinds of organisation whose own code already says what its members are: an armed group, a party or
 * movement, a state body (an army, a police force, an intelligence service). */
const MEMBERS_ARE_THE_BODY = new Set(['militant', 'group', 'state']);
/** Kinds whose officials are the organisation itself ("UN officials", "EU leaders"). */
const OFFICIALS_ARE_THE_BODY = new Set(['igo', 'alliance']);
/** A last code group that already names the sector of an agent word: peacekeepers' troops are peacekeepers. */
const GROUP_COVERS: Readonly<Record<string, string>> = { PKO: 'MIL' };

export function orgRef(k: ActorKnowledge, id: string, wordSector = ''): ActorRef {
  const org = k.organisations.get(id);
  // "Hezbollah guerrillas", "Taliban fighters", "IDF soldiers" are the body itself (`LBNREB`, not
  // `LBNREBREB`); "ECOMOG troops" are peacekeepers (`IGOPKO`); "UN officials" are the UN (`IGOUNO`);
  // "NATO troops" are a part of the alliance (`IGOWSTNATMIL`).
  const absorbed =
    org !== undefined &&
    (MEMBERS_ARE_THE_BODY.has(org.kind) ||
      org.code.endsWith(wordSector) ||
      GROUP_COVERS[org.code.slice(-3)] === wordSector ||
      (wordSector === 'GOV' && OFFICIALS_ARE_THE_BODY.has(org.kind)));
  const sector = absorbed ? '' : wordSector;
  const code = `${org?.code ?? id}${sector}`;
  return {
    id: sector ? `${id}:${sector}` : id,
    code,
    name: `${org?.name ?? id}${sector ? ` (${sector})` : ''}`,
  };
}

export function personRef(k: ActorKnowledge, id: string, date: string): ActorRef {
  const person = k.people.get(id);
  if (!person) return { id, code: '', name: id };
  return { id, code: codePerson(k, person, date).code, name: person.name };
}

/**
 * Whether an actor is one person: someone the knowledge base knows (people's ids are lower case, where
 * countries, organisations and agents are upper-case codes), one it does not (`person:…`), or the holder of
 * an office it has no name for (`UKR:mayor`).
 */
export function isPersonRef(ref: ActorRef): boolean {
  return /^(?:[a-z0-9]|[A-Z]{3}:[a-z])/.test(ref.id) && !ref.id.startsWith('org:');
}

/** An actor the knowledge base does not know, named by its words: `person:ivan-petrovsky`, `org:azov-regiment`. */
export function unknownRef(kind: 'person' | 'org', name: string, code: string): ActorRef {
  const slug = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { id: `${kind}:${slug}`, code, name };
}

/** An agent with no known country: CAMEO's unknown-country prefix, plus the side it takes if we know it. */
export function agentRef(sector: string, affiliation?: string): ActorRef {
  return {
    id: `---${sector}${affiliation ? `:${affiliation}` : ''}`,
    code: `---${sector}`,
    name: affiliation ? `${sector} (pro-${affiliation})` : sector,
    ...(affiliation && { affiliation }),
  };
}
