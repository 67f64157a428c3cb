import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Article } from '../../src/core/article.js';
import { articleId } from '../../src/core/identity.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { normalizeText } from '../../src/nlp/normalize.js';

function article(text: string, published = '1987-03-02'): Article {
  return { id: articleId(normalizeText(text).text, published), published, text, lang: 'en' };
}

describe('the nlp stage over many articles', () => {
  const kb = loadKnowledge();

  it('reads an article the same whatever was read before it in the process', () => {
    const later = article("Piedmont Aviation Inc's board met on Monday.");
    const first = analyze(later, kb);
    expect(first.tokens.map((t) => t.text)).toEqual([
      'Piedmont',
      'Aviation',
      'Inc',
      "'s",
      'board',
      'met',
      'on',
      'Monday',
      '.',
    ]);
    // wink keeps "Inc's" whole in this one, and would then keep it whole everywhere after.
    analyze(article("Shares rose at Acme Inc's."), kb);
    analyze(article('Zorblax met Quuxian in Geneva, and Blorpton cannot, said Glimmerby.'), kb);
    expect(analyze(later, kb)).toEqual(first);
  });

  it('gives a contraction kept whole its normal form as lemma', () => {
    const tokens = analyze(article('Those who can help and those who cannot, he said.'), kb).tokens;
    expect(tokens.find((t) => t.text === 'cannot')).toMatchObject({ lemma: 'cannot' });
    expect(tokens.find((t) => t.text === 'said')).toMatchObject({ lemma: 'say' });
  });
});
