import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.js';

const mentions = (text: string, published: string) => mentionsOf(text, published);
const surname = (text: string, published: string, word: string) =>
  mentions(text, published).find((m) => m.text === word && m.type === 'person');

describe("a former leader's bare surname", () => {
  it("names no one in news that never names the leader's country", () => {
    const text = 'Brown told the county board that the new road would be finished by June.';
    expect(surname(text, '2012-10-02', 'Brown')?.actor?.id).not.toBe('gordon-brown');
  });

  it("names the former leader once the article names the leader's country", () => {
    const text = 'The British economy shrank again. Brown said the cuts had gone too far.';
    expect(surname(text, '2012-10-02', 'Brown')?.actor?.id).toBe('gordon-brown');
    const capital = 'Talks in London ended late. Brown said the cuts had gone too far.';
    expect(surname(capital, '2012-10-02', 'Brown')?.actor?.id).toBe('gordon-brown');
    const after = 'Brown said the cuts had gone too far. Britain would pay for them for years.';
    expect(surname(after, '2012-10-02', 'Brown')?.actor?.id).toBe('gordon-brown');
  });

  it('still names a leader in office that day with no country named', () => {
    const text = 'Putin told the visitors that the harvest had been good.';
    expect(surname(text, '2022-01-20', 'Putin')?.actor?.code).toBe('RUSGOV');
  });
});
