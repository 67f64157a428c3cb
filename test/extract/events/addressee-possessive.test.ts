import { describe, expect, it } from 'vitest';
import { eventDyads, titledRelease } from '../../helpers/events.js';

// "Your" in a party's turn is the other party's, as "you" is: the invitation a guest accepts is the host's.
const MEETING = 'Meeting with President of France Emmanuel Macron';
const coded = (text: string) => eventDyads(titledRelease(MEETING, text));

describe('actors: "your" in a meeting transcript is the party addressed', () => {
  it('makes the addressee the one who invited', () => {
    const found = coded(
      'Emmanuel Macron: Mr President, I was happy to get your invitation to the Kremlin. ' +
        'Vladimir Putin: Mr President, we were glad to receive your invitation to Paris last year.',
    );
    expect(found.filter((d) => d.endsWith(' 036')).map((d) => d.split('>')[0])).toEqual(['RUSGOV', 'FRAGOV']);
  });
});

describe('events: thanks for "your" act', () => {
  it('makes the one thanked the author and the speaker the target', () => {
    const found = coded('Vladimir Putin: Mr President, I am glad to see you. Thank you for your invitation.');
    expect(found).toContain('FRAGOV>RUSGOV 036');
    expect(found).toContain('RUSGOV>FRAGOV 051');
  });
});
