import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Adjectives joined by "and" before one noun, and demand that is a market's rather than a party's.
const dyads = (text: string) => codedDyads(text, { published: '2022-03-01' });

describe('events coder: joined modifiers and market demand', () => {
  it('keeps adjectives joined by "and" or "or" in the phrase of the noun after them', () => {
    expect(dyads('Lithuania and Poland held substantive and constructive talks.')).toEqual([
      'LTU>POL 046',
      'POL>LTU 046',
    ]);
    expect(dyads('Lithuania met domestic and foreign officials.')).not.toContainEqual('LTU>- 040');
  });

  it('reads meeting the demand of a market as no event, meeting the demands of a party as yielding', () => {
    expect(dyads('Lithuania will meet domestic and international demand for grain.')).toEqual([]);
    expect(dyads('Lithuania will meet the growing demand for gas.')).toEqual([]);
    expect(dyads('Lithuania met the demands of the protesters.')).toEqual(['LTU>LTUOPP 083']);
  });
});

describe('events coder: a pronoun object with its antecedent sense', () => {
  it('reads a pronoun that stands for problems named before as those problems', () => {
    expect(dyads('Lithuania listed the problems and proposed measures to eliminate them.')).toEqual([]);
    expect(dyads('Lithuania found the problem and eliminated it.')).toEqual([]);
    // people named before are still eliminated
    expect(dyads('Lithuania found the saboteurs and eliminated them.')).toEqual(['LTU>- 186']);
  });
});

describe('events coder: what a place is cleansed of', () => {
  it('reads cleansing of ideas or things as no act of force, cleansing of people as one', () => {
    expect(dyads('Lithuania cleansed the state of fantasies.')).toEqual([]);
    expect(dyads('The state was cleansed of fantasies by Lithuania.')).toEqual([]);
    expect(dyads('Lithuania cleansed the region of Poles.')).toEqual(['LTU>POLCVL 203']);
  });
});

describe('events coder: what is reinforced', () => {
  it('reads reinforcing a coalition or cooperation as no military posture, reinforcing troops as one', () => {
    expect(dyads('Lithuania is reinforcing the coalition.')).toEqual([]);
    expect(dyads('Lithuania reinforced its troops near the border.')).toEqual(['LTU>LTUMIL 154']);
  });
});
