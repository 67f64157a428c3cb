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
