import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Support or aid a subject has, enjoys or gains was given to that subject: the subject is the target and the
// giver is the party "from" or "of" names, if any.
const stated = (text: string) => codedDyads(text, { published: '2022-02-10', statedOnly: true });

describe('events coder: support or aid that a subject has or obtains', () => {
  it('makes the holder of support its target and the party "of" or "from" names its source', () => {
    expect(stated('Finland enjoys the full support of Sweden.')).toEqual(['SWE>FIN 051']);
    expect(stated("Finland enjoys Sweden's support.")).toEqual(['SWE>FIN 051']);
    expect(stated('Latvia gained political support from Estonia.')).toEqual(['EST>LVA 051']);
  });

  it('codes no event when the one who gave the support is not named', () => {
    expect(stated('Georgia has broad international support.')).toEqual([]);
    expect(
      stated('We won support from many leaders of the world, the Moldovan president said.'),
    ).not.toContainEqual(expect.stringMatching(/^MDA.* 051$/));
  });

  it('leaves support someone gives alone', () => {
    expect(stated('Sweden expressed its support for Finland.')).toContainEqual(
      expect.stringMatching(/^SWE.*>FIN 051$/),
    );
  });
});
