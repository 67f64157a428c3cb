import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';

function dyads(text: string, published = '2015-03-10'): string[] {
  const analysis = analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
  return analysis.events
    .filter((e) => e.polarity === 'asserted')
    .map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.root}`);
}

describe('events coder: targets from the thing an act is done with', () => {
  it('aims an act at the party the thing it names is for or with', () => {
    expect(dyads('Denmark accepted a plan for talks with Norway.')).toContainEqual('DNK>NOR 03');
    expect(dyads('Denmark accepted a formula for ending its dispute with Norway.')).toContainEqual(
      'DNK>NOR 03',
    );
  });

  it('aims a strike over a measure at the government whose minister signed it', () => {
    expect(
      dyads('Dockers in Chile went on strike over a law signed by the Chilean labour minister.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^CHL\w*>CHLGOV 14$/)]));
  });

  it('aims releasing a thing at whoever runs it', () => {
    expect(dyads('French authorities released a ship operated by Greenpeace.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^FRAGOV>NGO\w* 08$/)]),
    );
  });

  it('takes the owner an "of" phrase names after the object of an act', () => {
    expect(dyads('Sweden pledged to defend the rights of Palestinians.')).toEqual(['SWE>PSE 03']);
  });

  it('names no one when the thing names no party', () => {
    expect(dyads('Denmark accepted a plan for cleaner rivers.')).toEqual(['DNK>- 03']);
  });

  it('offers sympathy to the country where what it is about happened, or at home to its own people', () => {
    expect(dyads('Japan expressed sympathy for the victims of the earthquake in Chile.')).toEqual([
      'JPN>CHL 01',
    ]);
    expect(dyads('Chile expressed sorrow for the victims of the earthquake in Chile.')).toEqual([
      'CHL>CHLCVL 01',
    ]);
  });

  it('reads "part" after a modifier and before "of" as a noun, so force on it is aimed at the country', () => {
    expect(dyads("Rebels shelled a government-held part of Ukraine's second city Kharkiv.")).toEqual([
      '---REB>UKR 19',
    ]);
  });

  it('aims an act that names no one at whom its purpose is done to, through "help" and a verb after it', () => {
    expect(
      dyads('Qatar has mobilized pressure groups in London to help support the rights of Palestinians.'),
    ).toEqual(['QAT>PSE 05']);
  });

  it('takes what a meeting is held for as its topic, not a party met', () => {
    expect(dyads('NATO ministers met in Brussels to discuss the Russian demands.')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/>RUS 04$/)]),
    );
    expect(dyads('NATO held a meeting to discuss Russian demands.')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/>RUS 04$/)]),
    );
  });

  it("reads the thing from the verb's own object or target when the row names none", () => {
    expect(dyads('Egypt welcomed the agreement between Israel and Jordan.')).toEqual(
      expect.arrayContaining(['EGY>ISR 05', 'EGY>JOR 05']),
    );
    expect(dyads('Rebels attacked a camp of Congolese refugees.')).toEqual(['---REB>CODREF 19']);
  });

  it("places a government of no country named that authored the measure protested with the source's own", () => {
    expect(dyads('Chilean miners staged a protest against a tax imposed by the government.')).toEqual([
      'CHLLAB>CHLGOV 14',
    ]);
  });

  it('does not take whom a party is urged to act on as the target of the urging', () => {
    expect(dyads('Georgia urged the world to stop Russia.')).not.toContainEqual('GEO>RUS 02');
  });

  it('aims a reaction to an act named with its author at the author, not at whom the act was done to', () => {
    expect(dyads('Iran condemned the invasion of Kuwait by Iraq.')).toContainEqual('IRN>IRQ 11');
    expect(dyads('The US imposed sanctions over the invasion of Ukraine by Russia.')).toEqual(['USA>RUS 16']);
    expect(dyads('Egypt welcomed the release of hostages by Hamas.')).toContainEqual('EGY>PSEREBHMS 05');
    // with no author named, it has no target: condemning an invasion is no conflict with the invaded
    expect(dyads('Iran condemned the invasion of Kuwait.')).toContainEqual('IRN>- 11');
  });

  it("keeps a government's act on a thing of its own country, with no target", () => {
    expect(dyads('The Polish president welcomed a new fund for Poland.')).toEqual(['POLGOV>- 05']);
    expect(dyads('The Polish president welcomed the agreement between Poland and Ukraine.')).toContainEqual(
      'POLGOV>UKR 05',
    );
  });

  it('leaves the victims of a passive act, not the author of the attack they fell in, as its target', () => {
    expect(dyads('Ten civilians were killed in air strikes by Russian forces.')).toEqual([
      'RUSMIL>---CVL 19',
    ]);
    expect(
      dyads('The reporter was attacked by state media for daring to question the Chilean president.'),
    ).toContainEqual('---MED>- 19');
  });

  it('does not aim a stance on an act at whom that act is for', () => {
    expect(dyads('Congress endorsed a military strike to punish the Syrian government.')).toEqual([
      '---LEG>- 05',
    ]);
  });

  it("reads a purpose right after a party an act is done to as that party's act, not the source's", () => {
    expect(dyads('The US trained and armed Syrian rebels to fight ISIS.')).toContainEqual('USA>- 07');
  });
});
