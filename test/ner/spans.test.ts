import { describe, expect, it } from 'vitest';
import { scoreSpans, scoreTags } from '../../src/extract/ner/score.js';
import { entities } from '../../src/extract/ner/spans.js';
import { bilouFromIob2, IOB2_OF, LABELS } from '../../src/extract/ner/tags.js';

describe('entities', () => {
  it('closes a name at O, at a new B- and at the end', () => {
    expect(entities(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'LOC' },
    ]);
  });

  it('reads a stray I- as the start of a name, as conlleval does', () => {
    expect(entities(['O', 'I-ORG', 'I-ORG', 'O'])).toEqual([{ start: 1, end: 3, type: 'ORG' }]);
    expect(entities(['I-MISC'])).toEqual([{ start: 0, end: 1, type: 'MISC' }]);
  });

  it('splits where an I- changes type', () => {
    expect(entities(['B-PER', 'I-ORG', 'I-ORG'])).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 1, end: 3, type: 'ORG' },
    ]);
  });

  it('ignores O and labels it cannot read', () => {
    expect(entities([])).toEqual([]);
    expect(entities(['O', 'X', 'B-', '-PER'])).toEqual([]);
  });
});

describe('BILOU labels', () => {
  it('round-trip IOB2 tags, stray I- included', () => {
    const tags = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'I-ORG', 'B-MISC', 'B-MISC', 'I-LOC'];
    const labels = [...bilouFromIob2(tags)].map((id) => LABELS[id]);
    expect(labels).toEqual(['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'U-ORG', 'U-MISC', 'U-MISC', 'U-LOC']);
    const back = [...bilouFromIob2(tags)].map((id) => IOB2_OF[id]!);
    expect(entities(back)).toEqual(entities(tags));
  });
});

describe('scoreSpans', () => {
  it('counts exact span and type matches only', () => {
    const gold = [
      [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 4, type: 'LOC' },
      ],
      [{ start: 0, end: 1, type: 'ORG' }],
    ];
    const predicted = [
      [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 5, type: 'LOC' },
      ],
      [{ start: 0, end: 1, type: 'LOC' }],
    ];
    const s = scoreSpans(gold, predicted);
    expect(s.byType.PER).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.byType.LOC).toMatchObject({ tp: 0, fp: 2, fn: 1, f1: 0 });
    expect(s.byType.ORG).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(s.overall).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(s.overall.precision).toBeCloseTo(1 / 3);
    expect(s.overall.recall).toBeCloseTo(1 / 3);
    expect(s.overall.f1).toBeCloseTo(1 / 3);
  });

  it('never matches spans across items, and scores empty input as zero', () => {
    const s = scoreSpans(
      [[{ start: 0, end: 1, type: 'PER' }], []],
      [[], [{ start: 0, end: 1, type: 'PER' }]],
    );
    expect(s.overall).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(scoreSpans([], []).overall.f1).toBe(0);
    expect(() => scoreSpans([[]], [])).toThrow(/items/);
  });

  it('scores tag sequences through entity decoding', () => {
    const s = scoreTags([['B-PER', 'I-PER', 'O']], [['I-PER', 'I-PER', 'O']]);
    expect(s.overall.f1).toBe(1);
  });
});
