import type { MentionScan } from './scan.js';
import { isCapitalised } from './token-shape.js';

// The names of documents: "the Treaty of Friendship, Cooperation and Mutual Assistance", "the Agreement on
// Trade, Investment and Economic Partnership". The tagger reads the later pieces of such a name as bodies
// or people of their own ("Cooperation", "Mutual Assistance"); they are words of the document's name.

/** Words that open the name of a document, not of a body: "the Treaty of Friendship", "the Minsk Protocol". */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'treaty',
  'agreement',
  'agreements',
  'accord',
  'accords',
  'memorandum',
  'declaration',
  'convention',
  'protocol',
  'charter',
  'pact',
  'communique',
  'communiqué',
  'resolution',
]);

/** Prepositions that join a document's head to what it is about ("Treaty of", "Agreement on"). */
const DOCUMENT_PREPS = new Set(['of', 'on', 'for']);

/** Small words inside one piece of a name ("Non-Proliferation of Nuclear Weapons", "the Sea"). */
const NAME_JOINERS = new Set(['of', 'the', 'on', 'for', 'in', '-']);

/**
 * Where the name of a document opened at token `t` ends ("Treaty" or "Agreement", capitalised, and "of",
 * "on" or "for"): its first piece of capitalised words, and the pieces of a list after it when the list
 * ends in "and" and a last piece ("…, Cooperation and Mutual Assistance"). A comma with no "and" after it
 * ends the name ("the Treaty of Friendship, Ivan Petrov said"). Returns `t` when no document name opens
 * there.
 */
export function documentNameEnd(scan: MentionScan, t: number, end: number): number {
  const { tokens, norms } = scan;
  if (!isCapitalised(tokens[t]!) || !DOCUMENT_HEADS.has(norms[t]!) || !DOCUMENT_PREPS.has(norms[t + 1] ?? ''))
    return t;
  let q = norms[t + 2] === 'the' ? t + 3 : t + 2;
  let named = pieceEnd(scan, q, end);
  if (named === q) return t;
  q = named;
  // pieces after commas count only once an "and" closes the list
  while (q < end) {
    const comma = norms[q] === ',';
    if (!comma && norms[q] !== 'and' && norms[q] !== '&') break;
    const last = !comma || norms[q + 1] === 'and';
    const next = comma && last ? q + 2 : q + 1;
    const after = pieceEnd(scan, next, end);
    if (after === next) break;
    q = after;
    if (last) {
      named = q;
      break;
    }
  }
  return named;
}

/** The end of one piece of a name from `start`: capitalised words, with small words between them. */
function pieceEnd(scan: MentionScan, start: number, end: number): number {
  const { tokens, norms } = scan;
  let q = start;
  let last = start;
  while (q < end) {
    if (isCapitalised(tokens[q]!)) last = ++q;
    else if (q > start && NAME_JOINERS.has(norms[q]!)) q++;
    else break;
  }
  return last;
}
