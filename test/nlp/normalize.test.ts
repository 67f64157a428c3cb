import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from '../../src/nlp/normalize.js';

function mapsBack(original: string, word: string): string {
  const norm = normalizeText(original);
  const at = norm.text.indexOf(word);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = toOriginalSpan(norm, at, at + word.length);
  return original.slice(span.start, span.end);
}

describe('normalizeText', () => {
  it('turns curly and angle quotes into ASCII quotes', () => {
    expect(normalizeText('“fully prepared” and ‘reduce emotions’ «x»').text).toBe(
      `"fully prepared" and 'reduce emotions' "x"`,
    );
  });

  it('collapses spaces, exotic spaces and extra blank lines, and trims the ends', () => {
    expect(normalizeText('  a \u00a0\t b\r\n\r\n\r\n\r\nc  ').text).toBe('a b\n\nc');
  });

  it('drops zero-width characters and soft hyphens', () => {
    expect(normalizeText('Kyi\u200bv de\u00adfence').text).toBe('Kyiv defence');
  });

  it('composes to NFC and maps composed characters back to the original range', () => {
    const original = 'Zelenskyy met Erdog\u0306an in Kyiv';
    const norm = normalizeText(original);
    expect(norm.text).toBe('Zelenskyy met Erdoğan in Kyiv');
    expect(mapsBack(original, 'Erdoğan')).toBe('Erdog\u0306an');
    expect(mapsBack(original, 'Kyiv')).toBe('Kyiv');
  });

  it('maps every span back to the original text through collapsed whitespace and quotes', () => {
    const original = 'Lavrov  said:\r\n\r\n\r\n“We need   to understand.”';
    expect(mapsBack(original, '"We need to understand."')).toBe('“We need   to understand.”');
    expect(mapsBack(original, 'said')).toBe('said');
  });

  it('keeps astral characters intact', () => {
    const original = 'flag 🇺🇦 then Kyiv';
    expect(mapsBack(original, 'Kyiv')).toBe('Kyiv');
    expect(normalizeText(original).text).toBe(original);
  });
});
