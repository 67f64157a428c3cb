// An accord already made, named as the thing kept or broken: "implement the agreements reached in 2020",
// "Russian companies fulfilled their agreements", "violated the deal". The accord is no new agreement.
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
