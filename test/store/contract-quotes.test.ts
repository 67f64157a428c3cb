import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis.js';
import type { Mention, Quote } from '../../src/core/records.js';
import type { Span } from '../../src/core/span.js';
import type { Store } from '../../src/store/port.js';
import { tempDir } from '../helpers/tmp.js';
import { DIALECTS } from './dialects.js';
import { sampleAnalysis } from './fixtures.js';

const LAVROV = { id: 'sergey-lavrov', code: 'RUSGOV', name: 'Sergey Lavrov' };
const BLINKEN = { id: 'antony-blinken', code: 'USAGOV', name: 'Antony Blinken' };
const RUSSIA_GOV = { id: 'RUSGOV', code: 'RUSGOV', name: 'Russia (GOV)' };

/** A split quotation by Lavrov that names Blinken and Moscow, with the mentions the actor stage would give. */
function splitQuote(): { analysis: Analysis; quote: Quote } {
  const text = 'Lavrov spoke in Geneva. "Blinken is ready for talks," he added, "and Moscow is too."';
  const base = sampleAnalysis(text, '2022-01-21', 'Split quote');
  const at = (words: string, from = 0): Span => {
    const start = text.indexOf(words, from);
    return { start, end: start + words.length };
  };
  const mention = (words: string, actor: Mention['actor'], type: Mention['type']): Mention => ({
    sentence: 0,
    span: at(words),
    rule: 'test',
    confidence: 1,
    text: words,
    type,
    ...(actor && { actor }),
  });
  const first = at('Blinken is ready for talks');
  const second = at('and Moscow is too.');
  const quote: Quote = {
    id: `${base.article.id.slice(0, 8)}-split`,
    sentence: 1,
    span: { start: first.start, end: second.end },
    parts: [first, second],
    rule: 'quote.direct.split',
    confidence: 0.9,
    text: 'Blinken is ready for talks … and Moscow is too.',
    kind: 'direct',
    cue: 'add',
    cueSpan: at('added'),
    speaker: LAVROV,
    speakerText: 'he',
    speakerSpan: at('he added'),
    date: '2022-01-21',
  };
  const analysis: Analysis = {
    ...base,
    mentions: [
      mention('Lavrov', LAVROV, 'person'),
      mention('Blinken', BLINKEN, 'person'),
      {
        ...mention('he', LAVROV, 'pronoun'),
        span: { start: quote.speakerSpan!.start, end: quote.speakerSpan!.start + 2 },
      },
      mention('Moscow', RUSSIA_GOV, 'country'),
    ],
    quotes: [quote],
    events: [],
  };
  return { analysis, quote };
}

for (const dialect of DIALECTS) {
  describe(`store contract, quotes: ${dialect.name}`, () => {
    let store: Store;
    const dir = tempDir();
    beforeEach(async () => {
      store = await dialect.open(dir);
    });
    afterEach(async () => {
      await store.close();
    });

    it('keeps the cue, the speaker words and the parts of a quote', async () => {
      const { analysis, quote } = splitQuote();
      await store.saveAnalysis(analysis);
      const found = await store.article(analysis.article.id);
      const stored = { ...quote, articleId: analysis.article.id };
      expect(found?.quotes).toEqual([stored]);
      expect(await store.quotes()).toEqual([stored]);
    });

    it('finds quotes about an actor mentioned inside them, leaving the speaker out', async () => {
      const { analysis } = splitQuote();
      await store.saveAnalysis(analysis);
      expect(await store.quotes({ about: 'antony-blinken' })).toHaveLength(1);
      expect(await store.quotes({ about: 'USA' })).toHaveLength(1);
      expect(await store.quotes({ about: 'RUSGOV' })).toHaveLength(1); // Moscow, inside the second part
      expect(await store.quotes({ about: 'moscow' })).toHaveLength(0); // names are matched on the actor's name
      expect(await store.quotes({ about: 'sergey-lavrov' })).toHaveLength(0); // only "he added" names him
      expect(await store.quotes({ about: 'UKR' })).toHaveLength(0);
    });

    it('finds quotes by the speaker id, code prefix, name words, or the words that named them', async () => {
      const { analysis } = splitQuote();
      await store.saveAnalysis(analysis);
      for (const speaker of ['sergey-lavrov', 'RUS', 'lavrov', 'Sergey']) {
        expect(await store.quotes({ speaker }), speaker).toHaveLength(1);
      }
      expect(await store.quotes({ speaker: 'blinken' })).toHaveLength(0);
      expect(await store.quotes({ speaker: 'lavrov', about: 'blinken', kind: 'direct' })).toHaveLength(1);
      expect(await store.quotes({ kind: 'indirect' })).toHaveLength(0);
      expect(await store.quotes({ since: '2022-01-22' })).toHaveLength(0);
      expect(await store.quotes({ until: '2022-01-21' })).toHaveLength(1);
    });
  });
}
