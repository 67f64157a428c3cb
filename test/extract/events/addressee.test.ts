import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';

// Whom a speaker addresses: in the transcript of a meeting the title names, each party's "you" and
// "Mr President" are the other party.
const knowledge = loadKnowledge();
const analysed = (title: string | undefined, text: string) =>
  analyze(
    {
      id: 'addressee-test',
      published: '2022-02-07',
      ...(title !== undefined && { title }),
      source: 'President of Russia',
      text,
      lang: 'en',
    },
    knowledge,
  );
const coded = (title: string | undefined, text: string) =>
  analysed(title, text).events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code}`);

const MEETING = 'Meeting with President of France Emmanuel Macron';
const TRANSCRIPT =
  'Vladimir Putin: Mr President, I thank you for accepting our invitation. ' +
  'Emmanuel Macron: Thank you, Mr President. I want to thank you for this meeting.';

describe('actors: whom a speaker addresses in a meeting transcript', () => {
  it('reads each party\'s "you" as the other party', () => {
    const found = coded(MEETING, TRANSCRIPT);
    expect(found).toContainEqual('RUSGOV>FRAGOV 051');
    expect(found).toContainEqual('FRAGOV>RUSGOV 051');
  });

  it('reads "Mr President" in a party\'s turn as the other party', () => {
    const mentions = analysed(MEETING, TRANSCRIPT).mentions.filter((m) => m.text === 'President');
    expect(mentions.map((m) => m.actor?.id)).toEqual(['emmanuel-macron', 'vladimir-putin']);
  });

  it('reads "Mr President" taken for a name as the party addressed', () => {
    const text = 'Vladimir Putin: Good afternoon, Mr President. Emmanuel Macron: Thank you, Mr President.';
    const mentions = analysed(MEETING, text).mentions.filter((m) => m.text === 'Mr President');
    expect(mentions.map((m) => m.actor?.id)).toEqual(['emmanuel-macron', 'vladimir-putin']);
  });

  it('leaves "you" unresolved when no title names the meeting', () => {
    const found = coded(undefined, TRANSCRIPT);
    expect(found).not.toContainEqual(expect.stringMatching(/^RUSGOV>FRAGOV/));
    expect(analysed(undefined, TRANSCRIPT).mentions.some((m) => m.text === 'you')).toBe(false);
  });
});

describe('events coder: the one an act is "for" before its infinitive', () => {
  it('takes the "for" phrase before "to" as the subject of the infinitive', () => {
    const found = coded(
      undefined,
      'Scholz said it was time for Russia to withdraw its troops from the border.',
    );
    expect(found).toContainEqual(expect.stringMatching(/^RUS>\S+ 087$/));
    expect(found).not.toContainEqual(expect.stringMatching(/^DEU\S*>\S+ 087$/));
  });
});
