import { describe, expect, it } from 'vitest';
import { readConll } from '../../src/extract/ner/conll.js';
import { evaluateDocs } from '../../src/extract/ner/evaluate.js';
import { loadModel, readHeader } from '../../src/extract/ner/weights.js';
import { sharedPath } from '../helpers/shared.js';

// The gold sets live outside the repository; without them these tests skip
// (or fail, under SITREP_REQUIRE_SHARED=1).
const validPath = sharedPath('data/_jsonl/conll2003_valid.jsonl');
const testPath = sharedPath('data/_jsonl/conll2003.jsonl');

describe.skipIf(validPath === undefined || testPath === undefined)('CoNLL-2003', () => {
  const model = loadModel();
  const scores = readHeader().scores as {
    dev: { overall: { f1: number } };
    test: { overall: { f1: number } };
  };

  it('reads documents with their sentence starts', () => {
    const docs = readConll(validPath!);
    expect(docs.reduce((a, d) => a + d.bounds.length - 1, 0)).toBe(3250);
    for (const d of docs) {
      expect(d.tags).toHaveLength(d.tokens.length);
      expect(d.starts.filter(Boolean)).toHaveLength(d.bounds.length - 1);
    }
  });

  it('reproduces the validation and test F1 recorded with the shipped weights', () => {
    const dev = evaluateDocs(model, readConll(validPath!));
    const test = evaluateDocs(model, readConll(testPath!));
    expect(dev.overall.f1 * 100).toBeCloseTo(scores.dev.overall.f1, 1);
    expect(test.overall.f1 * 100).toBeCloseTo(scores.test.overall.f1, 1);
    expect(dev.overall.f1).toBeGreaterThan(0.9);
    expect(test.overall.f1).toBeGreaterThan(0.84);
    for (const type of ['PER', 'ORG', 'LOC', 'MISC']) expect(test.byType[type]?.f1).toBeGreaterThan(0.75);
  });
});
