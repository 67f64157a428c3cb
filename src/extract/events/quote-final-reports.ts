import { members, QUOTES, skipBack } from './clause-tokens.js';
import type { Clause } from './clause-types.js';
import type { Phrase } from './phrases.js';
import type { SentenceView } from './sentence.js';
import { CLAIM_VERBS, COMPLAINT_VERBS, REPORTING_VERBS } from './words.js';

// Reporting verbs after a quote ('"…," Blinken said.', '"…," said Blinken'), which govern what the quote
// holds.

/** Prepositions after an accused or blamed party that say what they are accused of or blamed for. */
const CHARGE_PREPS = new Set(['of', 'for', 'over']);

/**
 * '"…," Blinken said.' and '"…," said Blinken': the reporting verb after a quote governs the predicates before
 * it that have no governor, and its subject may follow it.
 */
export function linkQuoteFinalReports(
  view: SentenceView,
  phrases: readonly Phrase[],
  clauses: Clause[],
): void {
  const { norm } = view;
  for (const clause of clauses) {
    const p = clause.predicate;
    // "…, saying it was …" is an adverbial gerund, never a quote-final report
    // '…, a rights group charged on Saturday': a claim or a complaint closes a report as "said" does
    const reports = REPORTING_VERBS.has(p.lemma) || COMPLAINT_VERBS.has(p.lemma) || CLAIM_VERBS.has(p.lemma);
    // ("…: Never, please, never tell us …": a negated verb after a comma is a plea, no report closing a quote)
    if (!reports || p.index === 0 || p.form === 'gerund' || p.negated) continue;
    let k = skipBack(view, p.start - 1);
    let inverted = false;
    const subject = clause.subjectFrom === 'phrase' ? clause.subject[0] : undefined;
    if (subject && subject.end === k + 1) k = skipBack(view, subject.start - 1);
    else inverted = true;
    const closes =
      (norm[k] === ',' && QUOTES.has(norm[k - 1] ?? '')) ||
      (QUOTES.has(norm[k] ?? '') && norm[k - 1] === ',') ||
      (QUOTES.has(norm[k] ?? '') && (norm[k - 1] === '.' || norm[k - 1] === '!' || norm[k - 1] === '?')) ||
      norm[k] === ',';
    if (!closes) continue;
    if (inverted) {
      const after = phrases.find((ph) => ph.start === p.end && ph.prep === undefined);
      if (!after) continue;
      // "a report, released on Tuesday, accused France of …": who is accused of or blamed for something
      // is the object, not a speaker after the verb
      if (CLAIM_VERBS.has(p.lemma) && CHARGE_PREPS.has(norm[after.end] ?? '')) continue;
      clause.subject = members(phrases, after);
      clause.subjectFrom = 'inverted';
    }
    for (const other of clauses) {
      if (other.predicate.index >= p.index) break;
      if (other.governor === undefined && other.relation === undefined) {
        other.governor = p.index;
        other.relation = 'quoted';
      }
    }
    clause.start = Math.min(clause.start, p.start);
  }
}
