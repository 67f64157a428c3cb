import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// How far a negation reaches: a "no" that counts events, a subject that names no one, and verbs after "and".
const dyads = (text: string) => codedDyads(text, { published: '2022-03-01' });

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
});
