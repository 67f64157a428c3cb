import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phraseTokensMany } from '../../nlp/phrase-tokens.js';
import { isOrdinaryWord } from '../../nlp/wink.js';
import { PhraseIndex } from '../phrase-index.js';
import type { War } from '../wars.js';
import type { ActorRecords } from './load.js';
import type {
  CaseRule,
  Country,
  LexEntry,
  LexValue,
  Organisation,
  Person,
  PronounInfo,
  Tenure,
} from './types.js';

export interface ActorKnowledge {
  readonly lexicon: PhraseIndex<LexValue>;
  readonly countries: ReadonlyMap<string, Country>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly people: ReadonlyMap<string, Person>;
  /** Role key → CAMEO sector of the office. */
  readonly roleSectors: ReadonlyMap<string, string>;
  /** Role keys held by many people at once (ambassadors, ministers of state): never resolved to one by date. */
  readonly sharedRoles: ReadonlySet<string>;
  /** Role key → seniority (lower is more senior), from the order of roles in the data. */
  readonly roleRanks: ReadonlyMap<string, number>;
  /** `role|of` → every tenure of that office, with its holder. */
  readonly holders: ReadonlyMap<string, readonly (Tenure & { readonly person: string })[]>;
  readonly pronouns: ReadonlyMap<string, PronounInfo>;
  readonly locatives: ReadonlySet<string>;
  readonly descriptionHeads: ReadonlySet<string>;
  readonly descriptionModifiers: ReadonlySet<string>;
  readonly counterpartWords: ReadonlySet<string>;
  readonly groupWords: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  /** Nouns that make a capital before them part of an agreement's name ("the Minsk Package of Measures"). */
  readonly agreementNouns: ReadonlySet<string>;
  /** The speaker's own pronouns: "i", "my" (the speaker), "we", "our" (the side the speaker speaks for). */
  readonly firstPerson: ReadonlyMap<string, 'singular' | 'plural'>;
  /** Nouns that after "our" name the speaker's country ("our state", "our motherland"). */
  readonly ownCountryNouns: ReadonlySet<string>;
  /** Transcript labels of a turn whose speaker is not named ("Question:"). */
  readonly unnamedSpeakerLabels: ReadonlySet<string>;
  /** Titles of the office of a town or a region ("mayor", "governor"). */
  readonly localOfficeTitles: ReadonlySet<string>;
  /** Words between a town and its office's title that name the administration ("regional", "oblast"). */
  readonly localAdministrationWords: ReadonlySet<string>;
  /** Wars between two states, with their days (`data/wars/`). */
  readonly wars: readonly War[];
}

/** The word lists that decide how a dictionary word may be typed in the text. */
interface CaseWords {
  readonly institutionNouns: ReadonlySet<string>;
  readonly notLowerCaseNames: ReadonlySet<string>;
}

interface WordLists {
  titles: Record<string, { gender?: 'm' | 'f'; sector?: string }>;
  pronouns: Record<string, PronounInfo>;
  locativePrepositions: string[];
  descriptionHeads: string[];
  descriptionModifiers: string[];
  counterpart: string[];
  groupWords: string[];
  notNames: string[];
  determiners: string[];
  institutionNouns: string[];
  notLowerCaseNames: string[];
  agreementNouns: string[];
  firstPerson: Record<string, 'singular' | 'plural'>;
  ownCountryNouns: string[];
  unnamedSpeakerLabels: string[];
  localOfficeTitles: string[];
  localAdministrationWords: string[];
}

/**
 * How a phrase's own spelling constrains the text: "US" only as "US", "Turkey" only with a capital (in lower
 * case it is a bird). A capitalised word that English does not use as an ordinary word may also be written
 * in lower case ("israel", "obama"). A later institution noun of a name ("US State department", "UN
 * Security council") may be written in lower case when the words before it already say it is a name: an
 * abbreviation or a name word, or two capitalised words ("Future Movement" needs its capital M).
 */
function caseRules(phrase: string, tokens: readonly string[], words: CaseWords): CaseRule[] {
  const parts = phrase.split(/\s+/);
  if (parts.length !== tokens.length) {
    // The tokenizer split a word (hyphens, possessives): constrain only by the phrase's first letter.
    const first = /^\p{Lu}/u.test(phrase) ? 'cap' : 'any';
    return tokens.map((_, i) => (i === 0 ? first : 'any'));
  }
  const rules = parts.map((w): CaseRule => {
    const letters = w.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && letters.length <= 4 && letters === letters.toUpperCase()) return 'upper';
    if (!/^\p{Lu}/u.test(w)) return 'any';
    const lower = w.toLowerCase();
    return words.notLowerCaseNames.has(lower) || isOrdinaryWord(lower) ? 'cap' : 'name';
  });
  let capitalised = 0;
  let strong = false;
  for (let i = 0; i < parts.length; i++) {
    const rule = rules[i]!;
    const institution = words.institutionNouns.has(parts[i]!.toLowerCase());
    if (i > 0 && rule !== 'any' && institution && (strong || capitalised >= 2)) rules[i] = 'any';
    if (rule !== 'any') capitalised++;
    if (rule === 'upper' || rule === 'name') strong = true;
  }
  return rules;
}

