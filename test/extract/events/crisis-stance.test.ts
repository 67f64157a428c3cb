import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { codedDyads } from '../../helpers/events.js';

// Who did an act in a list of verbs, and whether a wartime statement tells an act as done.
const dyads = (text: string) => codedDyads(text, { published: '2022-03-01' });
const stated = (text: string) => codedDyads(text, { published: '2022-03-01', statedOnly: true });

describe('events coder: stance of crisis statements', () => {
  it('gives every verb of a comma-joined list the subject of the first', () => {
    expect(stated('Belarus attacked Lithuania, shelled Kaunas and bombed Klaipeda.')).toEqual([
      'BLR>LTU 190',
      'BLR>LTU 194',
      'BLR>LTU 195',
    ]);
    // a verb of saying after the comma opens an attribution, not one more act
    expect(stated('Belarus attacked Lithuania, said the mayor and his deputy.')).toEqual(['BLR>LTU 190']);
  });

  it('aims a listed act at the place it names, not at the target of the act before it', () => {
    expect(stated('Belarus attacked Poland and shelled Kaunas.')).toEqual(['BLR>POL 190', 'BLR>LTU 194']);
  });

  it('reads a decision to use force, taken in the past, as the act intended, not a threat', () => {
    expect(dyads('Belarus decided to conduct a military operation in Lithuania.')).toEqual(['BLR>LTU 190']);
    expect(dyads('Belarus has decided to attack Lithuania.')).toEqual(['BLR>LTU 190']);
    // announced for the future, force is still threatened
    expect(dyads('Belarus will attack Lithuania.')).toEqual(['BLR>LTU 1384']);
  });

  it('leaves force that an act would end, or an event a record of it tells, as it is', () => {
    expect(stated('Lithuania wants to end the Belarusian occupation of Vilnius.')).toContainEqual(
      expect.stringMatching(/^BLR>LTU\S* 192$/),
    );
    // stopping an invasion may be keeping one from starting
    expect(stated('Lithuania wants to stop a Belarusian invasion of Vilnius.')).toEqual([]);
    expect(dyads('Lithuania did not publish the conversation between Nauseda and Duda.')).toContainEqual(
      'LTUGOV>POLGOV 040',
    );
    expect(dyads('Lithuania did not hold talks with Poland.')).toEqual([]);
  });

  it('leaves an event named after "of" in what a copula denies as it is', () => {
    expect(
      dyads(
        'Duda made a mention of sanctions, but they were not the focus of his rather lengthy conversation with Nauseda.',
      ),
    ).toContainEqual('POLGOV>LTUGOV 040');
    expect(dyads('That was not an invasion of Lithuania by Belarus.')).toEqual([]);
  });

  it('reads what a party was forced or made to do as done, and what it will be made to do as no intent of its own', () => {
    expect(stated('Lithuanian troops forced Belarusian troops to retreat.')).toContainEqual('BLRMIL>- 0874');
    expect(stated('Lithuania made Belarus withdraw its troops.')).toContainEqual('BLR>- 087');
    expect(stated('We will make Belarus withdraw its troops from Lithuania.')).toEqual([]);
    expect(stated('Lithuania will force Belarus to withdraw its troops.')).not.toContainEqual(
      expect.stringMatching(/^BLR/),
    );
    // let: allowed, not done; "let me thank" thanks
    expect(stated('Lithuania let Belarus withdraw its troops.')).toEqual([]);
    expect(stated('President Duda: Let me thank Lithuania for its help.')).toEqual(['POLGOV>LTU 051']);
  });

  it('reads a question asking for a party or a thing of the act as asserting no act', () => {
    expect(stated('What did Belarus threaten Lithuania with?')).toEqual([]);
    expect(stated('What interests of Lithuania were threatened by Belarus?')).toEqual([]);
    // a question about the cause or the way takes the act for granted, and a clause after the question's own is
    // not asked
    expect(stated('Why did Belarus attack Lithuania?')).toEqual(['BLR>LTU 190']);
    expect(stated('What did Belarus say when it attacked Lithuania?')).toEqual(['BLR>LTU 190']);
  });

  it('leaves aggression that efforts combat or confront as under way', () => {
    expect(stated('They stressed the need to combat Belarusian aggression against Lithuania.')).toEqual([
      'BLR>LTU 190',
    ]);
  });

  it('reads an event whose results are discussed as held, and one an effort ensures as still sought', () => {
    expect(
      stated('Lithuania and Poland discussed the results of the talks between Nauseda and Duda.'),
    ).toContainEqual('LTUGOV>POLGOV 046');
    const sought = analyze(
      {
        id: 'ensure',
        published: '2022-03-01',
        text: 'Lithuania did everything to ensure a meeting of Nauseda and Duda.',
        lang: 'en',
      },
      loadKnowledge(),
    ).events.filter((e) => e.code === '040');
    expect(sought.length).toBeGreaterThan(0);
    expect(sought.every((e) => e.modality === 'intended')).toBe(true);
  });

  it('reads a present progressive with a time to come as a plan, not an act under way', () => {
    expect(dyads('Nauseda is visiting Warsaw next week.')).toEqual(['LTUGOV>POLGOV 036']);
    expect(dyads('Nauseda is visiting Warsaw.')).toEqual(['LTUGOV>POLGOV 042']);
  });

  it('reads an act after "interest in" or "readiness for" a gerund as wanted, not done', () => {
    const wanted = analyze(
      {
        id: 'interest',
        published: '2022-03-01',
        text: 'Lithuania and Poland expressed interest in continuing close cooperation in tourism.',
        lang: 'en',
      },
      loadKnowledge(),
    ).events.filter((e) => e.code.startsWith('06'));
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.every((e) => e.modality === 'intended')).toBe(true);
  });
});
