import { type Argument, actorsOfGroup, type Parsed, phrasesBetween, regionEnd } from './arguments.js';
import type { Predicate } from './predicates.js';
import { directObject } from './verbs.js';

/** Prepositions that name whom an uncoded act is aimed at ("provide aid for", "deliver blows to"). */
const ACTED_ON_PREPS = new Set(['to', 'for', 'against', 'with', 'toward', 'towards', 'into', 'upon']);

/**
 * The actors an act with no row of its own is done to: its object ("democratize Serbia"), else the first
 * actor after one of `ACTED_ON_PREPS`. Kinds of people with no country ("refugees") name no party, and
 * the source's own country is no target ("attack its neighbour" is not aimed at the owner of "its").
 */
export function actedOn(parsed: Parsed, p: Predicate, sources: readonly Argument[]): Argument[] {
  const end = regionEnd(parsed, p);
  const object = directObject(parsed, p, end);
  const own = new Set(sources.map((s) => s.span.actor.code.slice(0, 3)));
  const named = (list: Argument[]) =>
    list.filter((a) => !a.span.actor.code.startsWith('---') && !own.has(a.span.actor.code.slice(0, 3)));
  if (object) {
    const found = named(actorsOfGroup(parsed, object));
    if (found.length > 0) return found;
  }
  for (const ph of phrasesBetween(parsed, p.end, end)) {
    if (ph.prep === undefined || !ACTED_ON_PREPS.has(ph.prep)) continue;
    const found = named(actorsOfGroup(parsed, ph));
    if (found.length > 0) return found.map((a) => ({ span: a.span, weight: a.weight * 0.8 }));
  }
  return [];
}
