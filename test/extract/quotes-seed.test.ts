import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { prepareArticle } from '../../src/ingest/prepare.js';
import { readInputs } from '../../src/ingest/read.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { sharedPath } from '../helpers/shared.js';
import { quoteWith } from './quotes-helpers.js';

const BLINKEN = 'antony-blinken';
const LAVROV = 'sergey-lavrov';

/** The seed's quotations, the words each begins with, and who said them. */
const DIRECT: readonly [string, string][] = [
  ['fully prepared', BLINKEN],
  ['if it proves useful and productive', BLINKEN],
  ['If we conclude and the Russians conclude', BLINKEN],
  ['in more details, and in writing next week', BLINKEN],
  ['agreed to further discussions after that', BLINKEN],
  ['at least at the level of foreign ministers', BLINKEN],
  ['another conversation at our ministerial level', LAVROV],
  ['President Putin is always ready for contact with President Biden', LAVROV],
  ['We need to understand what will happen before we go to the presidential level.', LAVROV],
  ['on a clear path to understanding', BLINKEN],
  ['frank', BLINKEN],
  ['substantive', BLINKEN],
  ['candid exchange of concerns and ideas', BLINKEN],
  ['reduce emotions', LAVROV],
];

describe('quotes on the seed article', () => {
  let seed: Analysis | undefined;
  beforeAll(async () => {
    const dir = sharedPath('seed');
    if (!dir) return;
    for await (const item of readInputs([join(dir, readdirSync(dir)[0]!)], { maxBytes: 1e6 })) {
      if (item.kind !== 'article') throw new Error('seed rejected');
      const article = prepareArticle(item);
      if ('kind' in article) throw new Error('seed rejected');
      seed = analyze(article, loadKnowledge());
    }
  });

  it('finds at least 11 direct quotes, each said by Blinken or Lavrov', () => {
    if (!seed) return;
    const direct = seed.quotes.filter((q) => q.kind === 'direct' && q.speaker);
    expect(direct.length).toBeGreaterThanOrEqual(11);
    for (const q of direct) expect([BLINKEN, LAVROV], q.text).toContain(q.speaker?.id);
    for (const [words, speaker] of DIRECT) {
      const q = seed.quotes.find((x) => x.kind === 'direct' && x.text.startsWith(words));
      expect(q?.speaker?.id, words).toBe(speaker);
    }
    for (const q of seed.quotes.filter((x) => !x.parts))
      expect(seed.article.text.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  it('attributes the quotes of the examples in the issue', () => {
    if (!seed) return;
    expect(
      quoteWith(seed.quotes, 'President Putin is always ready for contact with President Biden'),
    ).toMatchObject({ speaker: { id: LAVROV, code: 'RUSGOV' }, cue: 'add', rule: 'quote.direct.before-cue' });
    expect(quoteWith(seed.quotes, 'We need to understand what will happen')).toMatchObject({
      speaker: { id: LAVROV },
      speakerText: 'He',
      cue: 'conclude',
    });
    expect(quoteWith(seed.quotes, 'in more details', 'mixed')).toMatchObject({
      speaker: { id: BLINKEN },
      speakerText: 'the top US official',
      cue: 'state',
    });
  });

  it('keeps the headline quotation with no speaker rather than guess one', () => {
    if (!seed) return;
    const headline = seed.quotes.find((q) => q.text === 'clear path to understanding');
    expect(headline).toMatchObject({ kind: 'direct' });
    expect(headline?.speaker).toBeUndefined();
  });

  it('reports indirect speech by people, governments and countries', () => {
    if (!seed) return;
    expect(quoteWith(seed.quotes, 'Moscow is waiting for Washington')).toMatchObject({
      kind: 'indirect',
      speaker: { id: LAVROV },
    });
    expect(quoteWith(seed.quotes, 'President Joe Biden is ready to meet')).toMatchObject({
      speaker: { id: BLINKEN },
    });
    expect(quoteWith(seed.quotes, 'Russia hopes that the US will', 'mixed')).toMatchObject({
      cue: 'according to',
      speaker: { id: LAVROV },
    });
    expect(quoteWith(seed.quotes, 'Russia is trying to destabilize')).toMatchObject({
      speaker: { code: 'UKR' },
    });
    expect(quoteWith(seed.quotes, 'it is planning to attack')).toMatchObject({ speaker: { code: 'RUSGOV' } });
  });
});
