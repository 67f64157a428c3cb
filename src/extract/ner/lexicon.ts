// Optional gazetteers. A lexicon maps a name (e.g. "PER", "LOC", or any label a
// dictionary wants) to a set of lower-case phrases, tokens separated by single
// spaces. Phrases are hashed once up front; matching folds the per-token hashes
// the tagger already has, so lookups allocate nothing.

import { lowerCode } from './chars.js';
import { FNV_OFFSET, hashString, mix } from './hash.js';
import type { TokenTable } from './tokens.js';

export type Lexicon = ReadonlyMap<string, ReadonlySet<string>>;

/** At most this many lexicon names (two mark bits each in an int). */
export const MAX_LEXICONS = 15;

/** Same value as TokenTable.lower for this token text. */
function lowerHash(token: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < token.length; k++) h = mix(h, lowerCode(token.charCodeAt(k)));
  return h;
}

function phraseHash(tokenHashes: readonly number[]): number {
  let h = FNV_OFFSET;
  for (const t of tokenHashes) h = mix(h, t);
  return h;
}

export class CompiledLexicon {
  /** Hash of each lexicon's name, used in feature hashes. */
  readonly nameHashes: Int32Array;
  private readonly sets: Set<number>[];
  private readonly maxLen: number;
  /** Per token: bit 2k = a phrase of lexicon k starts here, 2k+1 = continues. */
  marks = new Int32Array(0);

  constructor(lexicon: Lexicon) {
    const names = [...lexicon.keys()];
    if (names.length > MAX_LEXICONS) throw new Error(`at most ${MAX_LEXICONS} lexicons, got ${names.length}`);
    this.nameHashes = Int32Array.from(names, (n) => hashString(n));
    this.sets = [];
    let maxLen = 0;
    for (const name of names) {
      const set = new Set<number>();
      for (const phrase of lexicon.get(name) ?? []) {
        const toks = phrase.split(/\s+/).filter((t) => t.length > 0);
        if (toks.length === 0) continue;
        maxLen = Math.max(maxLen, toks.length);
        set.add(phraseHash(toks.map(lowerHash)));
      }
      this.sets.push(set);
    }
    this.maxLen = maxLen;
  }

  get size(): number {
    return this.sets.length;
  }

  /** Marks every phrase occurrence inside a sentence of the table. */
  fill(tt: TokenTable): void {
    const n = tt.n;
    if (this.marks.length < n) this.marks = new Int32Array(Math.max(n, 64));
    this.marks.fill(0, 0, n);
    const lexicons = this.sets.length;
    for (let i = 0; i < n; i++) {
      const end = Math.min(tt.sentEnd[i]!, i + this.maxLen);
      let h = FNV_OFFSET;
      for (let j = i; j < end; j++) {
        h = mix(h, tt.lower[j]!);
        for (let k = 0; k < lexicons; k++) {
          if (!this.sets[k]!.has(h)) continue;
          this.marks[i]! |= 1 << (2 * k);
          for (let m = i + 1; m <= j; m++) this.marks[m]! |= 1 << (2 * k + 1);
        }
      }
    }
  }
}
