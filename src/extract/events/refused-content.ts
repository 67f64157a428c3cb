import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { phraseAt } from './phrases.js';

/**
 * "rejected a US offer to host a summit": a refusal that took in the act it refuses (the hosting) takes in
 * the events named inside that act too; the summit was neither held nor intended by the one refusing.
 */
export function dropRefusedContent(parsed: Parsed, out: readonly Candidate[]): void {
  for (const noun of out) {
    if (noun.kind !== 'noun' || noun.absorbed || noun.clause === undefined) continue;
    const carrier = out.find((v) => v.kind === 'verb' && v.clause === noun.clause);
    if (!carrier?.absorbed) continue;
    // only what the refused act does ("host a summit"), not the circumstances ("despite pressure by Kenya")
    const phrase = phraseAt(parsed.phrases, noun.trigger[0]);
    if (!phrase || parsed.phrases[phrase.group[0]!]!.prep !== undefined) continue;
    const governor = parsed.clauses[noun.clause]!.governor;
    if (out.some((v) => v.kind === 'verb' && !v.absorbed && v.clause === governor && v.code.startsWith('12')))
      noun.absorbed = true;
  }
}
