// The author of an event noun that a relative clause after it names: "the war that Russia started against
// Ukraine", "the special military operation which Russia launched", "the war unleashed by Russia". The noun
// is the object the relative pronoun (or the participle) stands for; the clause's subject (or agent) did it.

import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import { type Argument, actorsOfGroup, type Parsed } from './arguments.js';
import type { Clause } from './clauses.js';
import { carries } from './governing-predicate.js';
import { passiveAgent } from './passive-agent.js';

/** Verbs that set off an event beside the light ones: "the war Russia unleashed". */
const SETTING_OFF_VERBS = new Set(['unleash', 'initiate', 'provoke', 'instigate']);
/** Words that end the relative clause before the noun's own preposition could follow its verb. */
const CLAUSE_ENDS = new Set([',', ';', ':', '.', 'and', 'but']);

/** The relative clause after an event noun whose subject carried the event out, and what it names. */
export interface RelativeAuthor {
  readonly clause: number;
  readonly sources: Argument[];
  readonly targets: Argument[];
}

/**
 * The author of the event noun ending at `phraseEnd`, when "that" or "which" right after it opens a clause
 * with a subject of its own and a verb that carries the noun out, in the active voice: its subject, and the
 * actors the noun's own preposition names inside that clause ("started against Ukraine").
 */
export function relativeAuthor(
  parsed: Parsed,
  pattern: EventPattern,
  phraseEnd: number,
): RelativeAuthor | undefined {
  // (a statement issued or made is said, not done: "the statement that it issued" is only its matter)
  if (pattern.code.startsWith('01')) return undefined;
  const reduced = reducedRelativeAuthor(parsed, pattern, phraseEnd);
  if (reduced) return reduced;
  const { norm } = parsed.view;
  // ("support, that their families have a future": a "that" after a comma opens no relative clause)
  const pronoun = norm[phraseEnd] === ',' && norm[phraseEnd + 1] === 'which' ? phraseEnd + 1 : phraseEnd;
  if (norm[pronoun] !== 'that' && norm[pronoun] !== 'which') return undefined;
  const clause = parsed.clauses.find((c) => objectRelative(c, pronoun));
  if (!clause) return undefined;
  const p = clause.predicate;
  if (p.passive || !(carries(parsed, p) || SETTING_OFF_VERBS.has(p.lemma))) return undefined;
  if (!lacksObject(parsed, p.end)) return undefined;
  const sources = actorsOfGroup(parsed, clause.subject[0], 'source');
  if (sources.length === 0) return undefined;
  return { clause: p.index, sources, targets: ownPrepositionActors(parsed, pattern, p.end) };
}

/**
 * "the war started by Russia against Ukraine", "the war unleashed by Russia": a participle right after the
 * noun, of a verb that carries it out, with its agent after "by".
 */
function reducedRelativeAuthor(
  parsed: Parsed,
  pattern: EventPattern,
  phraseEnd: number,
): RelativeAuthor | undefined {
  // (the participle itself, with no auxiliary: "the visit was initiated by …" is a clause of its own)
  const clause = parsed.clauses.find(
    (c) => c.predicate.start === phraseEnd && c.predicate.head === phraseEnd && c.predicate.passive,
  );
  if (!clause) return undefined;
  const p = clause.predicate;
  if (!(carries(parsed, p) || SETTING_OFF_VERBS.has(p.lemma))) return undefined;
  const sources = passiveAgent(parsed, p);
  if (sources.length === 0) return undefined;
  return { clause: p.index, sources, targets: ownPrepositionActors(parsed, pattern, p.end) };
}

/** Particles of phrasal verbs, after which an object may still follow ("take back the territory"). */
const PARTICLES = new Set(['back', 'up', 'out', 'off', 'down', 'away', 'over']);
/** Tags that open an object of the verb, which then is not the noun the relative pronoun stands for. */
const OBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);

/**
 * Whether the verb ending at `end` has no object of its own, so the relative pronoun is its object: past
 * adverbs, particles and an infinitive it takes ("trying to unleash"), no noun phrase follows ("a threat that
 * they will try to take back the territory" is no act of threatening).
 */
function lacksObject(parsed: Parsed, end: number): boolean {
  const { norm, pos } = parsed.view;
  let k = end;
  for (let steps = 0; steps < 6; steps++) {
    while (pos[k] === 'ADV' || PARTICLES.has(norm[k] ?? '')) k++;
    if (norm[k] === 'to' && pos[k + 1] === 'VERB') k += 2;
    else break;
  }
  return !OBJECT_TAGS.has(pos[k] ?? '');
}

/** Whether a clause's subject starts right after the relative pronoun at `pronoun` (its object is the noun). */
function objectRelative(c: Clause, pronoun: number): boolean {
  const subject = c.subject[0];
  return c.subjectFrom === 'phrase' && subject !== undefined && subject.start === pronoun + 1;
}

/**
 * The actors after the noun's own preposition, or "against", in the relative clause, past a time or a place
 * ("launched on 24 February in Ukraine"), before the clause ends or another verb starts.
 */
function ownPrepositionActors(parsed: Parsed, pattern: EventPattern, from: number): Argument[] {
  const { norm, pos } = parsed.view;
  for (let k = from; k < norm.length && k < from + 10; k++) {
    if (CLAUSE_ENDS.has(norm[k]!) || pos[k] === 'VERB' || pos[k] === 'AUX') return [];
    const prep = norm[k]!;
    if (prep !== pattern.prep && prep !== 'against') continue;
    const phrase = parsed.phrases.find((ph) => ph.start > k && ph.start <= k + 2 && ph.prep === prep);
    return actorsOfGroup(parsed, phrase);
  }
  return [];
}
