import { holderOn, officeCode, officesOn } from '../../knowledge/actors/offices.js';
import type { Cue } from '../mentions/types.js';
import {
  type Antecedent,
  pronounAntecedent,
  type Resolution,
  type ResolverState,
  salientPerson,
} from './antecedents.js';
import { agentRef, personRef } from './refs.js';
import { asTitled, titledAntecedent } from './titled.js';
import { isFormer } from './word-shapes.js';

// Offices: who holds the office a role phrase names on the article date, a counterpart through the office of
// the person they belong to, and the office a title or a description next to a name gives that name.

export function resolvePersonId(
  state: ResolverState,
  id: string,
  rule: string,
  confidence: number,
): Resolution {
  return { actor: personRef(state.k, id, state.date), rule, confidence };
}

export function resolveRole(
  state: ResolverState,
  i: number,
  cue: Extract<Cue, { kind: 'role' }>,
): Resolution {
  const { k, tokens, detected, date } = state;
  if (cue.named !== undefined) {
    const named = state.resolveOne(cue.named);
    return named.actor
      ? { actor: named.actor, rule: 'role.title-of-name', confidence: named.confidence }
      : named;
  }
  const d = detected[i]!;
  if (cue.counterpart) {
    const anchor =
      cue.possessor !== undefined
        ? pronounAntecedent(state, cue.possessor, d)
        : salientPerson(state, d, () => true, true);
    const person = anchor?.personId ? k.people.get(anchor.personId) : undefined;
    const office = person ? officesOn(k, person, date)[0] : undefined;
    if (office && cue.of) {
      const holder = holderOn(k, office.role, cue.of, date);
      if (holder) return resolvePersonId(state, holder, 'role.counterpart', 0.9);
      return {
        actor: {
          id: `${cue.of}:${office.role}`,
          code: officeCode(k, office.role, cue.of),
          name: `${cue.of} ${office.role}`,
        },
        rule: 'role.counterpart-unfilled',
        confidence: 0.5,
      };
    }
    return { confidence: 0.2 };
  }
  // "the former Russian president", "a former New Hampshire governor": someone who held the office, not its
  // holder that day; an elite of that country, as a former office holder named is
  if (cue.of && k.countries.has(cue.of) && isFormer(tokens, d)) {
    const code = `${cue.of}ELI`;
    return {
      actor: { id: code, code, name: `former ${k.countries.get(cue.of)!.name} ${cue.key}` },
      rule: 'role.former-office',
      confidence: 0.6,
    };
  }
  if (cue.of) {
    const holder = k.sharedRoles.has(cue.key) ? undefined : holderOn(k, cue.key, cue.of, date);
    if (holder) return resolvePersonId(state, holder, 'role.office-on-date', 0.95);
    return {
      actor: {
        id: `${cue.of}:${cue.key}`,
        code: officeCode(k, cue.key, cue.of),
        name: `${k.countries.get(cue.of)?.name ?? cue.of} ${cue.key}`,
      },
      rule: 'role.office-unfilled',
      confidence: 0.6,
    };
  }
  // An office named without a country: the person in the article who holds it that day.
  // "Minister of Energy Nikolai Shulginov … the Minister said": the person last titled so. An office many
  // hold at once ("the Minister") is the last one titled; a single one ("the President") the main holder.
  const titled = cue.possessor === undefined ? titledAntecedent(state, d) : undefined;
  if (titled && k.sharedRoles.has(cue.key)) return asTitled(titled, k.roleSectors.get(cue.key) ?? 'GOV');
  const holder = mainHolder(state, cue.key);
  if (holder) return { actor: holder.actor, rule: 'coref.role', confidence: 0.8 };
  if (titled) return asTitled(titled, k.roleSectors.get(cue.key) ?? 'GOV');
  // "the city's mayor, Ihor Kolykhaiev": the name in apposition is the office holder
  const next = detected[i + 1];
  if (next?.type === 'person' && next.sentence === d.sentence && next.tokenStart === d.tokenEnd + 1) {
    const between = tokens[d.tokenEnd]!.text;
    const named = between === ',' ? state.resolveOne(i + 1) : undefined;
    if (named?.actor) return { actor: named.actor, rule: 'role.apposition', confidence: named.confidence };
  }
  // In a release of a state's government, its own office described ("the President" on the Kremlin's
  // site); a bare title ("Minister of Foreign Affairs …") goes with a name, whoever's it is
  const described = cue.possessor === undefined && tokens[d.tokenStart]!.norm === 'the';
  const home = described ? state.speakers?.publisherState : undefined;
  if (home && !k.sharedRoles.has(cue.key)) {
    const holder = holderOn(k, cue.key, home, date);
    if (holder) return resolvePersonId(state, holder, 'role.publisher-office', 0.8);
  }
  // No one in the article holds it: an unnamed office holder of unknown country ("the foreign minister"
  // → `---GOV`), as an unknown person is coded by the sector their title names.
  return {
    actor: agentRef(k.roleSectors.get(cue.key) ?? 'GOV'),
    rule: 'role.office-unknown-country',
    confidence: 0.4,
  };
}

