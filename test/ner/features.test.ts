import { describe, expect, it } from 'vitest';
import { DocMemory } from '../../src/extract/ner/doc-memory.js';
import { FeatureExtractor, MAX_FEATURES } from '../../src/extract/ner/features.js';
import { FNV_OFFSET, finish, hashString, mix } from '../../src/extract/ner/hash.js';
import { CompiledLexicon } from '../../src/extract/ner/lexicon.js';
import { TokenTable } from '../../src/extract/ner/tokens.js';

/** Every token's features (static, then with fixed previous labels), as plain arrays. */
function featuresOf(tokens: string[], bits = 20, starts?: boolean[], extractor = new FeatureExtractor(bits)) {
  const tt = new TokenTable();
  const mem = new DocMemory();
  tt.fill(tokens, starts);
  mem.fill(tt);
  const buf = new Int32Array(MAX_FEATURES);
  return tokens.map((_, i) => {
    let n = extractor.staticFeatures(tt, mem, undefined, i, buf, 0);
    n = extractor.dynamicFeatures(tt, i, 0, 0, -1, buf, n);
    return [...buf.subarray(0, n)];
  });
}

const sentence = 'Antony Blinken met Sergey Lavrov in Geneva on Friday .'.split(' ');

describe('feature hashing', () => {
  it('is FNV-1a over char codes', () => {
    expect(hashString('') >>> 0).toBe(0x811c9dc5);
    expect(hashString('a') >>> 0).toBe(0xe40c292c);
    expect(hashString('foobar') >>> 0).toBe(0xbf9cf968);
    expect(mix(FNV_OFFSET, 97)).toBe(hashString('a'));
    expect(finish(0)).toBe(0);
  });

  it('gives the same indices every time, from fresh or reused extractors', () => {
    const first = featuresOf(sentence);
    expect(featuresOf(sentence)).toEqual(first);
    const shared = new FeatureExtractor(20);
    featuresOf('Something else entirely , with more tokens than before .'.split(' '), 20, undefined, shared);
    expect(featuresOf(sentence, 20, undefined, shared)).toEqual(first);
  });

  it('stays inside the hash space and fits the buffer', () => {
    for (const bits of [10, 18, 20]) {
      for (const row of featuresOf(sentence, bits)) {
        expect(row.length).toBeLessThanOrEqual(MAX_FEATURES);
        for (const f of row) {
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThan(2 ** bits);
        }
      }
    }
  });

  it('tells words apart but folds case in the lower-case templates', () => {
    const [geneva] = featuresOf(['Geneva']);
    const [upper] = featuresOf(['GENEVA']);
    const [other] = featuresOf(['Genevb']);
    const shared = (a: number[], b: number[]) => a.filter((f) => b.includes(f)).length;
    expect(geneva).not.toEqual(upper);
    expect(shared(geneva!, upper!)).toBeGreaterThan(0); // lower-case word, prefixes
    expect(geneva).not.toEqual(other);
  });

  it('marks sentence starts and keeps windows inside sentences', () => {
    const tokens = ['Paris', 'said', '.', 'Paris', 'said', '.'];
    const asOne = featuresOf(tokens);
    const asTwo = featuresOf(tokens, 20, [true, false, false, true, false, false]);
    expect(asTwo[3]).not.toEqual(asOne[3]);
    expect(asTwo[3]!.filter((f) => !asTwo[0]!.includes(f))).toEqual([]);
  });
});

describe('lexicon', () => {
  it('marks phrase starts and continuations per lexicon, case-insensitively', () => {
    const tt = new TokenTable();
    tt.fill(sentence);
    const lex = new CompiledLexicon(
      new Map([
        ['PER', new Set(['sergey lavrov', 'blinken'])],
        ['LOC', new Set(['geneva'])],
      ]),
    );
    lex.fill(tt);
    const marks = [...lex.marks.subarray(0, sentence.length)];
    // PER is lexicon 0 (bits 0 start, 1 inside), LOC lexicon 1 (bits 2, 3).
    expect(marks).toEqual([0, 1, 0, 1, 2, 0, 4, 0, 0, 0]);
  });
});
