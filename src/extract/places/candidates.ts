import type { Token } from '../../core/records.js';
import type { Gazetteer, GazetteerEntry } from '../../knowledge/gazetteer.js';
import { keyPart } from '../../knowledge/place-key.js';

/** A run of tokens [tokenStart, tokenEnd) whose name the gazetteer knows. */
export interface Candidate {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly key: string;
  readonly entries: readonly GazetteerEntry[];
}

/** Lower-case words that may sit inside a place name ("Rostov-on-Don", "Isle of Man", "Bosnia and Herzegovina"). */
const CONNECTORS = new Set([
  'of',
  'on',
  'upon',
  'de',
  'del',
  'la',
  'le',
  'du',
  'da',
  'al',
  'el',
  'and',
  'the',
  '-',
  'au',
  'sur',
]);

export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const first = text[0]!;
  return first !== first.toLowerCase();
}

/**
 * Gazetteer names in a sentence's tokens, longest first: a name starts at a capitalised token and reads on
 * through capitalised tokens and connectors while the words so far are a prefix of some longer name.
 */
export function findCandidates(
  tokens: readonly Token[],
  start: number,
  end: number,
  gaz: Gazetteer,
): Candidate[] {
  const found: Candidate[] = [];
  let i = start;
  while (i < end) {
    const first = tokens[i]!;
    if (!isCapitalised(first.text)) {
      i++;
      continue;
    }
    let key = '';
    let best: Candidate | undefined;
    for (let j = i; j < end; j++) {
      const token = tokens[j]!;
      if (j > i && !isCapitalised(token.text) && !CONNECTORS.has(token.norm)) break;
      const part = keyPart(token.norm);
      if (part !== '') key = key === '' ? part : `${key} ${part}`;
      const entries = gaz.byKey.get(key);
      if (entries && isCapitalised(token.text)) best = { tokenStart: i, tokenEnd: j + 1, key, entries };
      if (!gaz.prefixes.has(key)) break;
    }
    if (best) {
      found.push(best);
      i = best.tokenEnd;
    } else i++;
  }
  return found;
}
