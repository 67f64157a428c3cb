// What the rest of the document says about a word. News names a person in
// full once and by surname later, and a sentence-initial or headline word is
// capitalised whatever it is; how the same word is written, and what it was
// tagged, elsewhere in the document settles many of those cases.
// An open-addressing table keyed by the lower-case hash: no strings, no Map.

import { F_CAPS_SENT, F_HAS_LOWER, F_HAS_UPPER, F_SENT_START, type TokenTable } from './tokens.js';

export const SEEN_LOWER = 1; // written all lower case somewhere ("march")
export const SEEN_CAP_MID = 2; // capitalised mid-sentence, outside headlines
/** History slots: O, then one per entity type (tags.ts typeSlot). */
export const SLOTS = 5;

export class DocMemory {
  private size = 0;
  private keys = new Int32Array(0);
  private seen = new Int32Array(0);
  private counts = new Int32Array(0);
  private slotOf = new Int32Array(0);
  /** First token of each slot's word, and the next token with the same word (-1 ends). */
  private first = new Int32Array(0);
  private last = new Int32Array(0);
  private nextSame = new Int32Array(0);

  /** Indexes the document's tokens; clears the tagging history. */
  fill(tt: TokenTable): void {
    const n = tt.n;
    let size = 64;
    while (size < n * 2) size *= 2;
    if (size > this.size) {
      this.size = size;
      this.keys = new Int32Array(size);
      this.seen = new Int32Array(size);
      this.counts = new Int32Array(size * SLOTS);
      this.first = new Int32Array(size);
      this.last = new Int32Array(size);
    } else {
      size = this.size;
      this.keys.fill(0);
      this.seen.fill(0);
      this.counts.fill(0);
    }
    if (this.slotOf.length < n) {
      this.slotOf = new Int32Array(Math.max(n, 64));
      this.nextSame = new Int32Array(Math.max(n, 64));
    }
    const mask = this.size - 1;
    for (let i = 0; i < n; i++) {
      const key = tt.lower[i]! || 1; // 0 marks an empty slot
      let s = key & mask;
      for (;;) {
        const k = this.keys[s]!;
        if (k === key) break;
        if (k === 0) {
          this.keys[s] = key;
          this.first[s] = -1;
          break;
        }
        s = (s + 1) & mask;
      }
      this.slotOf[i] = s;
      this.nextSame[i] = -1;
      if (this.first[s] === -1) this.first[s] = i;
      else this.nextSame[this.last[s]!] = i;
      this.last[s] = i;
      const f = tt.flags[i]!;
      if (f & F_HAS_LOWER && !(f & F_HAS_UPPER)) this.seen[s]! |= SEEN_LOWER;
      else if (f & F_HAS_UPPER && !(f & (F_SENT_START | F_CAPS_SENT))) this.seen[s]! |= SEEN_CAP_MID;
    }
  }

  /** SEEN_* bits for token i's word form, over the whole document. */
  seenFlags(i: number): number {
    return this.seen[this.slotOf[i]!]!;
  }

  /** The first token with token i's word; follow with nextOccurrence(). */
  firstOccurrence(i: number): number {
    return this.first[this.slotOf[i]!]!;
  }

  /** The next token after j with the same word, or -1. */
  nextOccurrence(j: number): number {
    return this.nextSame[j]!;
  }

  /** Counts one prediction for token i (slot 0 = O, 1 + k = type k). */
  record(i: number, slot: number): void {
    this.counts[this.slotOf[i]! * SLOTS + slot]!++;
  }

  /** Most frequent earlier prediction for token i's word, or -1 if none. */
  history(i: number): number {
    const base = this.slotOf[i]! * SLOTS;
    let best = -1;
    let bestCount = 0;
    for (let k = 0; k < SLOTS; k++) {
      const c = this.counts[base + k]!;
      if (c > bestCount) {
        best = k;
        bestCount = c;
      }
    }
    return best;
  }
}
