import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/nlp/normalize.js';
import { separatePossessives, tokenize } from '../../src/nlp/wink.js';
import { sharedPath } from '../helpers/shared.js';

const tokensOf = (text: string) => tokenize(normalizeText(text)).tokens.map((t) => `${t.text}/${t.pos}`);

describe('tokenization does not depend on what was read before', () => {
  it('splits possessives the same way every time', () => {
    const text = "Mr. Zqxobama's plan met Kplorov's reply. It's over, and let's see today's news.";
    const first = tokensOf(text);
    expect(first).toContain("'s/PART");
    expect(first.filter((t) => t.startsWith('Zqxobama'))).toEqual(['Zqxobama/PROPN']);
    expect(tokensOf(text)).toEqual(first);
    expect(tokensOf(text)).toEqual(first);
  });

  it('maps spans back through the spaces it hands the tokenizer', () => {
    const text = "Russia's troops and NATO's reply";
    const { tokens } = tokenize(normalizeText(text));
    for (const t of tokens) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === "'s")?.space).toBe('');
    expect(separatePossessives("it's Russia's").text).toBe("it's Russia 's");
  });

  it('gives identical tokens for a real corpus read twice in one process', () => {
    const dir = sharedPath('data/allsides-political-news');
    if (!dir) return;
    const texts = readFileSync(join(dir, 'allsides-000.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 150)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const first = texts.map((t) => tokensOf(t).join(' '));
    const second = texts.map((t) => tokensOf(t).join(' '));
    expect(second).toEqual(first);
  });
});
