import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Event words of wartime statements and readouts used in another sense: welfare at home, power taken in a
// coup, an address to a people, a state named a terrorist, "a great deal" of work.
const dyads = (text: string) => codedDyads(text, { published: '2022-03-01' });
const codes = (text: string) => dyads(text).map((d) => d.split(' ')[1]);

describe('events coder: senses of crisis statements', () => {
  it('reads seizing power or staging a coup as violence, not seized property', () => {
    expect(dyads('Rebels tried to seize power in Chad.')).toEqual(['---REB>TCD 180']);
    expect(dyads('The army staged a coup in Mali.')).toContainEqual('---MIL>MLI 180');
    expect(codes('Police seized weapons in Tbilisi.')).toContain('171');
  });
});