/**
 * Of the people named so far who hold office `key` that day, the one "the President" means: the one named
 * most often, the article's main figure; on a tie the one named first ("President Zelenskyy and President
 * Karis held talks … the President said": the first named, whom the article is about).
 */
function mainHolder(state: ResolverState, key: string): Antecedent | undefined {
  const { k, date } = state;
  const counts = new Map<string, { first: Antecedent; count: number }>();
  for (const a of state.history) {
    const p = a.personId ? k.people.get(a.personId) : undefined;
    if (p === undefined || !officesOn(k, p, date).some((t) => t.role === key)) continue;
    const seen = counts.get(p.id);
    if (seen) seen.count++;
    else counts.set(p.id, { first: a, count: 1 });
  }
  let best: { first: Antecedent; count: number } | undefined;
  for (const c of counts.values()) if (!best || c.count > best.count) best = c;
  return best?.first;
}

/**
 * The code a description right before an unknown name gives it: "U.S. Ambassador to the OSCE Michael
 * Carpenter", "Ukrainian negotiator David Arakhamia". Only within one noun phrase: no verb or clause
 * punctuation between them.
 */
export function appositionCode(state: ResolverState, i: number): string | undefined {
  const { k, tokens, detected } = state;
  const d = detected[i]!;
  let stop = d.tokenStart;
  for (let j = i - 1; j >= 0; j--) {
    const before = detected[j]!;
    if (before.sentence !== d.sentence || d.tokenStart - before.tokenEnd > 8) return undefined;
    for (let t = before.tokenEnd; t < stop; t++) {
      const token = tokens[t]!;
      if (token.pos === 'VERB' || token.pos === 'AUX' || [',', ';', ':', '.', '"'].includes(token.text))
        return undefined;
    }
    const cue = before.cue;
    if (cue.kind === 'role' && cue.key && cue.of) return officeCode(k, cue.key, cue.of);
    if (cue.kind === 'agent' && cue.iso3) return `${cue.iso3}${cue.sector}`;
    if (cue.kind === 'country') return cue.iso3;
    // "to the OSCE" between an office and its holder's name: look further back.
    if (cue.kind !== 'org') return undefined;
    stop = before.tokenStart;
  }
  return undefined;
}

/**
 * The office a present title before a known name gives ("Israeli President Moshe Katsav"), when the
 * knowledge base has no office for that person on the article date: the sentence itself says the person
 * holds it then, so the title codes them as it codes an unknown person.
 */
export function titledOffice(state: ResolverState, i: number, personId: string): string | undefined {
  const { k, tokens, detected, date } = state;
  const title = state.titleOf.get(i);
  if (title === undefined) return undefined;
  const role = detected[title]!.cue;
  if (role.kind !== 'role' || !role.key || role.counterpart || isFormer(tokens, detected[title]!))
    return undefined;
  // Only political offices: a church title such as "Archbishop" stays with its holder for life.
  if ((k.roleSectors.get(role.key) ?? 'GOV') !== 'GOV') return undefined;
  const person = k.people.get(personId);
  if (!person || officesOn(k, person, date).length > 0) return undefined;
  // the country the knowledge base knows for that office, else the one the title names, else the one of
  // the person's other offices ("Minister of Digital Transformation Mykhailo Fedorov" before a later office)
  const country =
    person.tenures.find((t) => t.role === role.key)?.of ??
    role.of ??
    person.tenures.find((t) => k.countries.has(t.of))?.of;
  if (country === undefined || !k.countries.has(country)) return undefined;
  return officeCode(k, role.key, country);
}

/**
 * "General David Petraeus" in a year none of his known offices covers: a person coded by country alone (whose
 * offices all come later) takes the sector the title before the name gives, as an unknown general would.
 */
export function titledSectorCode(
  code: string | undefined,
  titleSector: string | undefined,
): string | undefined {
  return code !== undefined && code.length === 3 && titleSector !== undefined
    ? `${code}${titleSector}`
    : undefined;
}
