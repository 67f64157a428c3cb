import type { SentenceView } from './sentence.js';

/** Nouns whose "of" phrase names what is missing: "the lack of talks", "in the absence of a ceasefire". */
const ABSENCE_NOUNS = new Set(['lack', 'absence']);

/** Nouns that count or group events: "no round of talks", "no series of strikes", "no new wave of attacks". */
const EVENT_COUNT_NOUNS = new Set(['round', 'series', 'wave', 'kind', 'sort', 'type', 'form']);

/** Whether "no" (with at most one adjective after it) ends at token `k`: "no round", "no new round". */
function deniedByNo(view: SentenceView, k: number): boolean {
  if (view.norm[k] === 'no') return true;
  return view.norm[k - 1] === 'no' && view.pos[k] === 'ADJ';
}

/**
 * Whether token `k` ends words that say the act named right after them did not take place: "without",
 * "instead of", "rather than", "the lack of", "the absence of", "no round of". The act may be a noun ("without talks",
 * "rather than a ceasefire") or a gerund ("without consulting", "instead of attacking").
 */
export function endsAbsenceMarker(view: SentenceView, k: number): boolean {
  const word = view.norm[k];
  if (word === 'without') return true;
  if (word === 'of') {
    const head = view.lemma[k - 1] ?? '';
    if (view.norm[k - 1] === 'instead' || ABSENCE_NOUNS.has(head)) return true;
    // "there was no round of talks": the count of the events is none
    return EVENT_COUNT_NOUNS.has(head) && deniedByNo(view, k - 2);
  }
  return word === 'than' && view.norm[k - 1] === 'rather';
}
