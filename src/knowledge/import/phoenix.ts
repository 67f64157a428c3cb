import type { ActorRecords } from '../actors/load.js';
import type { PersonRecord, RoleRecord, TenureRecord } from '../actors/schema.js';
import { agentsFrom } from './phoenix-agents.js';
import { type CodeMeaning, codeMeaning, sectorOrganisationKind } from './phoenix-codes.js';
import { nameKey, personId, personName } from './phoenix-names.js';
import { LayerOrganisations } from './phoenix-organisations.js';
import {
  dayBefore,
  givenNamesOf,
  looksLikePerson,
  OPEN_START,
  tenureKey,
  uncoveredSpans,
} from './phoenix-people.js';
import {
  ALREADY_READ,
  type FileTally,
  newTally,
  type PhoenixFileReport,
  skip,
  UnmappedLog,
} from './phoenix-report.js';
import { type PhoenixEntry, type PhoenixProblem, parsePhoenixActors } from './phoenix-syntax.js';

export type { PhoenixFileReport } from './phoenix-report.js';

/**
 * PETRARCH/Phoenix actor and agent dictionaries → a sitrep knowledge layer (records in the shapes of
 * `data/actors/`). Pure: text in, records and a report out.
 *
 * - People (entries with dated codes, and undated entries whose name reads as a person's) get one tenure
 *   per dated code, in a layer role per sector (`phoenix-gov` for `…GOV`, `phoenix-govleg` for `…GOVLEG`),
 *   so that the office reproduces the dictionary's code; an undated code becomes tenures over the days no
 *   dated code covers (open-ended: from `0001-01-01`, to `null`). A code of an organisation (`IGOUNO`) is a
 *   tenure in that organisation (the built-in one with that code when there is one). A person the built-in
 *   knowledge already has (same full name) keeps the built-in id, name and offices; the layer adds only
 *   the offices the dictionary knows from before the first built-in one.
 * - Other entries become organisations (kind from the code: IGO → igo, NGO → ngo, IMG and armed sectors →
 *   militant, MNC → company, else group).
 * - Entries of countries and regions are skipped: the built-in countries win. So are phrases the built-in
 *   knowledge already reads its own way ("German Chancellor"), so that its reading wins.
 * - Agents become agent words under their code's sectors (`phoenix-agents.ts`).
 * Lines that cannot be read are `unparsed`; codes that sitrep's records cannot hold are `unmapped`; both
 * are reported with their line, never dropped silently.
 */

export interface PhoenixSource {
  /** The file name, for the report. */
  readonly file: string;
  readonly text: string;
}

export interface PhoenixImport {
  readonly records: ActorRecords;
  readonly files: readonly PhoenixFileReport[];
}

export interface PhoenixImportOptions {
  /**
   * Does the built-in knowledge already read this phrase (see `builtInReads`)? Such phrases are left out of
   * the layer, so that the built-in reading wins. Default: none is.
   */
  readonly readsAlready?: (phrase: string) => boolean;
}

/** A file is an agent dictionary when its codes carry a `~` (`[~MIL]`, `[IGO~]`). */
export function isAgentDictionary(text: string): boolean {
  return /\[(?:~[A-Z]+|[A-Z]+~)\]/.test(text);
}

const ORGANISATION_ROLE = 'phoenix-organisation';

function roleKey(sector: string): string {
  return `phoenix-${sector.toLowerCase()}`;
}

/** Layer roles in order of seniority: government offices first, organisations, other sectors, elites last. */
function roleRank(r: RoleRecord): number {
  if (r.key === ORGANISATION_ROLE) return 1;
  if (r.sector.startsWith('GOV')) return 0;
  return r.sector === 'ELI' ? 3 : 2;
}

interface PersonDraft {
  id: string;
  name: string;
  aliases: string[];
  keys: Set<string>;
  tenures: TenureRecord[];
  tenureKeys: Set<string>;
  /** Whether the built-in knowledge has this person, and the file that first named them. */
  builtIn: boolean;
  tally: FileTally;
}

