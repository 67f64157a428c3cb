import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Event words of wartime speeches and readouts in a sense that is no event of their row.
const dyads = (text: string) => codedDyads(text, { published: '2022-03-01' });
const codes = (text: string) => dyads(text).map((d) => d.split(' ')[1]);

describe('events coder: figurative senses in crisis statements', () => {
  it('reads fighting for a life, a right or a standing, or by doctors and mediators, as no armed fighting', () => {
    expect(codes('Doctors in Kaunas are fighting for every life.')).toEqual([]);
    expect(codes('Moldova has been fighting for its right to choose for many years.')).toEqual([]);
    expect(codes('Moldova is fighting to be a full member of the union.')).toEqual([]);
    expect(codes('We thank the mediators who are fighting for Moldova.')).not.toContain('190');
    // armed fighting stays
    expect(dyads('Lithuanian soldiers are fighting for every metre of land.')).toEqual(['LTUMIL>- 190']);
    expect(dyads('Belarusian troops fought Lithuanian forces.')).toEqual(['BLRMIL>LTUMIL 190']);
  });

  it('reads welcoming a visitor in a place as hosting a visit, not praise', () => {
    expect(dyads('Lukashenko said he was glad to welcome Tokayev in Minsk.')).toContainEqual(
      'BLRGOV>KAZGOV 043',
    );
    expect(codes('Lukashenko welcomed the decision in principle.')).toEqual(['051']);
    expect(codes('Lukashenko welcomed the refugees in Minsk.')).not.toContain('043');
  });

  it('reads a body or a unit named for a task as no act of it, and sites and accounts blocked as censorship', () => {
    expect(codes('Two Belarusian sabotage groups approached the border.')).toEqual([]);
    expect(codes('The Belarusian censorship agency issued a warning.')).not.toContain('1721');
    expect(dyads('Belarusian authorities blocked the news site.')).toContainEqual(
      expect.stringMatching(/^BLRGOV>\S* 1721$/),
    );
    expect(codes('Lithuania condemned Belarusian sabotage of the pipeline.')).toContain('1712');
  });

  it("reads readiness for an act of one's own that names no partner as no intent to cooperate", () => {
    expect(codes('Moldova is ready to develop this segment.')).toEqual([]);
    expect(codes('Moldova is ready to adjust its tax policy.')).toEqual([]);
    expect(dyads('Moldova is ready to develop this segment with Romania.')).toEqual(['MDA>ROU 030']);
    expect(codes('Moldova is ready to work in this area.')).toEqual(['030']);
    expect(codes('Moldova is ready to look for the key to peace.')).toEqual(['030']);
    expect(codes('Moldova is ready to look for medicine.')).toEqual([]);
    expect(codes('Moldova is not ready to guarantee its neutrality.')).toEqual(['120']);
  });

  it('reads an "as" clause recalling an arrangement as no new agreement', () => {
    expect(codes('As Moldova agreed with Romania, the minister spoke first.')).toEqual([]);
    expect(dyads('As agreed, Moldova sent aid to Romania.')).toEqual(['MDA>ROU 070']);
    // "as soon as" tells when it was agreed, and an agreement that names what was agreed is one
    expect(codes('As soon as Moldova agreed with Romania, the minister spoke.')).toEqual(['019']);
    expect(codes('As Moldova agreed to meet Romania, the minister spoke first.')).toEqual(['036']);
  });

  it('reads investment at home, or in no one named, as no economic cooperation', () => {
    expect(codes('Moldova invested heavily in its army.')).toEqual([]);
    expect(codes('Moldova made a big investment in the construction of a terminal.')).toEqual([]);
    expect(dyads('Romania invested in the Moldovan economy.')).toEqual(['ROU>MDA 061']);
  });

  it('reads training civilians in a trade, or money spent on solutions at home, as no aid or support', () => {
    expect(codes('Moldova will launch programmes to train engineers and workers.')).toEqual([]);
    expect(dyads('Romania trained Moldovan soldiers.')).toEqual(['ROU>MDAMIL 072']);
    expect(codes('Moldova will allocate funds to support promising IT solutions.')).toEqual([]);
  });

  it('reads an accord named as the frame of something else, or as one in force, as no new agreement', () => {
    expect(
      codes('They reviewed the implementation of the agreements between Armenia and Azerbaijan.'),
    ).toEqual([]);
    expect(
      codes(
        'They reviewed the implementation of the May 9, 2021, and June 1, 2021, agreements between Armenia and Azerbaijan.',
      ),
    ).toEqual([]);
    expect(codes('Under the agreement between Armenia and Azerbaijan, troops will leave.')).toEqual([]);
    expect(codes('Armenia respects the existing agreements with Azerbaijan.')).toEqual([]);
    expect(dyads('Armenia and Azerbaijan reached an agreement on the border.')).toEqual([
      'ARM>AZE 030',
      'AZE>ARM 030',
    ]);
  });

  it('reads "so to speak" and "to put it mildly" as a speaker\'s manner, no talk', () => {
    expect(
      codes('Belarus is threatening us instead of forcing, so to speak, Moldova to peace.'),
    ).not.toContain('040');
    expect(codes('To put it mildly, Belarus was not helpful.')).toEqual([]);
    expect(dyads('Moldova wants to speak to Romania.')).toEqual(['MDA>ROU 036']);
  });

  it('reads a conviction held, history destroyed or a state said to be needed as no event', () => {
    expect(codes('Sandu expressed her conviction that dialogue is impossible.')).toEqual([]);
    expect(codes('The court upheld the conviction of the Moldovan activist.')).not.toContain('010');
    expect(codes('They will destroy all our common history.')).toEqual([]);
    expect(codes('Romania explained that the Moldovan army must be strong.')).toEqual([]);
    // being somewhere, or an act, is asked all the same
    expect(dyads('Romania said that Moldovan MPs should be in Chisinau.')).toEqual(['ROU>MDALEG 100']);
    expect(dyads('Romania said that Moldova must withdraw its troops.')).toContainEqual('ROU>MDA 1056');
  });

  it('reads a participle joined to an adjective before a noun ("our dead and wounded comrades") as no act', () => {
    expect(codes('We support the families of our dead and wounded comrades.')).toEqual([]);
    expect(dyads('Belarusian troops killed and wounded civilians.')).toContainEqual('BLRMIL>---CVL 180');
  });
});
