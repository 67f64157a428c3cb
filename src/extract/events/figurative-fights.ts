import { type Parsed, phrasesBetween } from './arguments.js';
import type { Phrase } from './phrases.js';
import { FIGURATIVE_FOES } from './words.js';

// Fighting that uses force on no one: a struggle against a problem ("fight corruption", "fight against the
// pandemic", "the fight with poverty"), on a front that is not a battlefield ("fighting on the diplomatic
// front"), for a life or a standing rather than ground ("doctors fighting for every life", "fighting to be
// members of the union"), or by people whose work is no armed force ("mediators fighting for peace").

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

/** Nouns after "for" that a fight saves or wins without arms: a patient's life, a right, a place. */
const FIGURATIVE_STAKES = new Set([
  'life',
  'lives',
  'patient',
  'health',
  'right',
  'rights',
  'justice',
  'truth',
  'vote',
  'votes',
  'place',
  'seat',
  'membership',
  'recognition',
]);

/** People whose fighting is their work for others, never armed force: "doctors are fighting", "mediators who fight". */
const FIGURATIVE_FIGHTERS = new Set([
  'doctor',
  'medic',
  'nurse',
  'surgeon',
  'paramedic',
  'mediator',
  'diplomat',
  'lawyer',
  'rescuer',
  'scientist',
]);

/** How many prepositional phrases after the verb may be read for what or where it fights. */
const PHRASES_READ = 2;

/**
 * Whether a verb of fighting (its subject, its direct object, or its phrases from token `from` to `end`)
 * fights a problem, on a figurative front or for a figurative stake rather than an armed party.
 */
export function isFigurativeFight(
  parsed: Parsed,
  subject: Phrase | undefined,
  object: Phrase | undefined,
  from: number,
  end: number,
): boolean {
  const { lemma, norm } = parsed.view;
  if (subject && FIGURATIVE_FIGHTERS.has(lemma[subject.head]!)) return true;
  if (object && object.prep === undefined && FIGURATIVE_FOES.has(lemma[object.head]!)) return true;
  // "fighting to be equal members": a struggle for a standing
  if (norm[from] === 'to' && norm[from + 1] === 'be') return true;
  const phrases = phrasesBetween(parsed, from, end);
  for (let i = 0; i < phrases.length && i < PHRASES_READ; i++) {
    const ph = phrases[i]!;
    if (ph.prep === undefined) continue;
    if (FOE_PREPOSITIONS.has(ph.prep) && FIGURATIVE_FOES.has(lemma[ph.head]!)) return true;
    if (ph.prep === 'for' && FIGURATIVE_STAKES.has(lemma[ph.head]!)) return true;
    if (FRONT_PREPOSITIONS.has(ph.prep) && FRONT_NOUNS.has(lemma[ph.head]!))
      for (let k = ph.start; k < ph.head; k++) if (FIGURATIVE_FRONT_WORDS.has(norm[k]!)) return true;
  }
  return false;
}
