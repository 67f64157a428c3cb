import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// An act someone is kept from doing ("blocked the mission from sending observers", "stopped the police
// from detaining and deporting them") did not happen, however many gerunds name it.
const stated = (text: string) => codedDyads(text, { published: '2022-03-01', statedOnly: true });

describe('events coder: acts that were prevented', () => {
  it('codes no act after "blocked X from"', () => {
    expect(
      stated('Hungary blocked the OSCE from sending monitors to Serbia.').filter((e) => e.includes(' 08')),
    ).toEqual([]);
  });

  it('keeps every gerund joined after "from" prevented, not only the first', () => {
    const events = stated(
      'The Kenyan court prevented the police from detaining and expelling the Somali refugees.',
    );
    expect(events.filter((e) => e.includes(' 17'))).toEqual([]);
  });

  it('still codes a second gerund joined to an act that happened', () => {
    expect(stated('Uganda accused Kenya of arresting and expelling the Ugandan traders.')).toContainEqual(
      expect.stringMatching(/^UGA.*>KEN 112$/),
    );
  });
});
