import { describe, expect, it } from 'vitest';
import { titledRelease } from '../helpers/events.js';

// "Mr President" in a transcript whose title names no meeting of two ("News conference following … talks"):
// the one other holder of that office among the transcript's speakers or the people it names.
const TITLE = 'News conference following Polish-Lithuanian talks';
const addressed = (text: string, title = TITLE) =>
  titledRelease(title, text, '2022-05-10', 'President of Poland')
    .mentions.filter((m) => m.rule.includes('addressee') && m.text !== 'you')
    .map((m) => m.actor?.id);

describe('actors: the office holder a speaker addresses', () => {
  it('reads "Mr President" in a turn as the other president who speaks', () => {
    const text =
      'President of Poland Andrzej Duda: Mr President, ladies and gentlemen, I am glad to host you in Warsaw. ' +
      'President of Lithuania Gitanas Nauseda: Thank you, Mr President. We discussed the border.';
    expect(addressed(text)).toEqual(['gitanas-nauseda', 'andrzej-duda']);
  });

  it('reads "Mr Prime Minister" as the head of government who speaks', () => {
    const text =
      'President of Poland Andrzej Duda: Mr Prime Minister, thank you for coming. ' +
      'Prime Minister of Lithuania Ingrida Simonyte: Thank you, Mr President.';
    expect(addressed(text, 'Polish-Lithuanian talks')).toEqual(['ingrida-simonyte', 'andrzej-duda']);
  });

  it('leaves "Mr President" alone when several other presidents speak', () => {
    const text =
      'President of Poland Andrzej Duda: Thank you. ' +
      'President of Lithuania Gitanas Nauseda: Mr President, we agree. ' +
      'President of Romania Klaus Iohannis: Thank you.';
    expect(addressed(text, 'Trilateral talks')).toEqual([]);
  });
});
