import { type Argument, actorsOfGroup, type Parsed } from './arguments.js';
import type { Phrase } from './phrases.js';
import { TIME_WORDS } from './words.js';

/**
 * Prepositions by which a thing is about, for, against or with a party ("a formula for peace with Chile",
 * "the rights of the Kurds", "a strike over a bill", "an invitation to a meeting of the factions").
 */
const ABOUT_PREPS = new Set([
  'of',
  'for',
  'with',
  'against',
  'about',
  'over',
  'toward',
  'towards',
  'between',
]);

/** Whether a phrase only says when ("next week", "on Monday"), which does not break a chain of phrases. */
function isTimePhrase(parsed: Parsed, ph: Phrase): boolean {
  return TIME_WORDS.has(parsed.view.norm[ph.head]!);
}

/**
 * The phrases hanging off a thing, in order: each starts right after the one before, led by one of
 * `ABOUT_PREPS`, with phrases that only say when skipped ("a meeting next week of the factions").
 */
export function aboutChain(parsed: Parsed, thing: Phrase, end: number): Phrase[] {
  const out: Phrase[] = [];
  let last = thing;
  for (let i = thing.index + 1; i < parsed.phrases.length; i++) {
    const ph = parsed.phrases[i]!;
    if (ph.end > end) break;
    const adjoining = ph.start === last.end + (ph.prep === undefined ? 0 : 1);
    if (!adjoining) break;
    if (isTimePhrase(parsed, ph)) {
      last = ph;
      continue;
    }
    if (ph.prep === undefined || !ABOUT_PREPS.has(ph.prep)) break;
    out.push(ph);
    last = ph;
  }
  return out;
}

/**
 * The party whose thing the object of an act is: an "of" phrase right after it, with phrases that only
 * say when skipped ("support the rights of the Kurds", "attend a meeting next week of the factions").
 */
export function ownerAfter(parsed: Parsed, object: Phrase, end: number): Argument[] {
  const chain = aboutChain(parsed, object, end);
  const first = chain[0];
  if (first?.prep !== 'of') return [];
  return actorsOfGroup(parsed, first)
    .filter((a) => a.span.actor.code !== '')
    .map((a) => ({ ...a, weight: a.weight * 0.8 }));
}

/**
 * The author an act named by a noun has, in a "by" phrase after it and its "of" phrases: "condemned the
 * invasion of Kuwait by Iraq" is aimed at Iraq, not at Kuwait.
 */
export function agentOfEvent(parsed: Parsed, phrase: Phrase): Argument[] {
  if (!parsed.isEventNoun(phrase.head)) return [];
  let last = phrase;
  for (let i = phrase.index + 1; i < parsed.phrases.length; i++) {
    const ph = parsed.phrases[i]!;
    if (ph.start !== last.end + 1) return [];
    if (ph.prep === 'by') return actorsOfGroup(parsed, ph).map((a) => ({ ...a, weight: a.weight * 0.8 }));
    if (ph.prep !== 'of') return [];
    last = ph;
  }
  return [];
}
