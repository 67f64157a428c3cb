// An organisation's short name: after "Governor of the Bank of Russia Elvira Nabiullina", "the Bank" is the
// Bank of Russia, as "the Commission" after "the European Commission" is the Commission. News capitalises
// the head word of a body it has named in full to refer back to that body.

import { entriesOf, lexiconAt } from './lexicon-scan.js';
import type { MentionScan } from './scan.js';
import { isCapitalised } from './token-shape.js';

/** Tags of a word that make the capitalised word a modifier ("the European aspirations", "the Muslim and Arab world"). */
const NOUN_GOES_ON: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ']);
/** How far back, in tokens, the full name may stand: the article so far, within reason. */
const LOOK_BACK = 4000;
/** The most words of a known organisation's name before the short name's word ("People's Bank of China"). */
const NAME_REACH = 4;

/**
 * "the Bank": "the" and one capitalised word that is no name of its own (at most an agent word: "bank"),
 * followed by no more of a name, is the organisation named earlier in the article whose name holds that
 * word. Emits the organisation and returns the position after the word, or undefined.
 */
export function shortNameAt(scan: MentionScan, t: number, end: number, sentence: number): number | undefined {
  const { k, tokens, norms } = scan;
  const w = t + 1;
  if (norms[t] !== 'the' || w >= end || !isCapitalised(tokens[w]!) || tokens[w]!.pos === 'ADJ')
    return undefined;
  // "the Bank would", "the Bank." but not "the European aspirations", "the Bank of …"
  const next = tokens[w + 1];
  if (tokens[w]!.pos !== 'NOUN' && tokens[w]!.pos !== 'PROPN') return undefined;
  if (
    next &&
    next.sentence === sentence &&
    (isCapitalised(next) || NOUN_GOES_ON.has(next.pos) || norms[w + 1] === 'of')
  )
    return undefined;
  if (lexiconAt(k, tokens, norms, t, end).some((h) => h.end > w)) return undefined;
  const own = lexiconAt(k, tokens, norms, w, end);
  if (own.some((h) => h.values.some((v) => v.entry.kind !== 'agent'))) return undefined;
  const id = namedBefore(scan, w);
  if (id === undefined) return undefined;
  scan.emit(t, w + 1, sentence, 'org', { kind: 'org', id }, 'kb.org.short-name');
  return w + 1;
}

/**
 * The organisation whose full name, written earlier in the article, holds the word at `w` (capitalised):
 * the nearest one.
 */
function namedBefore(scan: MentionScan, w: number): string | undefined {
  const { k, tokens, norms } = scan;
  const word = norms[w]!;
  for (let j = w - 2; j >= 0 && j > w - LOOK_BACK; j--) {
    if (norms[j] !== word || !isCapitalised(tokens[j]!)) continue;
    for (let s = j; s >= 0 && s >= j - NAME_REACH; s--) {
      const hit = lexiconAt(k, tokens, norms, s, w).find((h) => h.end > j);
      const org = entriesOf(hit, 'org')[0];
      if (org) return org.id;
    }
  }
  return undefined;
}
