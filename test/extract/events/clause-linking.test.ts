import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';

// Whole analyses, so that pronouns are resolved by the actors stage as they are for real articles.
function coded(text: string): string[] {
  const published = '2000-01-10';
  const analysis = analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
  return analysis.events
    .filter((e) => e.polarity === 'asserted')
    .map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code} ${e.modality}`);
}

describe('events coder: linking a clause to the verb of saying', () => {
  it('reads "that" after the phrase of a verb of saying as opening its complement', () => {
    // the speaker's stated intention, not a bare hypothetical
    const events = coded('Japan said in a joint statement that it would expel two Chinese diplomats.');
    expect(events).toContainEqual(expect.stringMatching(/^JPN>CHNGOV 1\d\d actual$/));
    expect(events.some((e) => e.endsWith('hypothetical'))).toBe(false);
  });

  it('keeps a relative clause after such a phrase, and a noun of demand its own that-clause', () => {
    // "it issued" lacks its object: the statement is what was issued, and the later "that" is the verb's
    expect(coded('Japan repeated the statement that it issued on Monday.')).toEqual([]);
    expect(
      coded('Japan reiterated its demand today that Vietnam ease its restrictions on Chinese workers.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^JPN>VNM 10\d/)]));
  });

  it('reads "had" as an obligation only before "to"', () => {
    expect(coded('Japan said that Vietnam had talks with Cambodia.')).not.toContainEqual(
      expect.stringMatching(/^JPN>VNM 10/),
    );
    expect(coded('Japan said that Vietnam had to expel two Chinese diplomats.')).toContainEqual(
      expect.stringMatching(/^JPN>VNM 1/),
    );
  });

  it('joins a second verb of saying after a comma to the speaker, not to the reported clause', () => {
    // "said he criticised …" is the senator's own act, not part of what "suggested" puts forward
    expect(
      coded('The senator suggested that she is unqualified, but said he criticised her record.'),
    ).toEqual([expect.stringMatching(/ 111 actual$/)]);
  });

  it('names no one by an "it" before a copula in what is said, but the others the clause names', () => {
    expect(
      coded('The Vietnamese army withdrew. The Japanese minister said it was important for Cambodia to act.'),
    ).toContainEqual('JPNGOV>KHM 010 actual');
  });
});

describe('events coder: a plural pronoun after actors named together', () => {
  it('lets "they" stand for every member of a coordinated subject', () => {
    expect(coded('Japan and Australia said they would expel two Chinese diplomats.')).toEqual(
      expect.arrayContaining(['JPN>CHNGOV 136 actual', 'AUS>CHNGOV 136 actual']),
    );
  });

  it('keeps "it" with one of them', () => {
    const events = coded('Japan and Australia said that it would expel two Chinese diplomats.');
    expect(events.filter((e) => e.includes(' 136 '))).toHaveLength(1);
  });
});
