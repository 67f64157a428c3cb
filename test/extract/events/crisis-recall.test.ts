import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: acts of war in crisis reporting whose parties the plainer rules left unnamed.
const stated = (text: string) => codedDyads(text, { published: '2022-03-10', statedOnly: true });

describe('events coder: a city the tagger took for a group or a person', () => {
  it('reads the city as a place of its country, the target of force used on it', () => {
    expect(stated('The invaders kept shelling Mariupol.')).toContainEqual(expect.stringMatching(/>UKR 194$/));
    expect(stated('Kharkiv was shelled overnight.')).toContainEqual('--->UKR 194');
  });
});

describe('events coder: a place named as the subject of a passive', () => {
  it('takes the place’s country as whom violence with no attacker named was done to', () => {
    expect(stated('Chernihiv was bombed again.')).toContainEqual('--->UKR 183');
  });
});

describe('events coder: the weapons an attack is made with', () => {
  it('are no target of the attack', () => {
    const found = stated('Russian forces shelled Kharkiv with rocket artillery.');
    expect(found).toContainEqual('RUSMIL>UKR 194');
    expect(found).not.toContainEqual(expect.stringMatching(/>---MIL/));
  });
});
