import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { phraseEndingAt } from './clause-tokens.js';
import type { Clause } from './clause-types.js';
import type { Phrase } from './phrases.js';

/**
 * "The US is providing intelligence to Kenya, which is preparing an offensive against the rebels",
 * "tortured refugees, whom the authorities blame for the conflict": a relative clause on a party the coded
 * act names after its verb describes that party; the act it tells of is background to the sentence's
 * event, not a second event the sentence reports.
 */
export function dropRelativeBackground(parsed: Parsed, out: readonly Candidate[]): void {
  const { clauses } = parsed;
  for (const c of out) {
    if (c.absorbed || c.clause === undefined) continue;
    const antecedent = relativeAntecedent(parsed, clauses[c.clause]!);
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

/**
 * The noun a who/which/whom clause describes: the clause's own subject when the pronoun is it ("Kenya,
 * which is preparing …"), or the phrase before the pronoun when the clause has a subject of its own
 * ("refugees, whom the authorities blame for …").
 */
function relativeAntecedent(parsed: Parsed, clause: Clause): Phrase | undefined {
  const { view, phrases } = parsed;
  if (clause.predicate.form === 'participle') return undefined;
  if (clause.subjectFrom === 'relative') {
    const word = view.norm[clause.predicate.start - 1];
    return word === 'which' || word === 'who' || word === 'whom' ? clause.subject[0] : undefined;
  }
  const subject = clause.subject[0];
  if (!subject || clause.subjectFrom !== 'phrase') return undefined;
  const at = subject.start - 1;
  if (view.norm[at] !== 'whom' && view.norm[at] !== 'which') return undefined;
  return phraseEndingAt(phrases, view.norm[at - 1] === ',' ? at - 1 : at);
}
