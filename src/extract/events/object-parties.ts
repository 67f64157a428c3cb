import { type Argument, actorsOfGroup, authorPhrase, type Parsed, regionEnd } from './arguments.js';
import type { Phrase } from './phrases.js';
import { subjectActors } from './subject-actors.js';
import { isCountryCode } from './words.js';

// Whom a verb's act is aimed at through what it names: the party its object is for, against or by, and
// the actors of the clause it governs.

/** Promises, whose "to" phrase names whom they were made to ("his commitment to the people"). */
export const PROMISE_NOUNS = new Set([
  'commitment',
  'promise',
  'pledge',
  'vow',
  'undertaking',
  'guarantee',
  'assurance',
]);

/** Prepositions after an act's noun that name whom it is aimed at ("sanctions against Iran", "aid for Haiti"). */
const AIMED_PREPS = new Set(['against', 'on', 'to', 'toward', 'towards', 'with', 'for']);

export function aimedAt(parsed: Parsed, phrase: Phrase): Argument[] {
  const next = parsed.phrases[phrase.index + 1];
  if (!next || next.start !== phrase.end + 1 || !AIMED_PREPS.has(next.prep ?? '')) return [];
  return actorsOfGroup(parsed, next).map((a) => ({ ...a, weight: a.weight * 0.8 }));
}

/** Aid (07) and cuts of aid or relations (16), aimed at whom what they give or cut is for. */
export const AID_ROOTS = new Set(['07', '16']);

/** Whom what a phrase names is for: a "for" or "to" phrase right after it or after the noun it leads. */
export function beneficiary(parsed: Parsed, phrase: Phrase): Argument[] {
  let at = phrase;
  for (let hops = 0; hops < 2; hops++) {
    const next = parsed.phrases[at.index + 1];
    if (!next || next.start > at.end + 1) return [];
    if (next.prep === 'for' || next.prep === 'to')
      return actorsOfGroup(parsed, next)
        .filter((a) => isCountryCode(a.span.actor.code))
        .map((a) => ({ ...a, weight: a.weight * 0.8 }));
    at = next;
  }
  return [];
}

/** Who put forward what a phrase names: its owner or modifier ("Saddam's offer", "a US plan"), or "from/by X". */
export function authorOf(parsed: Parsed, phrase: Phrase): Argument[] {
  const own = actorsOfGroup(parsed, phrase, 'target');
  if (own.length > 0) return own.map((a) => ({ ...a, weight: a.weight * 0.9 }));
  const by = authorPhrase(parsed, phrase);
  return by ? actorsOfGroup(parsed, by).map((a) => ({ ...a, weight: a.weight * 0.8 })) : [];
}

/** The actors of a complement clause: its subject first, then the others it names, in order. */
export function complementActors(parsed: Parsed, clauseIndex: number): Argument[] {
  const clause = parsed.clauses[clauseIndex]!;
  // "said it was unlikely that …", "said it would be inappropriate to …": "it" before a copula names no one
  const subject = clause.subject[0];
  const expletive =
    subject !== undefined &&
    parsed.view.norm[subject.head] === 'it' &&
    (clause.predicate.form === 'copula' || clause.predicate.lemma === 'be');
  const found = expletive
    ? []
    : subjectActors(parsed, clauseIndex).map((a) => ({ ...a, weight: a.weight * 0.8 }));
  const end = regionEnd(parsed, clause.predicate);
  for (const span of parsed.view.actors) {
    if (expletive && span.start === subject.start) continue;
    if (span.start >= clause.start && span.end <= end) found.push({ span, weight: 0.6 });
  }
  return found;
}
