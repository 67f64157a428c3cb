import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.js';

const texts = (text: string) => mentionsOf(text, '2022-03-01').map((m) => m.text);

describe("the pieces of a document's name are no actors", () => {
  it('reads a capitalised list after "Treaty of" as words of the name', () => {
    const found = texts(
      'Minsk ratified the Treaty of Friendship, Cooperation and Mutual Assistance with Armenia.',
    );
    expect(found).not.toContain('Cooperation');
    expect(found).not.toContain('Mutual Assistance');
    expect(found).toContain('Armenia');
  });

  it('reads a list after "Agreement on" and "Memorandum of" the same way', () => {
    expect(texts('Kyiv cited the Agreement on Trade, Investment and Economic Partnership.')).toEqual([
      'Kyiv',
    ]);
    expect(texts('Moscow cited the Memorandum of Understanding, Security and Guarantees.')).toEqual([
      'Moscow',
    ]);
  });

  it('ends the name at a comma no "and" closes, so a speaker after it stays a person', () => {
    expect(texts('Minsk signed the Treaty of Friendship, Ivan Petrov said.')).toContain('Ivan Petrov');
  });
});

describe("a holiday's name is no actor", () => {
  it('reads a name the tagger took for a body that ends in "Day" as a holiday', () => {
    const found = texts("Putin congratulated the parents on International Children's Day in Moscow.");
    expect(found.some((t) => t.includes('Day'))).toBe(false);
    expect(found).toContain('Putin');
  });
});

describe("a street's name is no actor", () => {
  it("reads a country's name before a capitalised street word as part of the street's name", () => {
    expect(texts('Mandela visited the newspaper at One Norway Street in Boston.')).not.toContain('Norway');
    expect(texts('Mandela visited Norway in 1990.')).toContain('Norway');
  });
});
