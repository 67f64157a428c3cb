import type { ActorKnowledge } from '../../knowledge/actors/compile.js';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** Did this person hold any office within eight years of the date? Guards surname-only matches. */
export function inOfficeNear(k: ActorKnowledge, id: string, date: string): boolean {
  const person = k.people.get(id);
  if (!person) return false;
  const at = Date.parse(date);
  return person.tenures.some((t) => {
    const from = Date.parse(t.from) - 8 * YEAR_MS;
    const to = t.to === null ? Number.POSITIVE_INFINITY : Date.parse(t.to) + 8 * YEAR_MS;
    return from <= at && at <= to;
  });
}

/** Offices whose holders news names by surname alone, anywhere and for years after ("Putin", "Bush"). */
const LEADING_ROLES: ReadonlySet<string> = new Set(['head-of-state', 'head-of-government', 'supreme-leader']);

/**
 * Can a bare surname, with no full name before it in the article, name this person on the date? One who
 * leads a state that day; one who led it within eight years, when the article names that state anywhere
 * (`countryNamed`: its name, adjective, capital or government); one in office within a year of it; the head
 * of a company only once the article has named it (`named`). A minister out of office for years is not who "Fox", "Reid" or "Hill"
 * means, nor is Gazprom's "Miller" in news that never names Gazprom, nor Britain's former prime minister the
 * "Brown" of American news that never names Britain.
 */
export function knownBySurname(
  k: ActorKnowledge,
  id: string,
  date: string,
  named: (body: string) => boolean,
  countryNamed: (iso3: string) => boolean,
): boolean {
  const person = k.people.get(id);
  if (!person) return false;
  const at = Date.parse(date);
  return person.tenures.some((t) => {
    const from = Date.parse(t.from);
    const to = t.to === null ? Number.POSITIVE_INFINITY : Date.parse(t.to);
    if (LEADING_ROLES.has(t.role))
      return from <= at && (at <= to || (at <= to + 8 * YEAR_MS && countryNamed(t.of)));
    const inOffice = from - YEAR_MS <= at && at <= to + YEAR_MS;
    return inOffice && (k.organisations.get(t.of)?.kind !== 'company' || named(t.of));
  });
}
