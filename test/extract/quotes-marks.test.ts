import { describe, expect, it } from 'vitest';
import { findQuotedSegments } from '../../src/extract/quotes/marks.js';
import { normalizeText } from '../../src/nlp/normalize.js';
import { tokenize } from '../../src/nlp/wink.js';

/** The quoted stretches of a text as the original text inside the marks, with the paragraph-continuation links. */
function quoted(text: string): { text: string; closed: boolean; continues?: number }[] {
  const { tokens } = tokenize(normalizeText(text));
  return findQuotedSegments(tokens, text).map((s) => ({
    text: text.slice(tokens[s.start]!.span.start, tokens[s.end - 1]!.span.end),
    closed: s.close >= 0,
    ...(s.continues !== undefined && { continues: s.continues }),
  }));
}

describe('quotation marks', () => {
  it('pairs straight, curly and low double marks', () => {
    expect(quoted('He said "yes" and \u201cno\u201d and \u201emaybe\u201c.').map((q) => q.text)).toEqual([
      'yes',
      'no',
      'maybe',
    ]);
  });

  it('reads the spacing when a converter turned a curly mark the wrong way', () => {
    expect(quoted('\u201dFear is all he sells.\u201d \u2015 A voter').map((q) => q.text)).toEqual([
      'Fear is all he sells.',
    ]);
  });

  it('reads two apostrophes as a double mark', () => {
    expect(quoted("''It won't,'' he said.").map((q) => q.text)).toEqual(["It won't,"]);
  });

  it('tells single quotation marks from apostrophes', () => {
    expect(quoted("Russia's 'red lines' and the allies' answer in the '90s don't match.")).toEqual([
      { text: 'red lines', closed: true },
    ]);
    expect(quoted("The girls' team won. Rock 'n' roll.")).toEqual([]);
  });

  it('ignores single marks inside a double quotation', () => {
    expect(quoted('"He called it \'a con\' twice," she said.').map((q) => q.text)).toEqual([
      "He called it 'a con' twice,",
    ]);
  });

  it('carries a quotation left open at a paragraph end into the next paragraph that opens with a mark', () => {
    expect(quoted('She said: "First part.\n\n"Second part." Then nothing.')).toEqual([
      { text: 'First part.', closed: false },
      { text: 'Second part.', closed: true, continues: 0 },
    ]);
    expect(quoted('An odd "mark.\n\nA new paragraph.')).toEqual([{ text: 'mark.', closed: false }]);
  });
});
