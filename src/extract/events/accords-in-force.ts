// An accord already made, named as the thing kept or broken: "implement the agreements reached in 2020",
// "Russian companies fulfilled their agreements", "violated the deal", "a review of the implementation of the
// agreements", "under the agreement". The accord is no new agreement.

import { MONTHS } from '../times/lexicon.js';
import type { Parsed } from './arguments.js';
import type { NounMatch } from './noun-match.js';
import type { Predicate } from './predicates.js';

/** Verbs that keep, carry out, check or break an accord in force. */
const ACCORD_KEEPING_VERBS = new Set([
  'implement',
  'fulfil',
  'fulfill',
  'honour',
  'honor',
  'respect',
  'observe',
  'uphold',
  'enforce',
  'follow',
  'keep',
  'violate',
  'breach',
  'break',
  'review',
  'comply',
  'abide',
]);

/** Codes of the nouns that name an accord: an agreement (030) or a signed one (057). */
const ACCORD_CODES = new Set(['030', '057']);

/** Whether the noun names an accord in force that the governing verb keeps, checks or breaks. */
export function accordInForce(
  parsed: Parsed,
  match: NounMatch,
  governing: { predicate: Predicate; direct: boolean } | undefined,
): boolean {
  if (!ACCORD_CODES.has(match.pattern.code) || !governing) return false;
  const { predicate } = governing;
  // "comply with the agreement", "abide by the deal": the verb's preposition opens the accord's phrase
  const direct =
    governing.direct ||
    parsed.view.norm[match.start - 1] === 'with' ||
    parsed.view.norm[match.start - 1] === 'by';
  return direct && ACCORD_KEEPING_VERBS.has(predicate.lemma);
}

/**
 * Nouns and prepositions after which an accord is the frame of something else: "the implementation of the
 * agreements", "compliance with the treaty", "under the deal", "as part of the Minsk agreements".
 */
const FRAME_NOUNS = new Set([
  'implementation',
  'fulfilment',
  'fulfillment',
  'compliance',
  'observance',
  'violation',
  'breach',
  'provision',
  'term',
  'framework',
  'part',
  'spirit',
  'letter',
  'clause',
  'article',
]);
const FRAME_PREPOSITIONS = new Set(['under', 'within', 'pursuant']);
/** Words of a frame phrase between its noun and the accord: "of", "with", "to", and determiners. */
const FRAME_LINKS = new Set([
  'of',
  'with',
  'to',
  'the',
  'these',
  'those',
  'this',
  'that',
  'its',
  'their',
  'our',
]);
/** How far back from the accord a frame is looked for, past dates ("of the November 9, 2020, and … agreements"). */
const FRAME_REACH = 24;

/** Whether token k may stand between a frame noun and its accord: a link word, or a piece of a date. */
function framePiece(parsed: Parsed, k: number): boolean {
  const w = parsed.view.norm[k]!;
  return FRAME_LINKS.has(w) || MONTHS.has(w) || w === ',' || w === 'and' || parsed.view.pos[k] === 'NUM';
}

/** Words before an accord that say it is in force already: "the existing agreements". */
const IN_FORCE_WORDS = new Set(['existing', 'previous', 'earlier', 'current', 'valid']);

/** Whether the accord's phrase, starting at `phraseStart`, names it as the frame of another thing or one in force. */
export function accordFramed(parsed: Parsed, match: NounMatch, phraseStart: number): boolean {
  if (!ACCORD_CODES.has(match.pattern.code)) return false;
  const { norm, lemma } = parsed.view;
  for (let k = phraseStart; k < match.start; k++) if (IN_FORCE_WORDS.has(norm[k]!)) return true;
  let k = phraseStart - 1;
  while (k >= 0 && k > phraseStart - FRAME_REACH && framePiece(parsed, k)) {
    if (FRAME_PREPOSITIONS.has(norm[k - 1] ?? '')) return true;
    k--;
  }
  if (FRAME_PREPOSITIONS.has(norm[k] ?? '')) return true;
  return k < phraseStart - 1 && FRAME_NOUNS.has(lemma[k] ?? '');
}
