import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';

function dated(text: string, published = '2022-02-01'): string[] {
  const analysis = analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
  return analysis.events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code} ${e.date}`);
}

describe('events coder: history an article recalls', () => {
  it('dates an act its clause puts in a year or a decade long past at the start of that period', () => {
    expect(dated('Russia annexed Crimea in 2014, Kyiv said on Monday.')).toContain('RUS>UKR 192 2014-01-01');
    expect(dated('Serbian forces attacked Kosovo in the 1990s.')).toContain('SRBMIL>XKX 190 1990-01-01');
    expect(dated('Russia attacked Georgia 14 years ago.')).toContain('RUS>GEO 190 2008-01-01');
    // a verb joined by "and" shares the period of the one before it
    expect(dated('Russia invaded Georgia in 2008 and occupied Abkhazia.')).toContain(
      'RUS>GEO 192 2008-01-01',
    );
  });

  it('keeps the article date for this year, last year and acts with no period named', () => {
    expect(dated('Russia attacked Ukraine in 2021.')).toEqual(['RUS>UKR 190 2022-02-01']);
    expect(dated('Russia attacked Ukraine this year.')).toEqual(['RUS>UKR 190 2022-02-01']);
    expect(dated('Russia attacked Ukraine.')).toEqual(['RUS>UKR 190 2022-02-01']);
    // what has gone on since a past year goes on still
    expect(dated('Russia has occupied Crimea since 2014.')).toEqual(['RUS>UKR 192 2022-02-01']);
  });
});
