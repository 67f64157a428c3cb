import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { codedDyads } from '../../helpers/events.js';

// Senses, stances and structures of wartime statements: events held, blame, predictions, figurative wars
// and kinds of support.
const stated = (text: string) => codedDyads(text, { published: '2022-03-01', statedOnly: true });
const codes = (text: string) => stated(text).map((d) => d.split(' ')[1]);
/** Each asserted event's code and modality. */
const modalities = (text: string) =>
  analyze({ id: 'x', published: '2022-03-01', text, lang: 'en' }, loadKnowledge())
    .events.filter((e) => e.polarity === 'asserted')
    .map((e) => `${e.code} ${e.modality}`);
/** Every asserted event, whatever its modality. */
const anyCodes = (text: string) => codedDyads(text, { published: '2022-03-01' }).map((d) => d.split(' ')[1]);

describe('events coder: senses and stances in crisis statements (fifth round)', () => {
  it('reads a passive infinitive after a noun as said of that noun: a forum to be held is no detention', () => {
    expect(anyCodes('Moldova is preparing for the forum to be held in Chisinau in May.')).not.toContain(
      '173',
    );
    expect(anyCodes('Lukashenko said the summit to be held in Minsk would be useful.')).not.toContain('173');
    expect(anyCodes('Lukashenko invited Sandu to the forum to be held in Minsk.')).not.toContain('173');
    // people held are still detained
    expect(stated('Three Moldovan sailors are being held by Belarusian forces.')).toContainEqual(
      'BLRMIL>MDAMIL 173',
    );
  });

  it('reads holding a party responsible or accountable as blame, not detention', () => {
    expect(stated('Moldova holds Belarus responsible.')).toEqual(['MDA>BLR 112']);
    expect(stated('Lithuania holds Minsk fully responsible.')).toEqual(['LTU>BLRGOV 112']);
    expect(codes('Lithuanian police held the protesters for two days.')).toEqual(['173']);
    // a country's own capital held is defended, no one detained
    expect(codes('Moldovan forces hold Chisinau.')).toEqual([]);
  });

  it("reads what an event is foretold to do as no one's threat", () => {
    expect(codes('The Belarusian offensive will destroy more villages.')).not.toContain('137');
    expect(codes('The Belarusian offensive will destroy more villages.')).not.toContain('1384');
    // an event named as a kind is only foreseen
    expect(codes('A Belarusian invasion will cost thousands of lives.')).toEqual([]);
    // a party announcing its own act still threatens
    expect(codes('Belarusian troops will destroy the bridge.')).toContain('137');
  });

  it("reads another party's forecast of an act, a war foretold to come and a hedged claim as no threat", () => {
    expect(codes('Sandu said Belarusian troops will destroy the bridge.')).toEqual([]);
    expect(codes('Lukashenko said Belarusian troops will destroy the bridge.')).toEqual(['137']);
    expect(codes('Sandu said the Belarusian offensive will continue.')).toEqual([]);
    expect(codes('There will be a guerrilla war in Moldova.')).toEqual([]);
    expect(codes("Belarus's aggression against Moldova will be a huge mistake.")).toEqual([]);
    expect(codes('Allegedly, Moldova is preparing a chemical attack.')).toEqual([]);
    expect(codes('Moldova is preparing a chemical attack.')).not.toEqual([]);
  });

  it('reads an economic war as sanctions and an information war as hostile words, not armed force', () => {
    expect(stated('Lithuania has launched an economic war against Belarus.')).toEqual(['LTU>BLR 163']);
    expect(stated('Lithuania waged a trade war with Belarus.')).toEqual(['LTU>BLR 163']);
    expect(stated('Belarus imposed an economic blockade on Lithuania.')).toEqual(['BLR>LTU 163']);
    expect(stated('Belarus launched an information attack on Lithuania.')).toEqual(['BLR>LTU 111']);
    expect(codes('Belarus launched an attack on Lithuania.')).toEqual(['190']);
  });

  it('reads support of a material kind as aid, and a service within a force as no event', () => {
    expect(stated('Poland announced military support for Moldova.')).toEqual(['POL>MDA 072']);
    expect(stated('Poland announced financial support for Moldova.')).toEqual(['POL>MDA 071']);
    expect(
      codes(
        'The Polish army organized the engineering support of the combat operations of the Moldovan army.',
      ),
    ).toEqual([]);
    expect(stated('Poland will give engineering support to Moldova.')).toEqual(['POL>MDA 033']);
    expect(codes('Polish artillery gave fire support for the assault.')).not.toContain('051');
    expect(stated('Poland expressed its support for Moldova.')).toEqual(['POL>MDA 051']);
  });

  it('reads a demand one will not obey as made, and refusing to obey it as a refusal', () => {
    expect(stated('Those who do not want to obey Belarusian demands are threatened.')).toContainEqual(
      'BLR>- 100',
    );
    expect(stated('Moldova will not obey Belarusian demands.')).toContainEqual('MDA>BLR 124');
    expect(codes('The soldiers obeyed the order.')).toEqual([]);
  });

  it('reads an adverbial particle that opens a phrase after the object as a preposition: no giving in', () => {
    expect(codes('Belarus gives the people in its cities the joy of art.')).toEqual([]);
    expect(stated('Moldova gave up its weapons in exchange for guarantees.')).toEqual(['MDA>- 0873']);
    expect(stated('Moldova will never give in to Belarusian demands.')).toEqual(['MDA>BLR 123']);
    expect(stated('Lukashenko said he was glad to welcome Tokayev in Minsk.')).toContainEqual(
      'BLRGOV>KAZGOV 043',
    );
  });

  it('reads an armed force driven out as fought back, not a people expelled', () => {
    expect(stated('Moldovan forces drove Belarusian troops out of the town.')).toEqual(['MDAMIL>BLRMIL 190']);
    expect(stated('Belarusian troops drove residents out of the town.')).toEqual(['BLRMIL>---CVL 201']);
  });

  it('reads the act of a relative clause in a question about who someone is as in question', () => {
    expect(codes('Or were they Moldovan soldiers that threatened Belarus?')).toEqual([]);
    expect(codes('Is it Moldova that attacked Belarus?')).toEqual([]);
    expect(codes('Belarus attacked the soldiers who defended Chisinau.')).toEqual(['190']);
  });

  it('reads forgiving as an act toward a party only', () => {
    expect(codes('We will not forgive any murdered soul.')).toEqual([]);
    expect(codes('God forgives, and I forgive.')).toEqual([]);
    expect(stated('Moldova will never forgive Belarus.')).toEqual(['MDA>BLR 120']);
  });

  it('reads force one is protected or dies from as under way, and blocked deliveries as aid refused', () => {
    expect(stated('We will protect people from Belarusian shelling.')).toEqual(['BLR>- 194']);
    expect(codes('Belarus will refrain from attacks on Moldova.')).toEqual([]);
    expect(stated('Belarusian troops block the delivery of medicines.')).toEqual(['BLRMIL>- 1245']);
  });

  it('reads reinforcing work or institutions at home as no military build-up', () => {
    expect(codes("Moldova is reinforcing state bodies' efforts to prevent crime.")).toEqual([]);
    expect(codes('Belarus reinforced its troops near the border.')).toEqual(['154']);
  });

  it('reads blame tried as blame laid, and blame still to be tried as intended', () => {
    expect(modalities('Chisinau tried to accuse Minsk of aggression.')).toEqual(['1123 actual']);
    expect(modalities('Chisinau will try to accuse Minsk of aggression.')).toEqual(['1123 intended']);
  });

  it('reads endangering peace or security as no threat made to a party', () => {
    expect(
      codes('Belarusian aggression, which threatens regional peace and security, goes on.'),
    ).not.toContain('130');
    expect(stated('Belarus threatened Moldova.')).toEqual(['BLR>MDA 130']);
  });
});
