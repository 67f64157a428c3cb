import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// An attack named after where or at what it happened ("the Riverside Festival bombing") was done by no one
// of that name: a name no dictionary codes before an attack noun is the attack's name, not its author.
const coded = (text: string) => codedDyads(text, { published: '2019-06-10' });

describe('events coder: attacks named by an event or a place', () => {
  it('takes no author from an uncoded name before an attack noun', () => {
    const events = coded(
      'Police are still searching for the men behind the Riverside Jazz Festival bombing.',
    );
    expect(events.filter((e) => !e.startsWith('---'))).toEqual([]);
    const killed = coded('The Lakeshore Regatta shooting that killed four people shocked the city.');
    expect(killed.filter((e) => e.includes(' 18') && !e.startsWith('---'))).toEqual([]);
  });

  it('still takes a coded group or country before an attack noun as its author', () => {
    expect(coded('A Taliban bombing killed five soldiers in Kandahar.')).toContainEqual(
      expect.stringMatching(/^AFGREB>.* 18/),
    );
    expect(coded('The Syrian attack on the convoy killed two drivers.')).toContainEqual(
      expect.stringMatching(/^SYR/),
    );
  });
});
