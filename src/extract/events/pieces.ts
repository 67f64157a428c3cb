import type { SentenceView } from './sentence.js';

const SPLIT = /[-–]/;

/**
 * Tokens broken into word pieces at hyphens, so that a lexicon phrase written "build-up" or "cease fire"
 * matches the text whether the tokenizer kept the hyphenated word whole or split it.
 */
export interface Pieces {
  readonly norm: readonly (readonly string[])[];
  readonly lemma: readonly (readonly string[])[];
}

export function piecesOf(view: SentenceView): Pieces {
  const norm: string[][] = [];
  const lemma: string[][] = [];
  for (let i = 0; i < view.norm.length; i++) {
    const n = view.norm[i]!.split(SPLIT).filter((p) => p !== '');
    const l = view.lemma[i]!.split(SPLIT).filter((p) => p !== '');
    norm.push(n);
    lemma.push(l.length === n.length ? l : n);
  }
  return { norm, lemma };
}

/** Lookup keys for a word that may be a plural the tagger did not reduce ("Talks/PROPN"). */
export function nounKeys(norm: string, lemma: string): string[] {
  const keys = [norm, lemma];
  if (norm.endsWith('s')) keys.push(norm.slice(0, -1));
  if (esPlural(norm)) keys.push(norm.slice(0, -2));
  return keys;
}

/** "-es" is a plural ending only after a sibilant ("marches", "taxes"): "aides" is not "aid". */
function esPlural(norm: string): boolean {
  return /(s|x|z|ch|sh)es$/.test(norm);
}

function same(word: string, norm: string, lemma: string): boolean {
  if (word === norm || word === lemma) return true;
  // a lexicon lemma against a plural the tagger did not reduce ("arms", "talks")
  return (norm.endsWith('s') && norm.slice(0, -1) === word) || (esPlural(norm) && norm.slice(0, -2) === word);
}

/**
 * Matches the phrase `words` starting at token `at` (first piece); returns the local index just after the
 * last token matched, or -1. The match must end at the end of a token.
 */
export function matchWords(pieces: Pieces, words: readonly string[], at: number): number {
  let t = at;
  let k = 0;
  let w = 0;
  while (w < words.length) {
    if (t >= pieces.norm.length) return -1;
    const tokenPieces = pieces.norm[t]!;
    if (tokenPieces.length === 0) {
      // a bare hyphen token between pieces
      if (w === 0) return -1;
      t++;
      k = 0;
      continue;
    }
    if (!same(words[w]!, tokenPieces[k]!, pieces.lemma[t]![k]!)) return -1;
    w++;
    k++;
    if (k >= tokenPieces.length) {
      t++;
      k = 0;
    } else if (w === words.length) return -1;
  }
  return t;
}
