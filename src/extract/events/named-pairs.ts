import { isPersonRef } from '../actors/refs.js';
import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import type { ActorSpan } from './sentence.js';
import { isIdentifiedCode } from './words.js';

// The pairs the next sentences may name together ("the two leaders", "they"): two actors named together in a
// sentence, and the two parties of a meeting or call it codes.

/**
 * The last two actors named together in the sentence ("between Ukraine and Russia"), for "the two nations",
 * and whether they are the subject of a clause.
 */
export function lastPair(parsed: Parsed): { spans: ActorSpan[]; acting: boolean } | undefined {
  let found: { spans: ActorSpan[]; acting: boolean } | undefined;
  for (const phrase of parsed.phrases) {
    if (phrase.group.length < 2 || phrase.group[0] !== phrase.index) continue;
    const spans: ActorSpan[] = [];
    for (const g of phrase.group) {
      const member = parsed.phrases[g]!;
      const a = parsed.view.actorAt[member.head]!;
      if (a >= 0) spans.push(parsed.view.actors[a]!);
    }
    if (spans.length === 2)
      found = { spans, acting: parsed.clauses.some((c) => c.subject[0]?.index === phrase.index) };
  }
  return found;
}

/** Contact, meetings and talks (04). */
const CONSULT_ROOT = '04';

/** One country's actors, not two people of it ("Zelenskyy met Kuleba" is a pair, Zelenskyy and Ukraine are not). */
function sameSide(a: ActorSpan['actor'], b: ActorSpan['actor']): boolean {
  return a.code.slice(0, 3) === b.code.slice(0, 3) && !(isPersonRef(a) && isPersonRef(b));
}

/**
 * "Putin had a telephone conversation with Macron. The two leaders discussed …": the one party and the
 * other of a meeting or a call are a pair the next sentences may name together.
 */
export function meetingPair(kept: readonly Candidate[]): ActorSpan[] | undefined {
  for (const c of kept) {
    if (c.negated || !c.code.startsWith(CONSULT_ROOT)) continue;
    // "Blinken met Lavrov", or "Russian and Ukrainian negotiators met"
    const two =
      c.sources.length === 1 && c.targets.length === 1
        ? [c.sources[0]!, c.targets[0]!]
        : c.sources.length === 2 && c.targets.length === 0
          ? c.sources
          : undefined;
    if (!two) continue;
    const source = two[0]!.span;
    const target = two[1]!.span;
    if (!isIdentifiedCode(source.actor.code) || !isIdentifiedCode(target.actor.code)) continue;
    if (source.actor.id === target.actor.id) continue;
    // ("Zelenskyy … their visit to our country": a state's leader and the state are no two parties)
    if (sameSide(source.actor, target.actor)) continue;
    return [source, target];
  }
  return undefined;
}
