import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';

describe('sitrep analyze', () => {
  it('prints the record of the seed up to the nlp stage, with spans into the original text', async () => {
    const seed = sharedPath('seed');
    if (!seed) return;
    const run = await cli(['analyze', seed, '--until', 'nlp', '--json']);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.out);
    expect(record.stages).toEqual(['text', 'nlp']);
    expect(record.article.published).toBe('2022-01-22');
    expect(record.sentences.length).toBeGreaterThan(20);
    const text: string = record.article.text;
    for (const token of record.tokens) {
      const original = text.slice(token.span.start, token.span.end);
      // Quotes were normalised to ASCII; everything else is the original text.
      expect(original.replace(/[“”]/g, '"').replace(/[‘’]/g, "'")).toBe(token.text);
    }
    const blinken = record.tokens.find((t: { text: string }) => t.text === 'Blinken');
    expect(blinken.pos).toBe('PROPN');
    const said = record.tokens.find((t: { text: string }) => t.text === 'said');
    expect(said.lemma).toBe('say');
  });

  it('refuses an unknown stage and names the ones that exist', async () => {
    const run = await cli(['analyze', join('no', 'such'), '--until', 'magic']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/unknown stage 'magic': available stages are text, nlp/);
  });
});
