// Weight tables: rows are hashed features, columns are labels. Training
// writes a dense Float32Array; tagging reads a sparse, int16 copy that keeps
// only the rows that ever moved, so the working set stays in cache.

import { NUM_LABELS } from './tags.js';

export interface WeightTable {
  readonly hashBits: number;
  /**
   * Adds columns [from, to) of the rows of feats[0…n) into the same slots
   * of scores, in the table's own units.
   */
  score(feats: Int32Array, n: number, scores: Float64Array, from: number, to: number): void;
}

/** [2^hashBits × NUM_LABELS], row-major. */
export class DenseTable implements WeightTable {
  readonly weights: Float32Array;

  constructor(
    readonly hashBits: number,
    weights?: Float32Array,
  ) {
    const size = (1 << hashBits) * NUM_LABELS;
    this.weights = weights ?? new Float32Array(size);
    if (this.weights.length !== size)
      throw new Error(`weights length ${this.weights.length} does not match hashBits ${hashBits}`);
  }

  score(feats: Int32Array, n: number, scores: Float64Array, from: number, to: number): void {
    const w = this.weights;
    for (let k = 0; k < n; k++) {
      const row = feats[k]! * NUM_LABELS;
      for (let t = from; t < to; t++) scores[t]! += w[row + t]!;
    }
  }
}

function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Largest quantised magnitude. */
export const QMAX = 32767;

/**
 * The nonzero rows only, in feature order, as int16 multiples of `scale`. A
 * bitmap says which rows exist and a running count per 32-row word gives a
 * row's position (its rank), so a lookup reads 2^hashBits / 4 bytes of index
 * instead of a dense table. Scores stay in quantised units: the best label
 * is the same at any positive scale.
 */
export class SparseTable implements WeightTable {
  constructor(
    readonly hashBits: number,
    /** Bit f set when feature f has a row. */
    readonly present: Uint32Array,
    /** Rows before word k of `present`. */
    readonly rank: Int32Array,
    /** [rows × NUM_LABELS]. */
    readonly rows: Int16Array,
    /** Weight = row value × scale. */
    readonly scale: number,
  ) {}

  get rowCount(): number {
    return this.rows.length / NUM_LABELS;
  }

  /** Row ids (feature indices) present, ascending. */
  features(): Int32Array {
    const out = new Int32Array(this.rowCount);
    let r = 0;
    for (let k = 0; k < this.present.length; k++) {
      let bits = this.present[k]!;
      while (bits !== 0) {
        const low = bits & -bits;
        out[r++] = k * 32 + (31 - Math.clz32(low));
        bits ^= low;
      }
    }
    return out;
  }

  /** Builds from row ids (ascending) and their quantised values. */
  static fromRows(hashBits: number, features: Int32Array, rows: Int16Array, scale: number): SparseTable {
    if (rows.length !== features.length * NUM_LABELS) throw new Error('rows and feature ids disagree');
    const words = Math.max(1, (1 << hashBits) >>> 5);
    const present = new Uint32Array(words);
    for (let r = 0; r < features.length; r++) {
      const f = features[r]!;
      present[f >>> 5]! |= 1 << (f & 31);
    }
    const rank = new Int32Array(words);
    let total = 0;
    for (let k = 0; k < words; k++) {
      rank[k] = total;
      total += popcount(present[k]!);
    }
    if (total !== features.length) throw new Error('duplicate or unsorted feature rows');
    return new SparseTable(hashBits, present, rank, rows, scale);
  }

  /**
   * Quantises a dense table, keeping the rows with some weight of magnitude
   * above `threshold` (pruning: small rows change few decisions).
   */
  static fromDense(dense: DenseTable, threshold = 0): SparseTable {
    const w = dense.weights;
    const nrows = w.length / NUM_LABELS;
    let maxAbs = 0;
    for (let k = 0; k < w.length; k++) maxAbs = Math.max(maxAbs, Math.abs(w[k]!));
    const scale = Math.fround(maxAbs > 0 ? maxAbs / QMAX : 1);
    const keep: number[] = [];
    for (let r = 0; r < nrows; r++) {
      const base = r * NUM_LABELS;
      let any = false;
      let big = false;
      for (let t = 0; t < NUM_LABELS; t++) {
        const a = Math.abs(w[base + t]!);
        if (a > threshold) big = true;
        if (Math.round(a / scale) > 0) any = true;
      }
      if (big && any) keep.push(r);
    }
    const features = Int32Array.from(keep);
    const rows = new Int16Array(keep.length * NUM_LABELS);
    for (let k = 0; k < keep.length; k++) {
      const base = keep[k]! * NUM_LABELS;
      for (let t = 0; t < NUM_LABELS; t++) rows[k * NUM_LABELS + t] = Math.round(w[base + t]! / scale);
    }
    return SparseTable.fromRows(dense.hashBits, features, rows, scale);
  }

  score(feats: Int32Array, n: number, scores: Float64Array, from: number, to: number): void {
    const present = this.present;
    const rank = this.rank;
    const w = this.rows;
    for (let k = 0; k < n; k++) {
      const f = feats[k]!;
      const word = f >>> 5;
      const bits = present[word]!;
      const bit = 1 << (f & 31);
      if ((bits & bit) === 0) continue;
      const row = (rank[word]! + popcount(bits & (bit - 1))) * NUM_LABELS;
      for (let t = from; t < to; t++) scores[t]! += w[row + t]!;
    }
  }
}
