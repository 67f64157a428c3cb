import { describe, expect, it } from 'vitest';
import { eventDyads, titledRelease } from '../../helpers/events.js';

// Whom a speaker addresses: in the transcript of a meeting the title names, each party's "you" and
// "Mr President" are the other party.
const analysed = (title: string | undefined, text: string) => titledRelease(title, text);
const coded = (title: string | undefined, text: string) => eventDyads(titledRelease(title, text));

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

describe('actors: the audience an address is to, as its title names it', () => {
  const speech = (title: string, text: string) =>
    eventDyads(titledRelease(title, text, '2022-03-20', 'President of Ukraine'));
  const TEXT = 'I ask you to help us. We are grateful to you for the sanctions.';

  it('reads the speaker\'s "you" as another country\'s parliament or people the title names', () => {
    const found = speech('Address by the President of Ukraine to the Parliament of Canada', TEXT);
    expect(found).toContainEqual('UKRGOV>CANLEG 023');
    expect(found).toContainEqual('UKRGOV>CANLEG 051');
    expect(speech('Speech by the President of Ukraine to the people of Norway', TEXT)).toContainEqual(
      'UKRGOV>NORCVL 051',
    );
  });

  it('leaves "you" alone in an address to the speaker\'s own country', () => {
    const found = speech('Address by the President of Ukraine to the Verkhovna Rada', TEXT);
    expect(found.filter((e) => !e.includes('>-'))).toEqual([]);
  });
});

describe('actors: a person named right after "you"', () => {
  it('is the one addressed', () => {
    const text = 'Nikol Pashinyan: Good afternoon. I thank you, Mr Tokayev, for the update on the situation.';
    const found = analysed(undefined, text).events.map(
      (e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code}`,
    );
    expect(found).toContainEqual('ARMGOV>KAZGOV 051');
  });
});
