import type { Clause, ClauseContext } from './clause-types.js';

// Causatives with a bare verb: "make Russia end the war", "let them leave", "helped Ukraine defend itself".
// The verb after the object has that object for its subject, and hangs from the causative as an infinitive
// after "forced X to" does, so the causative's mood and negation reach it.

/** Verbs taking "OBJECT VERB" with a bare infinitive whose act the object does. */
export const BARE_CAUSATIVES: ReadonlySet<string> = new Set(['make', 'let', 'help']);

/**
 * Links a bare verb right after a causative's object to that causative, as controlled by its object: "we will
 * make Russia withdraw its troops" leaves the withdrawal as intended as the making.
 */
export function linkBareCausatives(cx: ClauseContext): void {
  const { view, predicates, clauses } = cx;
  for (const clause of clauses) {
    const p = clause.predicate;
    if (p.index === 0 || clause.governor !== undefined || clause.subjectFrom !== 'phrase') continue;
    if (p.form !== 'finite' || p.start !== p.head || view.norm[p.head] !== view.lemma[p.head]) continue;
    const causative = predicates[p.index - 1]!;
    if (!BARE_CAUSATIVES.has(causative.lemma) || causative.passive) continue;
    const subject = clause.subject[0]!;
    if (subject.start !== causative.end || !endsBefore(clause, p.start)) continue;
    // "let me thank", "let me assure you": the speaker does it by saying so
    if (causative.lemma === 'let' && view.norm[subject.start] === 'me') continue;
    clause.governor = causative.index;
    clause.relation = 'object-control';
    clause.governorWord = causative.lemma;
  }
}

/** Whether the clause's subject phrases end right before its verb ("make Russia and Belarus withdraw"). */
function endsBefore(clause: Clause, verbStart: number): boolean {
  const last = clause.subject[clause.subject.length - 1]!;
  return last.end === verbStart;
}
