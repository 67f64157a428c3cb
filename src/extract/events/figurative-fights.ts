import { type Parsed, phrasesBetween } from './arguments.js';
import type { Phrase } from './phrases.js';
import { FIGURATIVE_FOES } from './words.js';

// Fighting that uses force on no one: a struggle against a problem ("fight corruption", "fight against the
// pandemic", "the fight with poverty") or on a front that is not a battlefield ("fighting on the
// diplomatic front").

/** Prepositions after a verb of fighting that name what is fought. */
const FOE_PREPOSITIONS = new Set(['against', 'with']);
/** Prepositions after a verb of fighting that name where it is fought. */
const FRONT_PREPOSITIONS = new Set(['on', 'at']);
const FRONT_NOUNS = new Set(['front', 'frontline', 'frontlines', 'front-line', 'line']);
/** Words before a front that make it a field of diplomacy, information or the economy. */
const FIGURATIVE_FRONT_WORDS = new Set([
  'diplomatic',
  'information',
  'informational',
  'economic',
  'financial',
  'legal',
  'media',
  'sanctions',
  'cultural',
  'political',
  'energy',
]);

/** How many prepositional phrases after the verb may be read for what or where it fights. */
const PHRASES_READ = 2;

/**
 * Whether a verb of fighting (its direct object, or its phrases from token `from` to `end`) fights a problem
 * or on a figurative front rather than an armed party.
 */
export function isFigurativeFight(
  parsed: Parsed,
  object: Phrase | undefined,
  from: number,
  end: number,
): boolean {
  const { lemma, norm } = parsed.view;
  if (object && object.prep === undefined && FIGURATIVE_FOES.has(lemma[object.head]!)) return true;
  const phrases = phrasesBetween(parsed, from, end);
  for (let i = 0; i < phrases.length && i < PHRASES_READ; i++) {
    const ph = phrases[i]!;
    if (ph.prep === undefined) continue;
    if (FOE_PREPOSITIONS.has(ph.prep) && FIGURATIVE_FOES.has(lemma[ph.head]!)) return true;
    if (FRONT_PREPOSITIONS.has(ph.prep) && FRONT_NOUNS.has(lemma[ph.head]!))
      for (let k = ph.start; k < ph.head; k++) if (FIGURATIVE_FRONT_WORDS.has(norm[k]!)) return true;
  }
  return false;
}
