import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';

// Whole analyses: the actors come from the actors stage, as they do for real articles.
function dyads(text: string): string[] {
  const published = '2003-05-12';
  const analysis = analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
  return analysis.events
    .filter((e) => e.polarity === 'asserted' && (e.modality === 'actual' || e.modality === 'intended'))
    .map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code}`);
}

describe('events coder: the narrower code under a root', () => {
  it('codes a fight by the method a phrase after the verb names', () => {
    expect(dyads('Syrian rebels engaged Iraqi troops in a firefight on Monday.')).toEqual([
      'SYRREB>IRQMIL 193',
    ]);
    expect(dyads('Rebels attacked Iraqi troops in a gun battle.')).toEqual(['---REB>IRQMIL 193']);
    // a phrase naming no method leaves the fight as it was
    expect(dyads('Syrian rebels attacked Iraqi troops in the north.')).toEqual(['SYRREB>IRQMIL 190']);
  });

  it('codes a blockade by civilians as a protest, and a threat of one as a threat of protest', () => {
    expect(dyads('French farmers blockaded Paris on Monday.')).toEqual(['FRAAGR>FRAGOV 144']);
    expect(dyads('French farmers said they would blockade Paris.')).toEqual(['FRAAGR>FRAGOV 133']);
    expect(dyads('Israel blockaded Gaza.')).toEqual(['ISR>PSE 191']);
  });
});
