import type { Argument, Parsed } from './arguments.js';
import type { Clause } from './clauses.js';

// "Thank you very much, Mr President": thanks with no subject, the courtesy that opens or closes a turn of a
// transcript. Whoever speaks the turn thanks the one they address.

/** Marks that may open quoted words before "Thank you". */
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);

/**
 * The speaker who says a subjectless "Thank you" at the start of a sentence or a turn, when a turn's label or
 * the title names them and the actors stage knows whom "you" addresses.
 */
export function thankingSpeaker(parsed: Parsed, clause: Clause): Argument | undefined {
  const { view } = parsed;
  const p = clause.predicate;
  if (p.lemma !== 'thank' || view.norm[p.start] !== 'thank' || p.negated) return undefined;
  const before = view.norm[p.start - 1];
  if (before !== undefined && before !== ':' && !OPENING_QUOTES.has(before)) return undefined;
  const addressed = view.actorAt[p.end] ?? -1;
  if (view.norm[p.end] !== 'you' || addressed < 0) return undefined;
  const actor = parsed.speakerAt?.(view.offset + p.start);
  if (!actor || actor.id === view.actors[addressed]!.actor.id) return undefined;
  return { span: { start: p.start, end: p.start, actor, type: 'person' }, weight: 0.8 };
}
