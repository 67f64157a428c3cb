// The shipped model: data/models/ner/ner.json (what it is, how it was trained,
// how well it scores) beside ner.weights.gz (the weights). Weights are the
// sparse table's nonzero rows, int16 with one global scale: lossless to
// within a hair of the float weights, and gzip shrinks them to ~1.6 MB because
// most values are small. Binary layout before gzip, little-endian:
//   "SNER" · u32 version · u32 hashBits · u32 labels · u32 rows · f32 scale
//   · rows × LEB128 gap to the previous feature id
//   · low bytes of all int16 values (row-major) · their high bytes
// Splitting the bytes into planes puts the mostly-zero high bytes together.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DATA_DIR } from '../../paths.js';
import { TEMPLATES_VERSION } from './features.js';
import { NerModel } from './model.js';
import { SparseTable } from './table.js';
import { LABELS, NUM_LABELS } from './tags.js';

export const HEADER_FILE = 'ner.json';
export const WEIGHTS_FILE = 'ner.weights.gz';
const MAGIC = 0x52454e53; // "SNER"
const VERSION = 1;

export interface NerHeader {
  format: 'sitrep-ner-perceptron';
  version: number;
  /** Internal labels, in weight-column order (BILOU; output is IOB2). */
  labels: string[];
  hashBits: number;
  templatesVersion: number;
  rows: number;
  quantisation: { type: 'int16'; scale: number };
  weightsFile: string;
  weightsBytes: number;
  /** Names of the lexicons (gazetteers) the weights were trained with. */
  lexicons: string[];
  /** Free-form provenance and measurements written by the training script. */
  training?: Record<string, unknown>;
  scores?: Record<string, unknown>;
}

/** Serialises a table (gzip of the layout above). */
export function encodeTable(table: SparseTable): Uint8Array {
  const features = table.features();
  const nrows = features.length;
  const gaps: number[] = [];
  let prev = 0;
  for (let r = 0; r < nrows; r++) {
    let d = features[r]! - prev;
    prev = features[r]!;
    while (d >= 0x80) {
      gaps.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    gaps.push(d);
  }
  const rows = table.rows;
  const values = rows.length;
  const out = new Uint8Array(24 + gaps.length + 2 * values);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, table.hashBits, true);
  view.setUint32(12, NUM_LABELS, true);
  view.setUint32(16, nrows, true);
  view.setFloat32(20, table.scale, true);
  out.set(gaps, 24);
  const lo = 24 + gaps.length;
  const hi = lo + values;
  for (let k = 0; k < values; k++) {
    const q = rows[k]! & 0xffff;
    out[lo + k] = q & 0xff;
    out[hi + k] = q >>> 8;
  }
  return gzipSync(out);
}

/** Inverse of encodeTable. */
export function decodeTable(gz: Uint8Array): SparseTable {
  const raw = gunzipSync(gz);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  if (raw.byteLength < 24 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a sitrep NER weight file');
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`unsupported NER weight file version ${version}`);
  const hashBits = view.getUint32(8, true);
  const labels = view.getUint32(12, true);
  if (labels !== NUM_LABELS) throw new Error(`weight file has ${labels} labels, the tagger ${NUM_LABELS}`);
  const nrows = view.getUint32(16, true);
  const scale = view.getFloat32(20, true);
  const features = new Int32Array(nrows);
  let p = 24;
  let prev = 0;
  for (let r = 0; r < nrows; r++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      const b = raw[p++]!;
      d |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    prev += d;
    features[r] = prev;
  }
  const values = nrows * labels;
  if (raw.byteLength !== p + 2 * values) throw new Error('truncated NER weight file');
  const rows = new Int16Array(values);
  for (let k = 0; k < values; k++) rows[k] = raw[p + k]! | (raw[p + values + k]! << 8);
  return SparseTable.fromRows(hashBits, features, rows, scale);
}

/** Writes the header and weights into `dir`; returns the header written. */
export function saveModel(
  dir: string,
  table: SparseTable,
  meta: Partial<Pick<NerHeader, 'training' | 'scores' | 'lexicons'>> = {},
): NerHeader {
  const bytes = encodeTable(table);
  const header: NerHeader = {
    format: 'sitrep-ner-perceptron',
    version: VERSION,
    labels: [...LABELS],
    hashBits: table.hashBits,
    templatesVersion: TEMPLATES_VERSION,
    rows: table.rowCount,
    quantisation: { type: 'int16', scale: table.scale },
    weightsFile: WEIGHTS_FILE,
    weightsBytes: bytes.length,
    lexicons: [],
    ...meta,
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, WEIGHTS_FILE), bytes);
  writeFileSync(join(dir, HEADER_FILE), `${JSON.stringify(header, null, 2)}\n`);
  return header;
}

/** The folder of the shipped model (data/models/ner in the package). */
export function defaultModelDir(): string {
  return join(DATA_DIR, 'models', 'ner');
}

export function readHeader(dir: string = defaultModelDir()): NerHeader {
  const header = JSON.parse(readFileSync(join(dir, HEADER_FILE), 'utf8')) as NerHeader;
  if (header.format !== 'sitrep-ner-perceptron') throw new Error(`${dir}: not a sitrep NER model`);
  if (header.templatesVersion !== TEMPLATES_VERSION)
    throw new Error(
      `${dir}: weights use feature templates v${header.templatesVersion}, this code v${TEMPLATES_VERSION}; retrain`,
    );
  if (header.labels.join(' ') !== LABELS.join(' '))
    throw new Error(`${dir}: label set differs from the tagger's`);
  return header;
}

/** Loads a saved model (by default the shipped one). */
export function loadModel(dir: string = defaultModelDir()): NerModel {
  const header = readHeader(dir);
  const table = decodeTable(readFileSync(join(dir, header.weightsFile)));
  if (table.hashBits !== header.hashBits) throw new Error(`${dir}: header and weights disagree on hashBits`);
  return new NerModel(table, header.lexicons ?? []);
}
