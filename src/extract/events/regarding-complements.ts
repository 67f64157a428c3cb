// Verbs of weighing that also mean regarding: "we consider it important", "what I consider vital", "they
// considered them activists", "we consider that …" say what one thinks, not that a policy is weighed.
import type { Parsed } from './arguments.js';
import { skipAdverbs } from './direct-object.js';
import { groupEnd } from './object-slots.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';

/**
 * Whether the verb takes a judgement rather than a thing weighed: an adjective after the verb or after its
 * object ("consider it necessary", "consider extremely important"), "as" after the object ("considered them
 * as activists"), or a "that" clause ("we consider that the priority is …").
 */
/** Tags that open a judgement after the object: an adjective, or "one of …". */
const JUDGEMENT_TAGS = new Set(['ADJ', 'NUM']);

export function takesJudgement(parsed: Parsed, p: Predicate, object: Phrase | undefined): boolean {
  const { view } = parsed;
  const afterVerb = skipAdverbs(parsed, p.end);
  if (view.pos[afterVerb] === 'ADJ' && !object) return true;
  if (view.norm[afterVerb] === 'that' && view.pos[afterVerb] === 'SCONJ') return true;
  if (!object || p.passive) return false;
  const afterObject = skipAdverbs(parsed, groupEnd(parsed, object));
  // ("considers Italy one of its partners")
  return JUDGEMENT_TAGS.has(view.pos[afterObject] ?? '') || view.norm[afterObject] === 'as';
}
