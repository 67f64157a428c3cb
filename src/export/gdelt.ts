import { createHash } from 'node:crypto';
import type { ActorRef } from '../core/records.js';
import type { ArticleSummary, StoredEvent } from '../store/port.js';

/**
 * GDELT 2.0's event table, column by column in GDELT's order (the GDELT 2.0 Event Codebook): 61 fields,
 * tab-separated, no header. We fill what our records hold and leave the rest empty.
 */
export const GDELT2_COLUMNS = [
  'GLOBALEVENTID',
  'Day',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actorColumns('Actor1'),
  ...actorColumns('Actor2'),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  'DATEADDED',
  'SOURCEURL',
] as const;
export type GdeltColumn = (typeof GDELT2_COLUMNS)[number];

function actorColumns<P extends string>(prefix: P) {
  return [
    `${prefix}Code`,
    `${prefix}Name`,
    `${prefix}CountryCode`,
    `${prefix}KnownGroupCode`,
    `${prefix}EthnicCode`,
    `${prefix}Religion1Code`,
    `${prefix}Religion2Code`,
    `${prefix}Type1Code`,
    `${prefix}Type2Code`,
    `${prefix}Type3Code`,
  ] as const;
}

function geoColumns<P extends string>(prefix: P) {
  return [
    `${prefix}_Type`,
    `${prefix}_FullName`,
    `${prefix}_CountryCode`,
    `${prefix}_ADM1Code`,
    `${prefix}_ADM2Code`,
    `${prefix}_Lat`,
    `${prefix}_Long`,
    `${prefix}_FeatureID`,
  ] as const;
}

/**
 * CAMEO's actor type codes (roles and sectors such as GOV, MIL, REB; organisation kinds such as IGO, NGO).
 * A CAMEO actor code is a run of three-letter parts: a country first when it has one, then these.
 */
const ACTOR_TYPES = new Set(
  (
    'COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD RAD ' +
    'AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET'
  ).split(' '),
);

interface ActorParts {
  readonly country: string;
  readonly types: readonly string[];
}

/** USAGOV → USA + [GOV]; IGO → [IGO]; a code that is not whole three-letter parts (NATO) → nothing. */
export function splitActorCode(code: string): ActorParts {
  if (!/^([A-Z]{3})+$/.test(code)) return { country: '', types: [] };
  const parts = code.match(/[A-Z]{3}/g) ?? [];
  const [first, ...rest] = parts;
  if (first === undefined) return { country: '', types: [] };
  if (ACTOR_TYPES.has(first)) return { country: '', types: parts.filter((p) => ACTOR_TYPES.has(p)) };
  return { country: first, types: rest.filter((p) => ACTOR_TYPES.has(p)) };
}

function actorFields(actor: ActorRef | undefined): string[] {
  if (!actor) return Array<string>(10).fill('');
  const { country, types } = splitActorCode(actor.code);
  return [actor.code, actor.name, country, '', '', '', '', types[0] ?? '', types[1] ?? '', types[2] ?? ''];
}

/** GDELT's numeric event id: here the first 52 bits of the sha256 of our event id, stable across exports. */
export function globalEventId(eventId: string): string {
  return String(Number.parseInt(createHash('sha256').update(eventId).digest('hex').slice(0, 13), 16));
}

/** GDELT's FractionDate: the year plus ((month − 1) × 30 + day) / 365, to four decimals. */
export function fractionDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (y + ((m - 1) * 30 + d) / 365).toFixed(4);
}

/** Goldstein values as GDELT writes them: always with a decimal point (-7.0, 2.8). */
function goldstein(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

/** Tabs and line breaks would break the row; names and URLs carry none in practice, but be sure. */
const clean = (value: string): string => value.replace(/[\t\r\n]+/g, ' ');

/**
 * One event as a GDELT 2.0 row. What we cannot say is left empty: ethnic and religious codes, the actors'
 * own places, tone, FIPS country codes and GeoNames-free feature ids. Filled with our own meaning:
 * IsRootEvent is 1 for an event in the article's first sentence; NumMentions, NumSources and NumArticles are 1
 * (one event mention in one article); DATEADDED is the article's date at 00:00:00; SOURCEURL is the
 * article's URL, or `sitrep:article/ID` when it has none.
 */
export function gdeltRow(event: StoredEvent, article: ArticleSummary | undefined): string[] {
  const day = event.date.replaceAll('-', '');
  const place = event.place;
  const action = place
    ? ['', place.name, '', '', '', String(place.lat), String(place.lon), '']
    : Array<string>(8).fill('');
  const published = (article?.published ?? event.date).replaceAll('-', '');
  const row = [
    globalEventId(event.id),
    day,
    day.slice(0, 6),
    day.slice(0, 4),
    fractionDate(event.date),
    ...actorFields(event.source),
    ...actorFields(event.target),
    event.sentence === 0 ? '1' : '0',
    event.code,
    event.code.slice(0, 3),
    event.root,
    String(event.quadClass),
    goldstein(event.goldstein),
    '1',
    '1',
    '1',
    '',
    ...Array<string>(8).fill(''),
    ...Array<string>(8).fill(''),
    ...action,
    `${published}000000`,
    article?.url ?? `sitrep:article/${event.articleId}`,
  ];
  return row.map(clean);
}
