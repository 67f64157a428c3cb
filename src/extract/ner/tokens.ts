// Per-token analysis, done once per token before tagging: hashes of the word,
// its lower-case form, shapes and affixes, plus flags and sentence bounds.
// Feature templates then combine these numbers instead of re-reading chars.

import { charClass, DIGIT, LOWER, lowerCode, OTHER, UPPER } from './chars.js';
import { FNV_OFFSET, mix } from './hash.js';

/** Longest prefix / suffix used as a feature. */
export const AFFIX = 4;
/** Runs of one character class longer than this collapse in the long shape ("Xxxx"). */
const SHAPE_RUN = 4;

// Token flags.
export const F_INIT_CAP = 1; // first character is an upper-case letter
export const F_ALL_CAPS = 2; // has letters, none lower case ("NATO", "U.S.")
export const F_HAS_UPPER = 4;
export const F_HAS_LOWER = 8;
export const F_HAS_DIGIT = 16;
export const F_ALL_DIGIT = 32;
export const F_HAS_OTHER = 64; // punctuation, symbols
export const F_SENT_START = 128; // first token of its sentence
export const F_CAPS_SENT = 256; // its sentence has no lower-case letter (a headline)
export const F_MIXED = 512; // upper case after a lower case letter ("McDonald", "iPhone")

/** Shape codes fed to the hash: the classes plus the literal char for OTHER. */
const SHAPE_CODE = [0, 88 /* X */, 120 /* x */, 100 /* d */];

export class TokenTable {
  n = 0;
  private cap = 0;
  word = new Int32Array(0);
  lower = new Int32Array(0);
  shape = new Int32Array(0); // collapsed runs: "Xx", "X.X.", "d-d"
  longShape = new Int32Array(0); // runs capped at 4: "Xxxx", "XX", "dd"
  prefix = new Int32Array(0); // n × AFFIX, lower-case, 0 when shorter
  suffix = new Int32Array(0);
  flags = new Int32Array(0);
  length = new Int32Array(0);
  sentStart = new Int32Array(0);
  sentEnd = new Int32Array(0);
  /** Maximal run of capitalised tokens around i (outside headlines): [runStart, runEnd). */
  runStart = new Int32Array(0);
  runEnd = new Int32Array(0);

  private grow(n: number): void {
    if (n <= this.cap) return;
    const cap = Math.max(n, this.cap * 2, 64);
    this.cap = cap;
    this.word = new Int32Array(cap);
    this.lower = new Int32Array(cap);
    this.shape = new Int32Array(cap);
    this.longShape = new Int32Array(cap);
    this.prefix = new Int32Array(cap * AFFIX);
    this.suffix = new Int32Array(cap * AFFIX);
    this.flags = new Int32Array(cap);
    this.length = new Int32Array(cap);
    this.sentStart = new Int32Array(cap);
    this.sentEnd = new Int32Array(cap);
    this.runStart = new Int32Array(cap);
    this.runEnd = new Int32Array(cap);
  }

  /**
   * Analyses a token sequence. `starts[i]` marks sentence starts; without it
   * the whole sequence is one sentence. Token 0 always starts a sentence.
   */
  fill(tokens: readonly string[], starts?: ArrayLike<boolean>): void {
    const n = tokens.length;
    this.grow(n);
    this.n = n;
    for (let i = 0; i < n; i++) this.analyse(i, tokens[i]!);
    // Sentence bounds, then the headline flag per sentence.
    let s = 0;
    for (let i = 0; i <= n; i++) {
      if (i === n || (i > 0 && starts?.[i] === true)) {
        let caps = false;
        let lower = false;
        for (let k = s; k < i; k++) {
          const f = this.flags[k]!;
          if (f & F_HAS_LOWER) lower = true;
          if (f & F_HAS_UPPER) caps = true;
        }
        const headline = caps && !lower;
        for (let k = s; k < i; k++) {
          this.sentStart[k] = s;
          this.sentEnd[k] = i;
          if (headline) this.flags[k]! |= F_CAPS_SENT;
        }
        if (s < i) this.flags[s]! |= F_SENT_START;
        s = i;
      }
    }
    this.fillRuns();
  }

  /**
   * Runs of consecutive capitalised tokens ("Melbourne Cricket Ground"): a
   * name's extent and its last word ("Club", "Corp") say much about its type.
   * In a headline every word is capitalised, so there a token is its own run.
   */
  private fillRuns(): void {
    const n = this.n;
    let i = 0;
    while (i < n) {
      const f = this.flags[i]!;
      let j = i + 1;
      if (f & F_INIT_CAP && !(f & F_CAPS_SENT)) {
        const end = this.sentEnd[i]!;
        while (j < end && this.flags[j]! & F_INIT_CAP) j++;
      }
      for (let k = i; k < j; k++) {
        this.runStart[k] = i;
        this.runEnd[k] = j;
      }
      i = j;
    }
  }

  private analyse(i: number, w: string): void {
    const len = w.length;
    let hw = FNV_OFFSET;
    let hl = FNV_OFFSET;
    let hs = FNV_OFFSET;
    let hls = FNV_OFFSET;
    let flags = 0;
    let prevClass = -1;
    let prevCode = -1;
    let run = 0;
    let upper = 0;
    let lower = 0;
    let digit = 0;
    let other = 0;
    const pbase = i * AFFIX;
    for (let k = 0; k < len; k++) {
      const c = w.charCodeAt(k);
      const cls = charClass(c);
      hw = mix(hw, c);
      hl = mix(hl, lowerCode(c));
      if (k < AFFIX) this.prefix[pbase + k] = hl;
      const code = cls === OTHER ? c : SHAPE_CODE[cls]!;
      if (code !== prevCode) {
        hs = mix(hs, code);
        run = 0;
      }
      if (++run <= SHAPE_RUN) hls = mix(hls, code);
      if (cls === UPPER) {
        upper++;
        if (prevClass === LOWER) flags |= F_MIXED;
      } else if (cls === LOWER) lower++;
      else if (cls === DIGIT) digit++;
      else other++;
      prevClass = cls;
      prevCode = code;
    }
    for (let k = len; k < AFFIX; k++) this.prefix[pbase + k] = 0;
    // Suffixes hash from the last character backwards: a different hash from
    // the forward one, which is fine, it only has to be consistent.
    let hx = FNV_OFFSET;
    for (let k = 0; k < AFFIX; k++) {
      if (k < len) {
        hx = mix(hx, lowerCode(w.charCodeAt(len - 1 - k)));
        this.suffix[pbase + k] = hx;
      } else this.suffix[pbase + k] = 0;
    }
    if (len > 0 && charClass(w.charCodeAt(0)) === UPPER) flags |= F_INIT_CAP;
    if (upper > 0) flags |= F_HAS_UPPER;
    if (lower > 0) flags |= F_HAS_LOWER;
    if (upper > 0 && lower === 0) flags |= F_ALL_CAPS;
    if (digit > 0) flags |= F_HAS_DIGIT;
    if (digit > 0 && digit === len) flags |= F_ALL_DIGIT;
    if (other > 0) flags |= F_HAS_OTHER;
    this.word[i] = hw;
    this.lower[i] = hl;
    this.shape[i] = hs;
    this.longShape[i] = hls;
    this.flags[i] = flags;
    this.length[i] = len;
  }
}
