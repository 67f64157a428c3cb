// The direct object of a verb: the phrase right after it, past adverbs, time phrases and particles.
import { type Parsed, phrasesBetween } from './arguments.js';
import { phraseEndingAt } from './clause-tokens.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import { TIME_WORDS } from './words.js';

export const ADVERBIAL_PARTICLES = new Set([
  'out',
  'up',
  'off',
  'down',
  'back',
  'away',
  'free',
  'over',
  'in',
]);

/** Particles that are far more often prepositions of place. */
const PLACE_PREPOSITIONS = new Set(['in', 'over']);

/**
 * Past adverbs and time phrases after a verb: "called on Tuesday for …", "lodged today a protest", "shortened
 * by one hour the curfew".
 */
export function skipAdverbs(parsed: Parsed, k: number): number {
  const { view } = parsed;
  for (;;) {
    while (k < view.pos.length && view.pos[k] === 'ADV') k++;
    const at = k;
    const time = parsed.phrases.find(
      (ph) =>
        TIME_WORDS.has(view.norm[ph.head]!) &&
        (ph.start === at ||
          (ph.start === at + 1 && (ph.prep === 'on' || ph.prep === 'in' || ph.prep === 'by'))),
    );
    if (!time) return k;
    k = time.end;
  }
}

/** The object phrase right after the verb (or after an adverbial particle: "rule out a summit"). */
export function directObject(parsed: Parsed, p: Predicate, end: number): Phrase | undefined {
  if (p.passive) return undefined;
  let k = skipAdverbs(parsed, p.end);
  // "forced out on Wednesday more than 1,000 refugees": a time phrase between the particle and the object
  if (ADVERBIAL_PARTICLES.has(parsed.view.norm[k]!)) {
    const after = skipAdverbs(parsed, k + 1);
    if (after > k + 1) k = after - 1;
  }
  for (const ph of phrasesBetween(parsed, p.end, end)) {
    if (ph.end <= k) continue; // a time phrase skipped above
    // "provide nearly 25,000 tons": the phrase took the adverb before its number as a quantifier
    if (ph.start < k && ph.head >= k) k = ph.start;
    if (ph.start !== k && !(ph.start === k + 1 && ADVERBIAL_PARTICLES.has(parsed.view.norm[k]!)))
      return undefined;
    // "denies it is planning …": the subject of a complement clause, not an object ("prevented the
    // demonstration staged by students", "arrested protesters demanding …": a participle after it only
    // modifies it)
    const next = parsed.predicates[p.index + 1];
    if (
      next &&
      parsed.phrases[ph.group[ph.group.length - 1]!]!.end === next.start &&
      next.form !== 'infinitive' &&
      next.form !== 'participle' &&
      next.form !== 'gerund'
    )
      return undefined;
    if (ph.prep === undefined) return ph;
    if (ph.start === k + 1 && ADVERBIAL_PARTICLES.has(parsed.view.norm[k]!)) {
      // "sent in troops", "handed over the prisoners" take an object; "training in Belarus", "flew over
      // Syria" name a place: a name after "in" or "over" is the preposition's
      const placeWord = PLACE_PREPOSITIONS.has(parsed.view.norm[k]!);
      return placeWord && parsed.view.pos[ph.head] === 'PROPN' ? undefined : ph;
    }
    return undefined;
  }
  return undefined;
}

/** Words that open a relative clause whose object is the noun before them. */
const OBJECT_RELATIVES = new Set(['that', 'which']);

/**
 * The noun a relative clause with a subject of its own leaves as its verb's object: "the sanctions (that)
 * the EU imposed on Russia", "the missiles which Russia has used against Ukraine". Only a row that names
 * its object reads it, so "told reporters that Russia attacked" makes no one attacked.
 */
export function gappedObject(parsed: Parsed, p: Predicate, subject: Phrase | undefined): Phrase | undefined {
  if (p.passive || !subject || subject.end > p.start) return undefined;
  const { view, phrases } = parsed;
  // ("their claims that we refused to negotiate": a verb that takes a clause or an infinitive leaves no gap)
  const after = view.norm[p.end];
  if (after === 'that' || (after === 'to' && view.pos[p.end] === 'PART')) return undefined;
  for (let k = subject.end; k < p.start; k++) if (view.pos[k] !== 'ADV') return undefined;
  const marker = OBJECT_RELATIVES.has(view.norm[subject.start - 1]!);
  const end = marker ? subject.start - 1 : subject.start;
  return phraseEndingAt(phrases, end);
}