export function compileActors(
  records: ActorRecords,
  wordsPath: string,
  wars: readonly War[] = [],
): ActorKnowledge {
  // Phrases are collected first and tokenized in one batch (large imported layers have tens of thousands).
  const pending: { phrase: string; entry: LexEntry }[] = [];
  const add = (phrase: string, entry: LexEntry): void => {
    pending.push({ phrase, entry });
  };

  const countries = new Map<string, Country>();
  for (const c of records.countries) {
    countries.set(c.iso3, {
      iso3: c.iso3,
      name: c.name,
      ...(c.capital && { capital: c.capital }),
      ...(typeof c.lat === 'number' && { lat: c.lat }),
      ...(typeof c.lon === 'number' && { lon: c.lon }),
    });
    for (const name of [c.name, ...c.aliases]) add(name, { kind: 'country', iso3: c.iso3 });
    for (const d of c.demonyms) add(d, { kind: 'demonym', iso3: c.iso3 });
    for (const m of c.metonyms) add(m, { kind: 'metonym', iso3: c.iso3 });
  }

  const organisations = new Map<string, Organisation>();
  for (const o of records.organisations) {
    organisations.set(o.id, {
      id: o.id,
      code: o.code,
      name: o.names[0]!,
      kind: o.kind,
      ...(o.parent && { parent: o.parent }),
    });
    for (const name of o.names) add(name, { kind: 'org', id: o.id });
    for (const seat of o.seats) {
      const country = records.countries.find((c) => c.capital === seat);
      add(seat, { kind: 'metonym', iso3: country?.iso3 ?? '', org: o.id });
    }
  }

  for (const a of records.agents) for (const w of a.words) add(w, { kind: 'agent', sector: a.sector });

  const roleSectors = new Map<string, string>();
  const roleRanks = new Map<string, number>();
  const sharedRoles = new Set<string>();
  for (const r of records.roles) {
    roleSectors.set(r.key, r.sector);
    if (!r.single) sharedRoles.add(r.key);
    if (!roleRanks.has(r.key)) roleRanks.set(r.key, roleRanks.size);
    for (const p of r.phrases) {
      if (typeof p === 'string') add(p, { kind: 'role', key: r.key });
      else add(p.phrase, { kind: 'role', key: r.key, of: p.of });
    }
  }

  const people = new Map<string, Person>();
  const holders = new Map<string, (Tenure & { person: string })[]>();
  for (const p of records.people) {
    people.set(p.id, {
      id: p.id,
      name: p.name,
      ...(p.gender && { gender: p.gender }),
      tenures: p.tenures,
    });
    for (const t of p.tenures) {
      const key = `${t.role}|${t.of}`;
      const list = holders.get(key) ?? [];
      list.push({ ...t, person: p.id });
      holders.set(key, list);
    }
    const names = [p.name, ...p.aliases];
    for (const name of names) add(name, { kind: 'person', id: p.id });
    const surnames =
      p.surname === null
        ? new Set<string>()
        : p.surname !== undefined
          ? new Set([p.surname])
          : new Set(names.map((n) => n.split(/\s+/).at(-1)!).filter((s) => s.length > 1));
    for (const s of surnames) add(s, { kind: 'surname', id: p.id });
  }

  const words = JSON.parse(readFileSync(wordsPath, 'utf8')) as WordLists;
  for (const [title, info] of Object.entries(words.titles)) {
    add(title, {
      kind: 'title',
      ...(info.gender && { gender: info.gender }),
      ...(info.sector && { sector: info.sector }),
    });
  }

  const lexicon = new PhraseIndex<LexValue>();
  const tokenized = phraseTokensMany(pending.map((p) => p.phrase));
  const caseWords = {
    institutionNouns: new Set(words.institutionNouns),
    notLowerCaseNames: new Set(words.notLowerCaseNames),
  };
  pending.forEach(({ phrase, entry }, i) => {
    const tokens = tokenized[i]!;
    if (tokens.length > 0)
      lexicon.add(tokens, { entry, cases: caseRules(phrase, tokens, caseWords), phrase });
  });

  return {
    lexicon,
    countries,
    organisations,
    people,
    roleSectors,
    roleRanks,
    sharedRoles,
    holders,
    pronouns: new Map(Object.entries(words.pronouns)),
    locatives: new Set(words.locativePrepositions),
    descriptionHeads: new Set(words.descriptionHeads),
    descriptionModifiers: new Set(words.descriptionModifiers),
    counterpartWords: new Set(words.counterpart),
    groupWords: new Set(words.groupWords),
    notNames: new Set(words.notNames),
    determiners: new Set(words.determiners),
    agreementNouns: new Set(words.agreementNouns),
    firstPerson: new Map(Object.entries(words.firstPerson)),
    ownCountryNouns: new Set(words.ownCountryNouns),
    unnamedSpeakerLabels: new Set(words.unnamedSpeakerLabels),
    localOfficeTitles: new Set(words.localOfficeTitles),
    localAdministrationWords: new Set(words.localAdministrationWords),
    wars,
  };
}

export function actorWordsPath(dataDir: string): string {
  return join(dataDir, 'lexicon', 'actor-words.json');
}
