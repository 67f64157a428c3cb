import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import type { Mention } from '../../src/core/records.js';
import { prepareArticle } from '../../src/ingest/prepare.js';
import { readInputs } from '../../src/ingest/read.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { sharedPath } from '../helpers/shared.js';

/** The mentions whose text is exactly `text`, in order. */
function mentionsOf(a: Analysis, text: string): Mention[] {
  return a.mentions.filter((m) => m.text === text);
}

/** The mention of `text` in the sentence that contains `context`. */
function mentionIn(a: Analysis, context: string, text: string): Mention | undefined {
  const sentence = a.sentences.find((s) => a.article.text.slice(s.span.start, s.span.end).includes(context));
  if (!sentence) throw new Error(`no sentence contains ${context}`);
  return a.mentions.find((m) => m.sentence === sentence.index && m.text === text);
}

describe('actors on the seed article', () => {
  let seed: Analysis | undefined;
  beforeAll(async () => {
    const dir = sharedPath('seed');
    if (!dir) return;
    const file = join(dir, readdirSync(dir)[0]!);
    for await (const item of readInputs([file], { maxBytes: 1e6 })) {
      if (item.kind !== 'article') throw new Error('seed rejected');
      const article = prepareArticle(item);
      if ('kind' in article) throw new Error('seed rejected');
      seed = analyze(article, loadKnowledge());
    }
    expect(readFileSync(file, 'utf8')).toContain('Blinken');
  });

  it('resolves the named people to their office on the date', () => {
    if (!seed) return;
    expect(mentionsOf(seed, 'Antony Blinken')[0]?.actor).toMatchObject({
      id: 'antony-blinken',
      code: 'USAGOV',
    });
    expect(mentionsOf(seed, 'Joe Biden')[0]?.actor).toMatchObject({ id: 'joe-biden', code: 'USAGOV' });
    expect(mentionsOf(seed, 'Vladimir Putin')[0]?.actor).toMatchObject({
      id: 'vladimir-putin',
      code: 'RUSGOV',
    });
    expect(mentionsOf(seed, 'Sergey Lavrov')[0]?.actor).toMatchObject({
      id: 'sergey-lavrov',
      code: 'RUSGOV',
    });
    for (const m of [...mentionsOf(seed, 'Antony Blinken'), ...mentionsOf(seed, 'Sergey Lavrov')])
      expect(m.type).toBe('person');
  });

  it('resolves roles, counterparts and descriptions', () => {
    if (!seed) return;
    expect(mentionsOf(seed, 'his Russian counterpart')[0]?.actor?.id).toBe('vladimir-putin');
    expect(mentionsOf(seed, 'the Russian Foreign Minister')[0]?.actor?.id).toBe('sergey-lavrov');
    expect(mentionsOf(seed, 'the top US official')[0]?.actor?.id).toBe('antony-blinken');
    expect(mentionsOf(seed, 'The US Secretary of State')[0]?.actor?.id).toBe('antony-blinken');
    expect(mentionsOf(seed, 'the top Russian diplomat')[0]?.actor?.id).toBe('sergey-lavrov');
  });

  it('resolves "He" to the subject of the sentence before', () => {
    if (!seed) return;
    expect(mentionIn(seed, 'He said that contact with the US will continue', 'He')?.actor?.id).toBe(
      'sergey-lavrov',
    );
    expect(mentionIn(seed, 'He concluded', 'He')?.actor?.id).toBe('sergey-lavrov');
    expect(mentionIn(seed, 'He added that after the US shares', 'He')?.actor?.id).toBe('antony-blinken');
  });

  it('reads seats of power as governments and keeps places and blocs apart', () => {
    if (!seed) return;
    for (const m of mentionsOf(seed, 'Moscow')) expect(m.actor?.code).toBe('RUSGOV');
    expect(mentionsOf(seed, 'the Kremlin')[0]?.actor?.code).toBe('RUSGOV');
    expect(mentionsOf(seed, 'Washington')[0]?.actor?.code).toBe('USAGOV');
    expect(mentionsOf(seed, 'Kyiv')[0]?.actor?.code).toBe('UKRGOV');
    expect(mentionsOf(seed, 'NATO')[0]?.actor?.id).toBe('NATO');
    expect(seed.mentions.filter((m) => m.text === 'Geneva' && m.actor)).toEqual([]);
    const west = mentionsOf(seed, 'Western nations')[0];
    expect(west?.type).toBe('group');
    expect(west?.actor?.id).toBe('WEST');
    expect(mentionsOf(seed, 'Minsk').filter((m) => m.actor)).toEqual([]);
  });

  it('gives every mention evidence: span into the original text and the rules that decided it', () => {
    if (!seed) return;
    for (const m of seed.mentions) {
      expect(seed.article.text.slice(m.span.start, m.span.end)).toBe(m.text);
      expect(m.rule).toMatch(/^[a-z.-]+(>[a-z.-]+)?$/);
      expect(m.confidence).toBeGreaterThan(0);
    }
  });
});
