import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Event words in US and world news used in another sense: giving up pay, mailing out clippings, a letter
// caught at a checkpoint, fighting beside allies.
const dyads = (text: string) => codedDyads(text, { published: '2013-04-10' });
const codes = (text: string) => dyads(text).map((d) => d.split(' ')[1]);

describe('events coder: other senses in US and world news', () => {
  it('reads surrendering pay, a passport or a seat as no military surrender', () => {
    expect(codes('The governor is surrendering part of his salary this year.')).not.toContain('0874');
    expect(codes('The two ministers gave up and surrendered a share of their wages.')).not.toContain('0874');
    expect(codes('The suspects surrendered their passports to the judge.')).not.toContain('0874');
    expect(dyads('The militants surrendered to the Iraqi army.')).toContainEqual(
      expect.stringMatching(/ 0874$/),
    );
  });

  it('reads blasting out a mailing as sending it round, not criticism', () => {
    expect(codes('The campaign blasted out a fundraising letter to its supporters.')).not.toContain('111');
    expect(codes('The committee blasted out dozens of press releases on Monday.')).not.toContain('111');
    expect(dyads('The Turkish prime minister blasted the Israeli decision.')).toContainEqual(
      expect.stringMatching(/^TURGOV>ISR\S* 111$/),
    );
  });

  it('reads a political or partisan human shield as a figure of speech, not people held in a fight', () => {
    expect(codes('The mayor became a partisan human shield for the governor.')).not.toContain('184');
    expect(codes('The senator was made a political human shield by the party leaders.')).not.toContain('184');
    expect(dyads('The rebels held the villagers as a human shield.')).toContainEqual(
      expect.stringMatching(/^\S*REB>\S*CVL 184$/),
    );
  });

  it('reads intercepting a letter, a package or a message as no armed act', () => {
    expect(codes('Postal inspectors intercepted a letter sent to the mayor.')).not.toContain('190');
    expect(codes('A parcel addressed to the judge was intercepted by the police.')).not.toContain('190');
    expect(codes('The agency intercepted emails between the two ministers.')).not.toContain('190');
    expect(dyads('Turkish jets intercepted Syrian helicopters.')).toContainEqual(
      expect.stringMatching(/^TUR\S*>SYR\S* 19\d$/),
    );
  });

  it('reads fighting alongside a party as no attack on it', () => {
    const fought = dyads('Hezbollah fighters are fighting alongside Syrian troops.');
    expect(fought.some((d) => / 19\d$/.test(d) && /^\S*>SYR/.test(d))).toBe(false);
    expect(dyads('Kurdish militias fought alongside the US army against ISIS.')).not.toContainEqual(
      expect.stringMatching(/>USA\S* 19\d$/),
    );
  });

  it('reads a strong suit as a strength, not a lawsuit', () => {
    expect(codes('Views of Obama as a person, once his strong suit, have taken a hit.')).not.toContain('115');
    expect(codes('Iran filed a suit against the United States.')).toContain('115');
  });

  it('reads questioning a claim or a policy as doubting it, not questioning a person', () => {
    expect(codes('Senator Paul questioned claims that the Army is scaling back.')).not.toContain('173');
    expect(codes('The Republicans questioned the policy.')).not.toContain('173');
    expect(dyads('The police questioned the suspects.')).toContainEqual(expect.stringMatching(/ 173$/));
  });
});
