import type { OrganisationRecord } from '../actors/schema.js';

/**
 * What a Phoenix/CAMEO actor code names, read from its three-letter groups: an organisation (IGO, NGO, IMG,
 * MNC prefixes), a country or region on its own (`AFG`, `WST`, `USAASM` for a dependent territory), a
 * sector with no country (`ELI`), or a country's sector (`USAGOV`, `CHNGOVLEG`, `SYRREBMUS`).
 */
export type CodeMeaning =
  | { readonly kind: 'organisation'; readonly orgKind: OrganisationRecord['kind'] }
  | { readonly kind: 'place' }
  | { readonly kind: 'sector-only' }
  | { readonly kind: 'country-sector'; readonly of: string; readonly sector: string }
  | { readonly kind: 'invalid'; readonly reason: string };

const ORGANISATION_PREFIXES: Readonly<Record<string, OrganisationRecord['kind']>> = {
  IGO: 'igo',
  NGO: 'ngo',
  NGM: 'ngo',
  IMG: 'militant',
  MNC: 'company',
};

/** CAMEO's role codes (CAMEO manual, actor codebook). On its own, such a code is a sector with no country. */
const ROLE_CODES: ReadonlySet<string> = new Set([
  'AGR',
  'BUS',
  'COP',
  'CRM',
  'CVL',
  'DEV',
  'EDU',
  'ELI',
  'ENV',
  'GOV',
  'HLH',
  'HRI',
  'INS',
  'JUD',
  'LAB',
  'LEG',
  'MED',
  'MIL',
  'MOD',
  'NGO',
  'OPP',
  'PTY',
  'RAD',
  'REB',
  'REF',
  'SEP',
  'SPY',
  'UAF',
  'PPL',
  'REL',
]);

/**
 * The role and religion codes: the groups that follow a country. A religion code on its own is not read as a
 * sector, because Phoenix also uses some as country codes (`MUS` Mauritius, `SUN` the Soviet Union).
 */
export const CAMEO_SECTORS: ReadonlySet<string> = new Set([
  ...ROLE_CODES,
  'ADR',
  'ALE',
  'ATH',
  'BAH',
  'BUD',
  'CHR',
  'CON',
  'CPT',
  'CTH',
  'DOX',
  'HIN',
  'HSD',
  'ITH',
  'JAN',
  'JEW',
  'JHW',
  'LDS',
  'MOS',
  'MUS',
  'NEW',
  'ORT',
  'PRO',
  'SFI',
  'SHI',
  'SHN',
  'SIK',
  'SUN',
  'TAO',
  'UDI',
  'ZRO',
]);

const ARMED_SECTORS = ['REB', 'INS', 'SEP', 'UAF'];

/** `places`: codes known to name a country or territory (the built-in countries' iso3). */
export function codeMeaning(code: string, places: ReadonlySet<string>): CodeMeaning {
  if (!/^(?:[A-Z]{3})+$/.test(code))
    return { kind: 'invalid', reason: `code '${code}' is not three-letter groups` };
  const head = code.slice(0, 3);
  const orgKind = ORGANISATION_PREFIXES[head];
  if (orgKind) return { kind: 'organisation', orgKind };
  if (code.length === 3) return ROLE_CODES.has(code) ? { kind: 'sector-only' } : { kind: 'place' };
  const second = code.slice(3, 6);
  // USAASM, GBRVGB: a territory under its country's code, a place like the country itself.
  if (code.length === 6 && places.has(second) && !CAMEO_SECTORS.has(second)) return { kind: 'place' };
  return { kind: 'country-sector', of: head, sector: code.slice(3) };
}

/** The kind of organisation a country-sector code names when it is an organisation's code. */
export function sectorOrganisationKind(sector: string): OrganisationRecord['kind'] {
  for (let i = 0; i < sector.length; i += 3)
    if (ARMED_SECTORS.includes(sector.slice(i, i + 3))) return 'militant';
  return 'group';
}
