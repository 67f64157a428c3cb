import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { stronger } from './stance.js';
import { OBJECT_HYPOTHETICAL_VERBS, OBJECT_NEGATING_VERBS } from './words.js';

/** Verbs that put on the event their object names: staging a protest is the protest itself. */
const STAGING_VERBS = new Set(['stage', 'hold', 'organise', 'organize', 'mount', 'launch', 'call']);

/**
 * "police prevented a demonstration staged by students", "the council cancelled a march organised by the
 * union": a participle that describes an event noun names that same event, so the event takes the stance
 * the noun has as the object of the verb before it — prevented or forbidden, it is not asserted to have
 * taken place (hypothetical); cancelled or called off, it is negated. Only participles that stage the very
 * event the noun names are read this way: "blocked aid sent by the UN" still asserts the sending.
 */
export function describedActStances(parsed: Parsed, candidates: readonly Candidate[]): void {
  const { view, clauses, predicates } = parsed;
  for (const c of candidates) {
    if (c.kind !== 'verb' || c.clause === undefined || c.pattern.object.length === 0) continue;
    const clause = clauses[c.clause]!;
    const p = clause.predicate;
    if (p.form !== 'participle' || !p.passive || !STAGING_VERBS.has(p.lemma)) continue;
    const noun = clause.subject[0];
    const verb = predicates[c.clause - 1];
    if (!noun || !verb || noun.start !== verb.end || noun.end !== p.start || verb.negated) continue;
    const object = c.pattern.object;
    if (view.lemma[noun.head] !== object[object.length - 1]) continue;
    if (OBJECT_NEGATING_VERBS.has(verb.lemma)) c.negated = true;
    else if (OBJECT_HYPOTHETICAL_VERBS.has(verb.lemma)) c.modality = stronger(c.modality, 'hypothetical');
  }
}
