import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis.js';
import { record } from './helpers.js';

const codeOf = (a: Analysis, text: string) => a.mentions.find((m) => m.text === text)?.actor?.code;
const texts = (a: Analysis) => a.mentions.map((m) => m.text);

describe('names typed in odd case', () => {
  it('reads a known name in lower case right after a title', () => {
    expect(codeOf(record('President putin spoke to reporters.', '2015-03-02', 'actors'), 'putin')).toBe(
      'RUSGOV',
    );
    expect(
      codeOf(record('Secretary of State kerry flew home on Sunday.', '2015-03-02', 'actors'), 'kerry'),
    ).toBe('USAGOV');
    // a surname that is also a word, after a capitalised title
    const a = record('President bush spoke to reporters.', '2005-03-02', 'actors');
    expect(a.mentions.find((m) => m.text === 'bush')?.actor?.id).toBe('george-w-bush');
  });

  it('reads a country no English word shares in lower case, and a capital inside a word as a name', () => {
    const a = record('egypt and israel signed a deal with iRAN on Monday.', '2015-03-02', 'actors');
    expect([codeOf(a, 'egypt'), codeOf(a, 'israel'), codeOf(a, 'iRAN')]).toEqual(['EGY', 'ISR', 'IRN']);
  });

  it('reads an institution noun in lower case at the end of a known name', () => {
    const a = record('The US State department and the UN Security council met.', '2015-03-02', 'actors');
    expect(codeOf(a, 'US State department')).toBe('USAGOV');
    expect(texts(a)).toContain('UN Security council');
  });

  it('leaves lower-case words that names share alone', () => {
    const words = record(
      'They served turkey on china plates, and chad and jordan ate with the bush pilots.',
      '2015-03-02',
      'actors',
    );
    expect(words.mentions.filter((m) => m.type === 'country')).toEqual([]);
    // a surname alone in lower case, or after a lower-case title before a noun, is a word
    const surnames = record(
      'He won with a half nelson. Critics decried executive power plants.',
      '2015-03-02',
      'actors',
    );
    expect(surnames.mentions.filter((m) => m.type === 'person')).toEqual([]);
    // a name needs its capital before a lower-case institution noun when its first word is an ordinary word
    expect(texts(record('Future movement of goods is unlikely.', '2015-03-02', 'actors'))).toEqual([]);
  });
});
