import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: the actors come from the actors stage, as they do for real articles.
const dyads = (text: string) => codedDyads(text, { published: '2000-01-10' });

describe('events coder: actors the text does not name', () => {
  it('codes violence in the passive with no attacker named, by an unknown source', () => {
    expect(dyads('A journalist was killed on Monday.')).toEqual(['--->---MED 180']);
    // where it happened, by an unidentified armed force there, and the victims are the place's people
    expect(dyads('A journalist was killed in eastern Beirut.')).toEqual(['LBNUAF>LBNMED 180']);
    // the attack the victims fell in names who carried it out
    expect(dyads('Three farmers were killed in Turkish shelling in the outskirts of Mosul.')).toContainEqual(
      'TUR>IRQAGR 194',
    );
  });

  it("gives fire from another country's ground, with no one named, to that country's side", () => {
    expect(dyads('A rocket was fired at Israel from Lebanon on Monday.')).toEqual(['LBN>ISR 194']);
    // from the victims' own ground it is an unidentified force of theirs
    expect(dyads('A rocket was fired at Israel from the Negev on Monday.')).toEqual(['ISRUAF>ISR 194']);
  });

  it('codes violence whose subject is the attack or the weapon by an unknown source', () => {
    expect(dyads('A roadside bomb killed two Dutch soldiers.')).toEqual(['--->NLDMIL 1833']);
    // a fire or a storm is no attack
    expect(dyads('A fire killed two Dutch soldiers.')).toEqual([]);
  });

  it('takes the victims a violent row names as its target, and foreign victims in a country as its side', () => {
    expect(dyads('Ukraine killed ten Russian soldiers.')).toEqual(['UKR>RUSMIL 190']);
    expect(dyads('There were 10 Russian soldiers killed in Ukraine today.')).toEqual(['UKR>RUSMIL 190']);
  });

  it('codes what a document with no author named accuses or asks, for the country it was released in', () => {
    expect(
      dyads('A study published on Monday in Nairobi alleged that Uganda had armed the rebels.'),
    ).toContainEqual('KEN>UGA 110');
    expect(dyads('A dossier presented in the French capital accused Syria of lying.')).toContainEqual(
      'FRA>SYR 112',
    );
    // or by an unknown source, when no place is named, or the place is a seat of international bodies
    expect(dyads('A leaked report accused Belgium of hiding the evidence.')).toEqual(['--->BEL 112']);
    expect(dyads('A report released in Geneva accused Belgium of hiding the evidence.')).toEqual([
      '--->BEL 112',
    ]);
    // a document's bare statement stays uncoded: the act it reports is the event
    expect(dyads('A report said that Chile had expelled two diplomats.')).not.toContainEqual(
      expect.stringMatching(/^---/),
    );
  });

  it('codes an office holder of unknown country by the office sector', () => {
    expect(dyads('The foreign minister criticized France.')).toEqual(['---GOV>FRA 111']);
  });

  it('finds the object after an adverb and a quantity ("nearly 25,000 tons of food aid")', () => {
    expect(dyads('The United States provided nearly 25,000 tons of food aid to Liberia.')).toEqual([
      'USA>LBR 073',
    ]);
  });

  it('codes a clash between a crowd and the forces of order as protest or repression, by who acts', () => {
    // (a clash is mutual: each side's act is coded, the crowd's as protest, the police's as repression)
    expect(dyads('Demonstrators clashed with Kenyan police.')).toEqual([
      'KENOPP>KENCOP 145',
      'KENCOP>KENOPP 175',
    ]);
    expect(dyads('Kenyan police fought the rioters.')).toEqual(['KENCOP>KENOPP 175']);
    // soldiers fighting soldiers stay a fight
    expect(dyads('Kenyan troops clashed with Somali troops.')).toEqual([
      'KENMIL>SOMMIL 190',
      'SOMMIL>KENMIL 190',
    ]);
  });

  it('codes a killing in an attack as that attack, by its author when the killing names none', () => {
    expect(dyads('Eight people were killed in an air strike by government forces.')).toEqual([
      '---MIL>---CVL 195',
    ]);
    // the killing of civilians takes the shelling's code, author and target: one event
    expect(dyads('Three civilians were killed in Israeli shelling of Gaza.')).toEqual(['ISR>PSE 194']);
  });

  it('places an opposition, a party or a union of no country named in the one country the sentence names', () => {
    expect(dyads('The opposition alliance said it would boycott the Kenyan elections.')).toEqual([
      'KENOPP>KEN 133',
    ]);
    expect(dyads('The opposition coalition agreed to postpone the demonstration in Nairobi.')).toEqual([
      'KENOPP>KEN 0352',
    ]);
    expect(dyads('The labour union began a strike in Lagos.')).toEqual(['NGALAB>NGA 143']);
    expect(dyads('Police arrested twelve students in Nairobi.')).toContainEqual(
      expect.stringMatching(/^KENCOP>/),
    );
    // a sentence naming two countries leaves the party unplaced
    expect(dyads('The opposition party said it would boycott talks between Kenya and Uganda.')[0]).toMatch(
      /^---OPP>/,
    );
  });

  it('codes a sector owned by "their" or "its" as the country of the pronoun\'s antecedent', () => {
    expect(dyads('Kenya said on Monday its troops had completed their withdrawal from Somalia.')[0]).toMatch(
      /^KENMIL>/,
    );
  });

  it('codes the leaders or members of an organisation as the organisation', () => {
    expect(dyads('Leaders of Hamas met in Cairo on Monday.')).toEqual(['PSEREBHMS>- 040']);
    expect(dyads('Officials of the United Nations criticised Kenya.')).toEqual(['IGOUNO>KEN 111']);
  });
});
