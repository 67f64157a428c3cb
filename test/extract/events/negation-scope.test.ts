import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// How far a negation reaches: a "no" that counts events, a subject that names no one, and verbs after "and".
const dyads = (text: string) => codedDyads(text, { published: '2022-03-01' });
const stated = (text: string) => codedDyads(text, { published: '2022-03-01', statedOnly: true });

describe('events coder: the reach of a negation', () => {
  it('reads "no round of" or "no series of" events as none held', () => {
    expect(dyads('There was no round of talks between Lithuania and Poland.')).toEqual([]);
    expect(dyads('There was no new round of talks between Lithuania and Poland.')).toEqual([]);
    expect(dyads('There will be no series of strikes on Vilnius by Belarus.')).toEqual([]);
    expect(dyads('Lithuania and Poland held a new round of talks.')).toContainEqual('LTU>POL 046');
  });

  it('reads a subject "nothing" with a relative clause after it as no one acting, not a refusal', () => {
    expect(dyads('Nothing Belarus does will help Lithuania.')).toEqual([]);
    expect(dyads('No one Belarus sent will attack Lithuania.')).toEqual([]);
    expect(dyads('Everything Belarus does will help Lithuania.')).toEqual(['BLR>LTU 033']);
  });

  it('leaves a verb of going on after "did not … and" outside the negation', () => {
    expect(dyads('Belarus did not let aid into Vilnius and continue to shell the city.')).toContainEqual(
      'BLR>- 194',
    );
    expect(dyads('Belarus did not attack Vilnius and shell the city.')).toEqual([]);
  });

  it('reads "did not stop before bombing" as a bombing done, "stopped them from bombing" as none', () => {
    expect(stated('Belarus did not stop before bombing the city.')).toEqual(['BLR>- 195']);
    expect(stated('Lithuania stopped Belarus from bombing the city.')).toEqual([]);
  });
});
