// The verb over an event noun: which predicate governs it, and whether it hands its subject to the noun.
import { type Parsed, regionEnd } from './arguments.js';
import { amountOf } from './object-slots.js';
import { phraseAt } from './phrases.js';
import type { Predicate } from './predicates.js';
import { INTENT_VERBS, LIGHT_VERBS } from './words.js';

/** Words between a noun and a later verb that show the noun is not that verb's subject. */
const CLAUSE_BREAKS = new Set([',', 'which', 'who', 'whom', 'whose', 'that', 'where', 'when']);

/** The predicate whose object region holds token t, and whether t's phrase is its direct object. */
export function governingPredicate(
  parsed: Parsed,
  t: number,
  end = t + 1,
): { predicate: Predicate; direct: boolean } | undefined {
  let found: Predicate | undefined;
  for (const p of parsed.predicates) {
    if (p.end <= t && t < regionEnd(parsed, p)) found = p;
  }
  if (!found) return undefined;
  // "…, but their meeting produced no breakthrough": the subject of a later verb belongs to that verb
  for (const c of parsed.clauses) {
    // ("announced asset freezes": not when the noun is read over the verb the tagger saw)
    if (c.predicate.index <= found.index || c.subjectFrom !== 'phrase' || c.predicate.head < end) continue;
    if (!c.subject.some((s) => s.start <= t && t < s.end)) continue;
    let plain = true;
    for (let k = t; k < c.predicate.start && plain; k++) plain = !CLAUSE_BREAKS.has(parsed.view.norm[k]!);
    if (plain) return undefined;
  }
  // "…, but their meeting produced no breakthrough": the subject of a main clause joined on after the verb's
  // is not governed by that verb
  const { pos, norm } = parsed.view;
  const joined = (k: number) => pos[k] === 'CCONJ' || norm[k] === ',' || norm[k] === ';';
  for (const c of parsed.clauses)
    if (
      c.predicate.start > t &&
      c.subjectFrom === 'phrase' &&
      c.subject.some((s) => s.start <= t && t < s.end && s.start > found.end && joined(s.start - 1))
    )
      return undefined;
  const phrase = phraseAt(parsed.phrases, t);
  // "is responsible for …": past the adjective of a copula
  let k = found.form === 'copula' && found.adjectiveAt !== undefined ? found.adjectiveAt + 1 : found.end;
  const skip = (q: number) => {
    const pos = parsed.view.pos[q];
    const w = parsed.view.norm[q];
    return pos === 'ADV' || pos === 'ADP' || w === '"' || w === "'";
  };
  while (k < parsed.view.pos.length && skip(k)) k++;
  // ("continued missile strikes and shelling of Kharkiv": a phrase joined to the object is an object too)
  const first = phrase === undefined ? undefined : parsed.phrases[phrase.group[0]!];
  let direct = [phrase, first].some((ph) => ph !== undefined && (ph.start === k || ph.start === found.end));
  // "sent tons of food aid", "announced $300 million in military aid": the thing an amount measures
  if (phrase && !direct && phrase.index > 0) {
    const amount = parsed.phrases[phrase.index - 1]!;
    direct =
      amount.start === k &&
      amount.end + 1 === phrase.start &&
      amountOf(parsed.view.norm[amount.head]!, phrase.prep);
  }
  return { predicate: found, direct };
}

/** Adjectives after "be" that make their subject the author of the event noun after them. */
const CULPABLE = new Set(['responsible', 'guilty', 'culpable']);

/**
 * Whether a verb hands its subject to the event noun it governs: a light verb ("held talks"), an intent
 * verb ("planning another conversation"), or an infinitive with no event of its own under an intent verb
 * ("agreed to further discussions").
 */
export function carries(parsed: Parsed, p: Predicate): boolean {
  if (LIGHT_VERBS.has(p.lemma) || INTENT_VERBS.has(p.lemma)) return true;
  // "is responsible for mass killings", "was guilty of torture": the subject did it
  if (p.form === 'copula' && p.adjective !== undefined && CULPABLE.has(p.adjective)) return true;
  const clause = parsed.clauses[p.index]!;
  return p.form === 'infinitive' && clause.relation === 'xcomp';
}
