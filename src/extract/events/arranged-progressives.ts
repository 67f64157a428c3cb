import type { Parsed } from './arguments.js';

// The present progressive of an arrangement: "I am going to Kiev tomorrow", "is flying to Astana next week".
// With a time still to come it tells a plan, not an act under way.

/** Words that place a time after the moment of speaking. */
const FUTURE_TIME_WORDS = new Set(['tomorrow', 'next', 'upcoming', 'later', 'coming']);
/** How far after its verb a clause's time is looked for. */
const TIME_REACH = 8;

/** Whether the clause is a present progressive with a time word of the future after its verb. */
export function isArrangedProgressive(parsed: Parsed, clauseIndex: number | undefined): boolean {
  if (clauseIndex === undefined) return false;
  const { norm } = parsed.view;
  const p = parsed.clauses[clauseIndex]!.predicate;
  const present =
    p.start < p.head && (norm[p.start] === 'am' || norm[p.start] === 'is' || norm[p.start] === 'are');
  if (!present || !norm[p.head]!.endsWith('ing')) return false;
  for (let k = p.end; k < norm.length && k < p.end + TIME_REACH; k++) {
    if (norm[k] === '.' || norm[k] === ';') return false;
    if (FUTURE_TIME_WORDS.has(norm[k]!)) return true;
  }
  return false;
}
