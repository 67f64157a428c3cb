// Reader for the CoNLL-2003 JSON Lines gold sets in the shared data folder.
// Sentences are regrouped into their documents so the tagger sees whole
// articles, as it does at run time.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../paths.js';

export interface ConllDoc {
  tokens: string[];
  /** True at the first token of each sentence. */
  starts: boolean[];
  /** Gold IOB2 tags. */
  tags: string[];
  /** Start offset of each sentence in tokens, plus tokens.length at the end. */
  bounds: number[];
}

interface Line {
  doc: number;
  tokens: string[];
  tags: string[];
}

export const CONLL_FILES = {
  train: 'conll2003_train.jsonl',
  valid: 'conll2003_valid.jsonl',
  test: 'conll2003.jsonl',
} as const;

export type ConllSplit = keyof typeof CONLL_FILES;

export function conllPath(split: ConllSplit): string {
  return join(sharedDir(), 'data', '_jsonl', CONLL_FILES[split]);
}

/** Reads a split as documents, in file order. */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let current: ConllDoc | undefined;
  let currentId = Number.NaN;
  for (const text of readFileSync(path, 'utf8').split('\n')) {
    if (text.trim() === '') continue;
    const line = JSON.parse(text) as Line;
    if (current === undefined || line.doc !== currentId) {
      current = { tokens: [], starts: [], tags: [], bounds: [0] };
      currentId = line.doc;
      docs.push(current);
    }
    const doc = current;
    for (let k = 0; k < line.tokens.length; k++) {
      doc.tokens.push(line.tokens[k]!);
      doc.starts.push(k === 0);
      doc.tags.push(line.tags[k] ?? 'O');
    }
    doc.bounds.push(doc.tokens.length);
  }
  return docs;
}

/** Splits a document-level array back into its sentences. */
export function sentencesOf<T>(doc: ConllDoc, values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let s = 0; s + 1 < doc.bounds.length; s++) out.push(values.slice(doc.bounds[s], doc.bounds[s + 1]));
  return out;
}
