import type { Place, TimeExpression } from '../../core/records.js';
import { type Parsed, regionEnd } from './arguments.js';
import type { Candidate } from './candidate.js';
import type { Located } from './sentence.js';

/**
 * The date of an event: a time expression in its own clause; else one in the clause that governs it ("on
 * Friday said that … is ready to meet"); else the sentence's only one; else the narrative date, the last
 * day named earlier in the article that is not after its date ("on Friday" in the lead dates the meeting
 * the next paragraphs describe); else the article's date.
 */
export function eventDate(parsed: Parsed, candidate: Candidate, narrative: string): string {
  const times = parsed.view.times;
  if (times.length === 0) return narrative;
  let clause = candidate.clause;
  for (let depth = 0; clause !== undefined && depth < 5; depth++) {
    const c = parsed.clauses[clause]!;
    const from = c.start;
    const to = regionEnd(parsed, c.predicate);
    const inside = times.filter((t) => t.start >= from && t.end <= to);
    if (inside.length > 0) return pickNearest(inside, candidate.trigger[0]).value.value.from;
    clause = c.governor;
  }
  if (times.length === 1) return times[0]!.value.value.from;
  return narrative;
}

function pickNearest<T>(list: readonly Located<T>[], at: number): Located<T> {
  let best = list[0]!;
  for (const item of list) if (Math.abs(item.start - at) < Math.abs(best.start - at)) best = item;
  return best;
}

/** The narrative date after a sentence: its last day-precise time expression not after the article date. */
export function advanceNarrative(
  times: readonly TimeExpression[],
  narrative: string,
  published: string,
): string {
  let date = narrative;
  for (const t of times) {
    if (t.value.precision === 'day' && t.value.from === t.value.to && t.value.from <= published)
      date = t.value.from;
  }
  return date;
}

/**
 * The place of an event: a place the sentence names that is not one of the event's actors ("Moscow" as the
 * Russian government is an actor, not where it acted), the one nearest after the trigger first.
 */
export function eventPlace(parsed: Parsed, candidate: Candidate): Place | undefined {
  const actorTokens = new Set<number>();
  for (const a of [...candidate.sources, ...candidate.targets])
    for (let k = a.span.start; k < a.span.end; k++) actorTokens.add(k);
  const free = parsed.view.places.filter((p) => {
    for (let k = p.start; k < p.end; k++) if (actorTokens.has(k)) return false;
    return true;
  });
  if (free.length === 0) return undefined;
  const after = free.filter((p) => p.start >= candidate.trigger[0]);
  return (after[0] ?? free[free.length - 1]!).value;
}
