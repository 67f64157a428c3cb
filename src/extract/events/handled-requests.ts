// A request named as the work of the one who handles it: "working to fulfil individual requests", "the
// ministry processes the appeals". The request was made earlier, by others; handling it is no appeal.
import type { NounMatch } from './noun-match.js';
import type { Predicate } from './predicates.js';

/** Verbs that carry out or process a request without answering its author in words. */
const HANDLING_VERBS = new Set(['fulfil', 'fulfill', 'satisfy', 'process', 'handle', 'examine']);

/** Roots of requests named by nouns: appeals (02) and demands (10). */
const REQUEST_ROOTS = new Set(['02', '10']);

/** Whether the noun names a request that the governing verb fulfils or processes. */
export function handledRequest(
  match: NounMatch,
  governing: { predicate: Predicate; direct: boolean } | undefined,
): boolean {
  return (
    governing?.direct === true &&
    REQUEST_ROOTS.has(match.pattern.code.slice(0, 2)) &&
    HANDLING_VERBS.has(governing.predicate.lemma)
  );
}
