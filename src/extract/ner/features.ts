// Feature templates. A feature is a template id folded with a few per-token
// hashes from TokenTable, avalanched and masked into a fixed hash space; the
// indices go into a caller's reused Int32Array. Nothing here allocates.
// Changing any template changes what the weights mean: bump TEMPLATES_VERSION.
//
// Only what exists at run time is used (no part-of-speech or chunk tags):
// - the token: word, lower case, 1–4 char prefixes and suffixes, short and
//   long shape, form flags (capitalised, all caps, digits, …);
// - its sentence: lower-case words and shapes at ±1 and ±2, word bigrams,
//   shape n-grams, sentence start, headline (a sentence without lower case);
// - the run of capitalised tokens it is in: length, position, first and last
//   word, the words around it ("at the Melbourne Cricket Ground on");
// - the document: whether the word is also written lower case or capitalised
//   mid-sentence elsewhere, and the neighbours of its other mentions;
// - the labels already chosen: previous two, and this word's earlier labels;
// - optional lexicons (gazetteers), when the weights were trained with them.

import { type DocMemory, SEEN_CAP_MID, SEEN_LOWER } from './doc-memory.js';
import { FNV_OFFSET, finish, mix } from './hash.js';
import type { CompiledLexicon } from './lexicon.js';
import {
  AFFIX,
  F_ALL_CAPS,
  F_ALL_DIGIT,
  F_CAPS_SENT,
  F_HAS_DIGIT,
  F_HAS_OTHER,
  F_HAS_UPPER,
  F_INIT_CAP,
  F_MIXED,
  F_SENT_START,
  type TokenTable,
} from './tokens.js';

export const TEMPLATES_VERSION = 1;

/**
 * Upper bound on the features one token can emit (sizes the buffers): 55
 * static at most, 2 per lexicon (MAX_LEXICONS = 15), 6 dynamic.
 */
export const MAX_FEATURES = 128;

// Template ids. Values only need to be distinct.
const T_BIAS = 1;
const T_WORD = 2;
const T_LOWER = 3;
const T_PREFIX = 4; // + affix length in the hash
const T_SUFFIX = 5;
const T_SHAPE = 6;
const T_LONG_SHAPE = 7;
const T_FLAGS = 8;
const T_LOWER_AT = 9; // + relative position
const T_SHAPE_AT = 10; // + relative position
const T_BIGRAM_LEFT = 11;
const T_BIGRAM_RIGHT = 12;
const T_SHAPE_TRIGRAM = 13;
const T_SHAPE_LEFT = 14;
const T_SHAPE_RIGHT = 15;
const T_LEFT_WORD_SHAPE = 16;
const T_SHAPE_RIGHT_WORD = 17;
const T_START_LOWER = 18;
const T_HEADLINE_LOWER = 19;
const T_DOC_SEEN = 20;
const T_LEXICON = 21;
const T_PREV = 22;
const T_PREV2 = 23;
const T_PREV_LOWER = 24;
const T_PREV_SHAPE = 25;
const T_HISTORY = 26;
const T_HISTORY_FLAGS = 27;
const T_SUFFIX_AT = 28;
const T_RUN = 29;
const T_RUN_FIRST = 30;
const T_RUN_LAST = 31;
const T_RUN_BEFORE = 32;
const T_RUN_AFTER = 33;
const T_OTHER_LEFT = 34;
const T_OTHER_RIGHT = 35;
const T_OTHER_RUN_LAST = 36;
const T_OTHER_RUN_BEFORE = 37;
const T_LEXICON_SHAPE = 38;

/** Other mentions of a word whose contexts a token borrows. */
const OTHER_MENTIONS = 4;

// Stand-ins for the words beyond a sentence edge.
const PAD = [0x5bd1e995, 0x27d4eb2f, 0x165667b1, 0x3c6ef372];

/** Flags that describe a token's form (the rest describe its context). */
const FORM_FLAGS = F_INIT_CAP | F_ALL_CAPS | F_HAS_DIGIT | F_ALL_DIGIT | F_HAS_OTHER | F_MIXED;
const POSITION_FLAGS = F_SENT_START | F_CAPS_SENT;

export class FeatureExtractor {
  readonly mask: number;

  constructor(readonly hashBits: number) {
    if (hashBits < 8 || hashBits > 26) throw new Error(`hashBits out of range: ${hashBits}`);
    this.mask = (1 << hashBits) - 1;
  }

