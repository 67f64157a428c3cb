// The agent of a passive verb: its by-phrase, or one detached at the end of the sentence.
import { type Argument, actorsOfGroup, type Parsed, phrasesBetween, regionEnd } from './arguments.js';
import { groupEnd } from './object-slots.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';

/** The agent of a passive verb: the phrase after "by". */
export function passiveAgent(parsed: Parsed, p: Predicate): Argument[] {
  const end = regionEnd(parsed, p);
  const by = phrasesBetween(parsed, p.end, end).find((ph) => ph.prep === 'by');
  if (!by) {
    // "Mariupol was besieged and shelled by Russian troops": the agent of the passive joined after it
    const next = joinedPassive(parsed, p);
    if (next) return passiveAgent(parsed, next);
  }
  return actorsOfGroup(parsed, by ?? detachedAgent(parsed, p), 'source');
}

/** The bare passive participle joined right after `p` by "and", "or" or a comma: one more act of its subject. */
function joinedPassive(parsed: Parsed, p: Predicate): Predicate | undefined {
  const next = parsed.predicates[p.index + 1];
  if (!next?.passive || next.start !== next.head || next.start - p.end > 3) return undefined;
  const { norm, pos } = parsed.view;
  for (let k = p.end; k < next.start; k++) if (!JOINERS.has(norm[k]!) && pos[k] !== 'ADV') return undefined;
  return next.start > p.end ? next : undefined;
}

const JOINERS = new Set(['and', 'or', ',']);

/**
 * "has been accused of misusing funds, much of it embezzled, by government officials": a main-clause
 * passive whose agent comes after a comma at the end of the sentence, past the clauses between.
 */
function detachedAgent(parsed: Parsed, p: Predicate): Phrase | undefined {
  const clause = parsed.clauses[p.index]!;
  if (clause.relation !== undefined || clause.opener !== undefined) return undefined;
  const { norm } = parsed.view;
  for (const ph of parsed.phrases) {
    if (ph.start <= p.end || ph.prep !== 'by' || norm[ph.start - 2] !== ',') continue;
    const after = norm[groupEnd(parsed, ph)];
    if (after === undefined || after === '.' || after === ',' || after === ';') return ph;
  }
  return undefined;
}
