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

/** Offices whose holders news names by surname alone for decades after ("Gorbachev", "Mandela", "Thatcher"). */
const LEADING_ROLES: ReadonlySet<string> = new Set(['head-of-state', 'head-of-government', 'supreme-leader']);

/**
 * Can a bare surname, with no full name before it in the article, name this person on the date? Only if
 * they hold an office within a year of it, or led a state before it: a minister out of office for years is
 * not who "Fox", "Reid" or "Hill" means in another country's news.
 */
export function knownBySurname(k: ActorKnowledge, id: string, date: string): boolean {
  const person = k.people.get(id);
  if (!person) return false;
  const at = Date.parse(date);
  return person.tenures.some((t) => {
    const from = Date.parse(t.from);
    if (LEADING_ROLES.has(t.role) && from <= at) return true;
    const to = t.to === null ? Number.POSITIVE_INFINITY : Date.parse(t.to) + YEAR_MS;
    return from - YEAR_MS <= at && at <= to;
  });
}
