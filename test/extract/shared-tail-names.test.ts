import { describe, expect, it } from 'vitest';
import { codedDyads } from '../helpers/events.js';
import { mentionsOf } from './helpers.js';

const actors = (text: string) =>
  mentionsOf(text, '2022-02-22').map((m) => `${m.text}=${m.actor?.code ?? ''}`);

describe('two names sharing their last words, written once after both', () => {
  it('reads "the Donetsk and Lugansk people\'s republics" as both republics', () => {
    const found = mentionsOf("Moscow recognised the Donetsk and Lugansk people's republics.", '2022-02-22');
    expect(found.map((m) => m.actor?.name)).toEqual([
      expect.any(String),
      "Donetsk People's Republic",
      "Luhansk People's Republic",
    ]);
  });

  it('reads "North and South Korea" as both countries', () => {
    expect(actors('Delegations of North and South Korea met in Panmunjom.')).toEqual(
      expect.arrayContaining(['North=PRK', 'South Korea=KOR']),
    );
  });

  it('codes an act on both', () => {
    expect(
      codedDyads("Russia recognised the independence of the Donetsk and Luhansk People's Republics.", {
        published: '2022-02-22',
      }).sort(),
    ).toEqual(['RUS>UKRREB 054', 'RUS>UKRREB 054']);
  });

  it('leaves places that share a plural noun alone', () => {
    expect(actors('Shelling hit the Donetsk and Kharkiv regions.')).not.toContainEqual(
      expect.stringMatching(/^Donetsk=/),
    );
  });
});
