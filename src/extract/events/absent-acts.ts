import type { SentenceView } from './sentence.js';

/** Nouns whose "of" phrase names what is missing: "the lack of talks", "in the absence of a ceasefire". */
const ABSENCE_NOUNS = new Set(['lack', 'absence']);

/**
 * Whether token `k` ends words that say the act named right after them did not take place: "without",
 * "instead of", "rather than", "the lack of", "the absence of". The act may be a noun ("without talks",
 * "rather than a ceasefire") or a gerund ("without consulting", "instead of attacking").
 */
export function endsAbsenceMarker(view: SentenceView, k: number): boolean {
  const word = view.norm[k];
  if (word === 'without') return true;
  if (word === 'of') return view.norm[k - 1] === 'instead' || ABSENCE_NOUNS.has(view.lemma[k - 1] ?? '');
  return word === 'than' && view.norm[k - 1] === 'rather';
}
