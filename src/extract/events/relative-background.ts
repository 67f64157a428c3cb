import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';

/**
 * "The US is providing intelligence to Macedonia, which is preparing an offensive against the rebels": a
 * relative clause on a party the coded act names after its verb describes that party; the act it tells of
 * is background to the sentence's event, not a second event the sentence reports.
 */
export function dropRelativeBackground(parsed: Parsed, out: readonly Candidate[]): void {
  const { clauses, view } = parsed;
  for (const c of out) {
    if (c.absorbed || c.clause === undefined) continue;
    const clause = clauses[c.clause]!;
    if (clause.subjectFrom !== 'relative' || clause.predicate.form === 'participle') continue;
    const word = view.norm[clause.predicate.start - 1];
    if (word !== 'which' && word !== 'who' && word !== 'whom') continue;
    const antecedent = clause.subject[0];
    if (!antecedent) continue;
    const main = out.find(
      (m) =>
        m !== c &&
        !m.absorbed &&
        m.kind === 'verb' &&
        m.clause !== undefined &&
        m.clause < c.clause! &&
        m.trigger[1] <= antecedent.start &&
        m.targets.some((t) => t.span.start >= antecedent.start && t.span.end <= antecedent.end),
    );
    if (main) c.absorbed = true;
  }
}
