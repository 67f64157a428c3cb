import type { ActorKnowledge } from './compile.js';
import type { Person, Tenure } from './types.js';

/** Does a tenure cover the date? Dates are YYYY-MM-DD strings, which compare correctly as text. */
export function covers(t: Tenure, date: string): boolean {
  return t.from <= date && (t.to === null || date <= t.to);
}

/** The person's offices on the date, most senior first. */
export function officesOn(k: ActorKnowledge, person: Person, date: string): Tenure[] {
  const rank = (t: Tenure): number => k.roleRanks.get(t.role) ?? 999;
  return person.tenures.filter((t) => covers(t, date)).sort((a, b) => rank(a) - rank(b));
}

/** Who held `role` of `of` on the date; when tenures overlap (hand-overs), the one who started last. */
export function holderOn(k: ActorKnowledge, role: string, of: string, date: string): string | undefined {
  const tenures = k.holders.get(`${role}|${of}`);
  if (!tenures) return undefined;
  let best: (Tenure & { person: string }) | undefined;
  for (const t of tenures) if (covers(t, date) && (!best || t.from > best.from)) best = t;
  return best?.person;
}

/** The CAMEO-style code of whatever an office is held for: a country with the office's sector, or an IGO. */
export function officeCode(k: ActorKnowledge, role: string, of: string): string {
  const org = k.organisations.get(of);
  if (org) return org.code;
  return `${of}${k.roleSectors.get(role) ?? 'GOV'}`;
}

export interface PersonCoding {
  readonly code: string;
  /** The office that decided the code, when one did. */
  readonly office?: Tenure;
  readonly rule: 'office.on-date' | 'office.former' | 'office.later' | 'office.none';
}

/**
 * A person is coded by the office held on the article's date; a former office holder is an elite (ELI) of
 * that country; someone whose offices all come later is coded by the first one's country.
 */
export function codePerson(k: ActorKnowledge, person: Person, date: string): PersonCoding {
  const current = officesOn(k, person, date)[0];
  if (current)
    return { code: officeCode(k, current.role, current.of), office: current, rule: 'office.on-date' };
  const before = person.tenures
    .filter((t) => t.to !== null && t.to < date)
    .sort((a, b) => (a.to! < b.to! ? 1 : -1))[0];
  if (before) {
    const org = k.organisations.get(before.of);
    return { code: org ? org.code : `${before.of}ELI`, office: before, rule: 'office.former' };
  }
  const later = [...person.tenures].sort((a, b) => (a.from < b.from ? -1 : 1))[0];
  if (later) {
    const org = k.organisations.get(later.of);
    return { code: org ? org.code : later.of, office: later, rule: 'office.later' };
  }
  return { code: '', rule: 'office.none' };
}
