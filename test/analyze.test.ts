import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { articleId } from '../src/core/identity.js';
import { loadKnowledge } from '../src/knowledge/knowledge.js';

describe('analyze', () => {
  const text =
    'date-free text.  Blinken met Lavrov in Geneva on Friday. “We are ready,” he said.\n\nNext paragraph.';
  const article = { id: articleId(text, '2022-01-22'), published: '2022-01-22', text, lang: 'en' };

  it('is a pure function: the same input gives the same record, byte for byte', () => {
    const kb = loadKnowledge();
    expect(JSON.stringify(analyze(article, kb))).toBe(JSON.stringify(analyze(article, kb)));
  });

  it('splits sentences and gives every token a span into the original text', () => {
    const record = analyze(article, loadKnowledge(), { until: 'nlp' });
    expect(record.sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual([
      'date-free text.',
      'Blinken met Lavrov in Geneva on Friday.',
      '“We are ready,” he said.',
      'Next paragraph.',
    ]);
    const met = record.tokens.find((t) => t.text === 'met');
    expect(met).toMatchObject({ lemma: 'meet', pos: 'VERB', sentence: 1 });
    expect(record.tokens.find((t) => t.text === 'Next')?.space).toContain('\n\n');
  });

  it('stops after the stage asked for', () => {
    const record = analyze(article, loadKnowledge(), { until: 'text' });
    expect(record.stages).toEqual(['text']);
    expect(record.tokens).toEqual([]);
    expect(record.normalizedText).toContain('"We are ready," he said.');
  });

  it('reads a title or a source of null, as parsed JSON may give, as none', () => {
    const kb = loadKnowledge();
    const withNulls = { ...article, title: null, source: null } as unknown as typeof article;
    expect(analyze(withNulls, kb).events).toEqual(analyze(article, kb).events);
  });
});