  private f1(t: number, a: number): number {
    return finish(mix(mix(FNV_OFFSET, t), a)) & this.mask;
  }
  private f2(t: number, a: number, b: number): number {
    return finish(mix(mix(mix(FNV_OFFSET, t), a), b)) & this.mask;
  }
  private f3(t: number, a: number, b: number, c: number): number {
    return finish(mix(mix(mix(mix(FNV_OFFSET, t), a), b), c)) & this.mask;
  }

  /**
   * Features of token i that do not depend on earlier predictions. Writes
   * them at out[off…] and returns the new offset.
   */
  staticFeatures(
    tt: TokenTable,
    mem: DocMemory,
    lex: CompiledLexicon | undefined,
    i: number,
    out: Int32Array,
    off: number,
  ): number {
    let o = off;
    const s0 = tt.sentStart[i]!;
    const s1 = tt.sentEnd[i]!;
    const lower = tt.lower;
    const longShape = tt.longShape;
    const shape = tt.shape;
    const flags = tt.flags[i]!;
    const len = tt.length[i]!;
    const w0 = lower[i]!;
    const sh0 = shape[i]!;
    // Neighbours within the sentence, or edge stand-ins.
    const wm1 = i - 1 >= s0 ? lower[i - 1]! : PAD[0]!;
    const wm2 = i - 2 >= s0 ? lower[i - 2]! : PAD[1]!;
    const wp1 = i + 1 < s1 ? lower[i + 1]! : PAD[2]!;
    const wp2 = i + 2 < s1 ? lower[i + 2]! : PAD[3]!;
    const shm1 = i - 1 >= s0 ? shape[i - 1]! : PAD[0]!;
    const shp1 = i + 1 < s1 ? shape[i + 1]! : PAD[2]!;
    const lsm1 = i - 1 >= s0 ? longShape[i - 1]! : PAD[0]!;
    const lsm2 = i - 2 >= s0 ? longShape[i - 2]! : PAD[1]!;
    const lsp1 = i + 1 < s1 ? longShape[i + 1]! : PAD[2]!;
    const lsp2 = i + 2 < s1 ? longShape[i + 2]! : PAD[3]!;

    out[o++] = this.f1(T_BIAS, 0);
    out[o++] = this.f1(T_WORD, tt.word[i]!);
    out[o++] = this.f1(T_LOWER, w0);
    const abase = i * AFFIX;
    // Affixes no shorter than the word itself would just repeat T_LOWER.
    for (let k = 0; k < AFFIX && k + 1 < len; k++) {
      out[o++] = this.f2(T_PREFIX, k, tt.prefix[abase + k]!);
      out[o++] = this.f2(T_SUFFIX, k, tt.suffix[abase + k]!);
    }
    out[o++] = this.f1(T_SHAPE, sh0);
    out[o++] = this.f1(T_LONG_SHAPE, longShape[i]!);
    out[o++] = this.f1(T_FLAGS, flags & (FORM_FLAGS | POSITION_FLAGS));
    out[o++] = this.f2(T_LOWER_AT, -1, wm1);
    out[o++] = this.f2(T_LOWER_AT, 1, wp1);
    out[o++] = this.f2(T_LOWER_AT, -2, wm2);
    out[o++] = this.f2(T_LOWER_AT, 2, wp2);
    out[o++] = this.f2(T_SHAPE_AT, -1, lsm1);
    out[o++] = this.f2(T_SHAPE_AT, 1, lsp1);
    out[o++] = this.f2(T_SHAPE_AT, -2, lsm2);
    out[o++] = this.f2(T_SHAPE_AT, 2, lsp2);
    out[o++] = this.f2(T_BIGRAM_LEFT, wm1, w0);
    out[o++] = this.f2(T_BIGRAM_RIGHT, w0, wp1);
    out[o++] = this.f3(T_SHAPE_TRIGRAM, shm1, sh0, shp1);
    out[o++] = this.f2(T_SHAPE_LEFT, shm1, sh0);
    out[o++] = this.f2(T_SHAPE_RIGHT, sh0, shp1);
    out[o++] = this.f2(T_LEFT_WORD_SHAPE, wm1, sh0);
    out[o++] = this.f2(T_SHAPE_RIGHT_WORD, sh0, wp1);
    if (i + 1 < s1 && tt.length[i + 1]! > 2)
      out[o++] = this.f2(T_SUFFIX_AT, 1, tt.suffix[(i + 1) * AFFIX + 2]!);
    if (i - 1 >= s0 && tt.length[i - 1]! > 2)
      out[o++] = this.f2(T_SUFFIX_AT, -1, tt.suffix[(i - 1) * AFFIX + 2]!);
    const r0 = tt.runStart[i]!;
    const r1 = tt.runEnd[i]!;
    if (r1 - r0 > 1 || flags & F_INIT_CAP) {
      const pos = (i === r0 ? 1 : 0) | (i === r1 - 1 ? 2 : 0);
      out[o++] = this.f2(T_RUN, Math.min(r1 - r0, 4), pos);
      if (i !== r0) out[o++] = this.f1(T_RUN_FIRST, lower[r0]!);
      if (i !== r1 - 1) out[o++] = this.f1(T_RUN_LAST, lower[r1 - 1]!);
      out[o++] = this.f1(T_RUN_BEFORE, r0 > s0 ? lower[r0 - 1]! : PAD[0]!);
      out[o++] = this.f1(T_RUN_AFTER, r1 < s1 ? lower[r1]! : PAD[2]!);
    }
    if (flags & F_SENT_START) out[o++] = this.f1(T_START_LOWER, w0);
    if (flags & F_CAPS_SENT) out[o++] = this.f1(T_HEADLINE_LOWER, w0);
    if (flags & F_HAS_UPPER) {
      // How the word is written elsewhere in the document, against where it
      // stands here: "March" at a sentence start, seen as "march" later.
      const seen = mem.seenFlags(i) & (SEEN_LOWER | SEEN_CAP_MID);
      out[o++] = this.f2(T_DOC_SEEN, seen, flags & (POSITION_FLAGS | F_ALL_CAPS));
      // Context aggregation (Ratinov & Roth 2009): the neighbours of the
      // same word's other mentions in the document ("Newmont" here, "Newmont
      // Mining Corp" there).
      let taken = 0;
      for (let j = mem.firstOccurrence(i); j >= 0 && taken < OTHER_MENTIONS; j = mem.nextOccurrence(j)) {
        if (j === i) continue;
        taken++;
        const a = tt.sentStart[j]!;
        const b = tt.sentEnd[j]!;
        out[o++] = this.f1(T_OTHER_LEFT, j - 1 >= a ? lower[j - 1]! : PAD[0]!);
        out[o++] = this.f1(T_OTHER_RIGHT, j + 1 < b ? lower[j + 1]! : PAD[2]!);
        const q0 = tt.runStart[j]!;
        const q1 = tt.runEnd[j]!;
        if (q1 - 1 !== j) out[o++] = this.f1(T_OTHER_RUN_LAST, lower[q1 - 1]!);
        if (q0 !== j) out[o++] = this.f1(T_OTHER_RUN_BEFORE, q0 > a ? lower[q0 - 1]! : PAD[0]!);
      }
    }
    if (lex !== undefined) {
      const marks = lex.marks[i]!;
      if (marks !== 0) {
        const names = lex.nameHashes;
        for (let k = 0; k < names.length; k++) {
          const m = (marks >>> (2 * k)) & 3;
          if (m === 0) continue;
          // With the shape too: a capitalised hit is a name, a lower-case one
          // ("will", "may" in a list of people) usually a common word.
          out[o++] = this.f2(T_LEXICON, names[k]!, m);
          out[o++] = this.f3(T_LEXICON_SHAPE, names[k]!, m, sh0);
        }
      }
    }
    return o;
  }

  /**
   * Features that depend on the tags already chosen: the previous two tags
   * and what this word was tagged earlier in the document (`history`, a
   * DocMemory slot or -1).
   */
  dynamicFeatures(
    tt: TokenTable,
    i: number,
    prev: number,
    prev2: number,
    history: number,
    out: Int32Array,
    off: number,
  ): number {
    let o = off;
    out[o++] = this.f1(T_PREV, prev);
    out[o++] = this.f2(T_PREV2, prev, prev2);
    out[o++] = this.f2(T_PREV_LOWER, prev, tt.lower[i]!);
    out[o++] = this.f2(T_PREV_SHAPE, prev, tt.shape[i]!);
    if (history >= 0) {
      out[o++] = this.f1(T_HISTORY, history);
      out[o++] = this.f2(T_HISTORY_FLAGS, history, tt.flags[i]! & POSITION_FLAGS);
    }
    return o;
  }
}
