// Pair anaphors: "the two leaders", "both countries", "the sides", "the heads of state" stand for the two
// parties last named together or the two who met.

import type { Parsed } from './arguments.js';
import type { Phrase } from './phrases.js';
import type { ActorSpan, SentenceView } from './sentence.js';
import { DEFINITE_PAIR_NOUNS, isCountryCode, isIdentifiedCode, PAIR_NOUNS } from './words.js';

/** An office holder or a government: what "the two leaders" may stand for. */
function isOfficial(span: ActorSpan): boolean {
  return span.actor.code.endsWith('GOV');
}

/** Pair nouns that name people: the two who met rather than two countries named together. */
const PERSON_PAIR_NOUNS: ReadonlySet<string> = new Set([
  'leaders',
  'presidents',
  'ministers',
  'delegations',
  'interlocutors',
]);

/** The pair a pair anaphor stands for, each placed on the anaphor's own words; none when one is unknown. */
export function anaphorPair(parsed: Parsed, member: Phrase): ActorSpan[] {
  const pair = pairAnaphor(parsed, member);
  if (pair.some((span) => !isIdentifiedCode(span.actor.code))) return [];
  return pair.map((span) => ({
    ...span,
    actor: pairMember(parsed.view, member, span.actor),
    start: member.start,
    end: member.end,
  }));
}

/** "the two nations", "both sides", "the two countries' border". */
function isPairAnaphor(view: SentenceView, phrase: Phrase): boolean {
  for (let k = phrase.start; k + 1 < phrase.end; k++) {
    const w = view.norm[k]!;
    if ((w === 'two' || w === 'both') && PAIR_NOUNS.has(view.norm[k + 1]!)) return true;
  }
  return false;
}

/**
 * The pair an anaphor names: "the two nations", "both sides" the last pair named together; "the presidents",
 * "the sides" ("the" and a pair noun alone, nothing after it to say whose) only the two who last met or
 * talked, since after "Russia and Belarus began exercises" they may be any of several parties.
 */
function pairAnaphor(parsed: Parsed, phrase: Phrase): readonly ActorSpan[] {
  const { view } = parsed;
  // "the two leaders" after a call or a meeting are the two office holders who took part in it, not the
  // last two named, nor a leader and the reporters he spoke to
  if (isPairAnaphor(view, phrase)) {
    const head = view.norm[phrase.head]!;
    if (PERSON_PAIR_NOUNS.has(head))
      return (
        [parsed.meetingPair, parsed.pair].find((pair) => pair.length > 0 && pair.every(isOfficial)) ?? []
      );
    // "both countries" are two states, never an organisation named with one
    if (COUNTRY_PAIR_NOUNS.has(head))
      return (
        [parsed.pair, parsed.meetingPair].find(
          (pair) => pair.length > 0 && pair.every((span) => isCountryCode(span.actor.code)),
        ) ?? []
      );
    return parsed.pair;
  }
  // ("the two" with no noun, as "the sides": "met Lavrov in Moscow, where the two clashed")
  const definite =
    (phrase.end - phrase.start === 2 &&
      view.norm[phrase.start] === 'the' &&
      (DEFINITE_PAIR_NOUNS.has(view.norm[phrase.head]!) || view.norm[phrase.head] === 'two') &&
      view.norm[phrase.end] !== 'of') ||
    isHeadsOfState(view, phrase);
  if (!definite) return [];
  if (parsed.meetingPair.length > 0) return parsed.meetingPair;
  // "Putin and Tebboune reaffirmed …; the presidents expressed concern": before any meeting is told, "the
  // presidents" or "the leaders" are two office holders last named together (two countries named together
  // are no leaders)
  const people = PERSON_PAIR_NOUNS.has(view.norm[phrase.head]!) || isHeadsOfState(view, phrase);
  return people && parsed.pair.length > 0 && parsed.pair.every(isOfficial) ? parsed.pair : [];
}

/** "the heads of state", "the heads of government" and nothing after to say whose: the leaders who met. */
function isHeadsOfState(view: SentenceView, phrase: Phrase): boolean {
  const { norm } = view;
  const k = phrase.start;
  return (
    phrase.end - k === 4 &&
    norm[k] === 'the' &&
    norm[k + 1] === 'heads' &&
    norm[k + 2] === 'of' &&
    (norm[k + 3] === 'state' || norm[k + 3] === 'government') &&
    norm[phrase.end] !== 'of'
  );
}

/** Pair nouns that name the countries themselves, whoever of them was named before. */
const COUNTRY_PAIR_NOUNS: ReadonlySet<string> = new Set([
  'nations',
  'countries',
  'states',
  'neighbours',
  'neighbors',
]);

/** "both countries" after "Russian and Belarusian forces": the two countries, not their forces. */
function pairMember(view: SentenceView, phrase: Phrase, actor: ActorSpan['actor']): ActorSpan['actor'] {
  if (!isCountryCode(actor.code) || actor.code.length <= 3) return actor;
  let countries = false;
  for (let k = phrase.start; k < phrase.end; k++) if (COUNTRY_PAIR_NOUNS.has(view.norm[k]!)) countries = true;
  if (!countries) return actor;
  const iso3 = actor.code.slice(0, 3);
  return { id: iso3, code: iso3, name: actor.name.replace(/ \([A-Z]{3}\)$/, '') };
}