export function importPhoenix(
  sources: readonly PhoenixSource[],
  base: ActorRecords,
  options: PhoenixImportOptions = {},
): PhoenixImport {
  const readsAlready = options.readsAlready ?? (() => false);
  const places = new Set(base.countries.map((c) => c.iso3));
  const builtInByName = new Map<string, PersonRecord>();
  for (const p of base.people)
    for (const n of [p.name, ...p.aliases]) if (/\s/.test(n.trim())) builtInByName.set(nameKey(n), p);
  const builtInAgentWords = new Set(base.agents.flatMap((a) => a.words.map((w) => w.toLowerCase())));

  const tallies: FileTally[] = [];
  const actorFiles: { tally: FileTally; entries: PhoenixEntry[] }[] = [];
  const agentFiles: { tally: FileTally; text: string }[] = [];
  for (const source of sources) {
    const kind = isAgentDictionary(source.text) ? 'agents' : 'actors';
    const tally = newTally(source.file, kind);
    tallies.push(tally);
    if (kind === 'agents') agentFiles.push({ tally, text: source.text });
    else {
      const parsed = parsePhoenixActors(source.text);
      tally.unparsed.push(...parsed.problems);
      tally.entries = parsed.entries.length;
      actorFiles.push({ tally, entries: parsed.entries });
    }
  }
  const log = new UnmappedLog();
  const unmapped = (tally: FileTally, problem: PhoenixProblem): void => log.add(tally, problem);

  const givenNames = givenNamesOf(
    actorFiles.flatMap((f) =>
      f.entries.filter((e) => e.names[0]).map((e) => ({ words: e.names[0]!.words, comments: e.comments })),
    ),
  );

  // Classify every entry first, so that people's tenures in organisations find the organisations.
  type Classified = {
    tally: FileTally;
    entry: PhoenixEntry;
    meanings: Map<string, CodeMeaning>;
    byNameShape: boolean;
  };
  const people: Classified[] = [];
  const organisationEntries: Classified[] = [];
  for (const { tally, entries } of actorFiles) {
    for (const entry of entries) {
      if (entry.names.length === 0) {
        skip(tally, 'no readable phrase');
        continue;
      }
      const real = entry.codes.filter((c) => c.code !== '---');
      if (real.length === 0) {
        if (entry.codes.length > 0) skip(tally, 'marked as no actor ([---])');
        else {
          skip(tally, 'no code');
          unmapped(tally, {
            line: entry.line,
            reason: 'phrase has no code',
            text: entry.names[0]!.words.join('_'),
          });
        }
        continue;
      }
      const meanings = new Map<string, CodeMeaning>();
      for (const c of real) {
        const meaning = codeMeaning(c.code, places);
        if (meaning.kind === 'invalid')
          unmapped(tally, { line: c.line, reason: meaning.reason, text: c.code });
        meanings.set(c.code, meaning);
      }
      if ([...meanings.values()].some((m) => m.kind === 'place')) {
        skip(tally, 'country or region (the built-in countries win)');
        continue;
      }
      const dated = real.some((c) => c.dated);
      const rootWords = entry.names[0]!.words;
      const company = [...meanings.values()].some(
        (m) => m.kind === 'organisation' && m.orgKind === 'company',
      );
      if (dated) people.push({ tally, entry, meanings, byNameShape: false });
      else if (!company && looksLikePerson(rootWords, givenNames))
        people.push({ tally, entry, meanings, byNameShape: true });
      else organisationEntries.push({ tally, entry, meanings, byNameShape: false });
    }
  }

  // Organisations.
  const organisations = new LayerOrganisations(base.organisations);
  for (const { tally, entry, meanings } of organisationEntries) {
    // A sector alone is an organisation's whole code when no country is known (`REUTERS [MED]`).
    const usable = [...meanings].filter(([, m]) => m.kind !== 'invalid' && m.kind !== 'place');
    const first = usable[0];
    if (!first) {
      skip(tally, 'no usable code');
      continue;
    }
    for (const [code] of usable.slice(1))
      unmapped(tally, {
        line: entry.line,
        reason: `organisation with several codes: kept ${first[0]}`,
        text: code,
      });
    const [code, meaning] = first;
    const kind =
      meaning.kind === 'organisation'
        ? meaning.orgKind
        : sectorOrganisationKind(meaning.kind === 'country-sector' ? meaning.sector : code);
    const names = organisations.names(
      entry.names.map((n) => n.words),
      (name) => {
        if (!readsAlready(name)) return true;
        skip(tally, ALREADY_READ);
        return false;
      },
    );
    if (names.length === 0) {
      skip(tally, 'organisation whose every name the built-in knowledge reads');
      continue;
    }
    organisations.add(names, code, kind);
    tally.organisations++;
  }
  // People.
  const roles = new Map<string, RoleRecord>();
  const roleFor = (sector: string): string => {
    const key = roleKey(sector);
    if (!roles.has(key)) roles.set(key, { key, sector, single: false, phrases: [] });
    return key;
  };
  const organisationRole = (): string => {
    // The sector is not used: an office of an organisation is coded with the organisation's code.
    if (!roles.has(ORGANISATION_ROLE))
      roles.set(ORGANISATION_ROLE, { key: ORGANISATION_ROLE, sector: 'GOV', single: false, phrases: [] });
    return ORGANISATION_ROLE;
  };
  const drafts = new Map<string, PersonDraft>();
  for (const { tally, entry, meanings, byNameShape } of people) {
    const builtIn = entry.names
      .filter((n) => n.words.length > 1)
      .map((n) => builtInByName.get(nameKey(personName(n.words))))
      .find((p) => p !== undefined);
    // Spellings the built-in knowledge reads its own way ("President Putin") stay its own.
    const unread = builtIn ? [] : entry.names.filter((n) => !readsAlready(personName(n.words)));
    if (!builtIn) for (let k = unread.length; k < entry.names.length; k++) skip(tally, ALREADY_READ);
    if (!builtIn && unread.length === 0) {
      skip(tally, 'person whose every name the built-in knowledge reads');
      continue;
    }
    const names = unread.map((n) => personName(n.words));
    const id = builtIn?.id ?? personId(unread[0]!.words);
    let draft = drafts.get(id);
    if (!draft) {
      // A built-in person keeps the built-in name and aliases: the layer adds offices, not spellings.
      draft = {
        id,
        name: builtIn?.name ?? names[0]!,
        aliases: [],
        keys: new Set([nameKey(builtIn?.name ?? names[0]!)]),
        tenures: [],
        tenureKeys: new Set(),
        builtIn: builtIn !== undefined,
        tally,
      };
      drafts.set(id, draft);
      tally.people++;
      if (byNameShape) tally.peopleByNameShape++;
      if (builtIn) tally.builtInPeople++;
    }
    if (!builtIn)
      for (const name of names) {
        const key = nameKey(name);
        if (key === '' || draft.keys.has(key)) continue;
        draft.keys.add(key);
        draft.aliases.push(name);
      }

    const tenure = (
      code: string,
      line: number,
      from: string,
      to: string | null,
    ): TenureRecord | undefined => {
      const meaning = meanings.get(code)!;
      if (meaning.kind === 'organisation')
        return { role: organisationRole(), of: organisations.forCode(code, meaning.orgKind), from, to };
      if (meaning.kind === 'country-sector')
        return { role: roleFor(meaning.sector), of: meaning.of, from, to };
      if (meaning.kind === 'sector-only')
        unmapped(tally, {
          line,
          reason: `sector '${code}' without a country or organisation`,
          text: code,
        });
      return undefined;
    };
    const real = entry.codes.filter((c) => c.code !== '---');
    const dated = real.filter((c) => c.dated);
    const made: TenureRecord[] = [];
    for (const c of dated) {
      const t = tenure(c.code, c.line, c.from ?? OPEN_START, c.to ?? null);
      if (t) made.push(t);
    }
    // Undated codes apply on the days the dated ones leave uncovered; `[---]` there means "no code then".
    const gaps = uncoveredSpans(entry.codes.filter((c) => c.dated));
    for (const c of real.filter((x) => !x.dated))
      for (const gap of gaps) {
        const t = tenure(c.code, c.line, gap.from, gap.to);
        if (t) made.push(t);
      }
    // A built-in person's offices are curated: the dictionary adds only what it knows from before them.
    const firstBuiltIn = builtIn?.tenures.reduce<string | undefined>(
      (min, t) => (min === undefined || t.from < min ? t.from : min),
      undefined,
    );
    for (const original of made) {
      let t = original;
      if (firstBuiltIn !== undefined) {
        if (t.from >= firstBuiltIn) {
          skip(tally, 'tenure the built-in offices cover');
          continue;
        }
        if (t.to === null || t.to >= firstBuiltIn) t = { ...t, to: dayBefore(firstBuiltIn) };
      }
      const key = tenureKey(t);
      if (draft.tenureKeys.has(key)) continue;
      draft.tenureKeys.add(key);
      draft.tenures.push(t);
      tally.tenures++;
    }
  }

  // A built-in person the dictionary adds no office to needs no line in the layer.
  for (const d of drafts.values())
    if (d.builtIn && d.tenures.length === 0) {
      drafts.delete(d.id);
      d.tally.people--;
      d.tally.builtInPeople--;
      skip(d.tally, 'built-in person the dictionary adds no office to');
    }
  const personRecords: PersonRecord[] = [...drafts.values()].map((d) => ({
    id: d.id,
    name: d.name,
    aliases: d.aliases,
    surname: null,
    tenures: d.tenures.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
  }));

  const agents = agentsFrom(agentFiles, builtInAgentWords, readsAlready, log);

  const roleRecords = [...roles.values()].sort(
    (a, b) => roleRank(a) - roleRank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return {
    records: {
      countries: [],
      organisations: organisations.records,
      agents,
      roles: roleRecords,
      people: personRecords,
    },
    files: tallies,
  };
}
