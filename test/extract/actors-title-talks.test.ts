import { describe, expect, it } from 'vitest';
import { titledRelease } from '../helpers/events.js';

// A state's release titled with talks of two states ("Polish-Lithuanian talks"): in the transcript, one
// leader's "you" and "Mr President" are the other state's leader, as in a title naming a meeting "with" them.

const youAndTitles = (title: string, text: string, date = '2022-05-10') =>
  titledRelease(title, text, date, 'President of Poland')
    .mentions.filter((m) => m.text === 'you' || m.text === 'President')
    .map((m) => `${m.text}=${m.actor?.id ?? ''}`);

describe('actors: talks of two states named in the title', () => {
  it("reads the host's 'you' and 'Mr President' as the other state's head of state", () => {
    const text = 'Andrzej Duda: Mr President, we are glad that you came to Warsaw for these talks.';
    expect(youAndTitles('Poland–Lithuania talks', text)).toEqual([
      'President=gitanas-nauseda',
      'you=gitanas-nauseda',
    ]);
  });

  it('codes the visit of the one addressed to the host', () => {
    const text =
      'Andrzej Duda: Mr President, we are delighted that you are paying a state visit to our country.';
    const events = titledRelease('Polish-Lithuanian talks', text, '2022-05-10', 'President of Poland').events;
    expect(events.map((e) => `${e.source.code}>${e.target?.code} ${e.code}`)).toContain('LTUGOV>POL 042');
  });

  it('takes the other side from the one who speaks for that state in the transcript', () => {
    const text =
      'Andrzej Duda: Thank you for coming, you are always welcome here. ' +
      'Prime Minister of Lithuania Ingrida Simonyte: Thank you. I am grateful to you.';
    expect(youAndTitles('Polish-Lithuanian talks', text)).toEqual([
      'you=ingrida-simonyte',
      'you=ingrida-simonyte',
      'you=andrzej-duda',
      'you=andrzej-duda',
    ]);
  });

  it('leaves a news conference after the talks alone, where "you" may be a journalist', () => {
    const text = 'Andrzej Duda: We are glad that you came to Warsaw.';
    expect(youAndTitles('News conference following Polish-Lithuanian talks', text)).toEqual([]);
  });
});
