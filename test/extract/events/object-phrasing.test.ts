import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';

function codes(text: string): string[] {
  const published = '2000-01-10';
  const analysis = analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
  return analysis.events.filter((e) => e.polarity === 'asserted').map((e) => `${e.source.code} ${e.code}`);
}

describe('events coder: how objects are phrased', () => {
  it('reads a pattern object through a head that only frames it ("mediation efforts")', () => {
    expect(codes('Syrian officers ended mediation efforts between the militias.')).toEqual(['SYRMIL 165']);
  });

  it('codes endorsing an agreement as support and approving one as its formal assent, one event each', () => {
    expect(codes('The Polish parliament endorsed a treaty with Germany.')).toEqual(['POLLEG 051']);
    expect(codes('The Senate approved an arms control treaty with Russia.')).toEqual(['---LEG 057']);
  });

  it('reads "on (high) alert" as a noun object', () => {
    expect(codes('Israeli troops remained on high alert.')).toEqual(['ISRMIL 152']);
    expect(codes('Israeli troops went on alert.')).toEqual(['ISRMIL 152']);
  });

  it('codes "declined to comment" by the row that names the act, not as a refusal', () => {
    expect(codes('NATO declined to comment on the report.')).toEqual(['IGOWSTNAT 011']);
  });

  it('reads an object through its return, entry or deployment ("the return of inspectors")', () => {
    expect(codes('Libya allowed the return of inspectors.')).toEqual(['LBY 0862']);
    expect(codes('Sudan will allow the deployment of peacekeepers.')).toEqual(['SDN 0355']);
  });

  it('reads an object through a part, a team or a mission of it ("a team of inspectors")', () => {
    expect(codes('Iran received a team of inspectors.')).toEqual(['IRN 0862']);
    expect(codes('Canada suspended part of its military aid.')).toEqual(['CAN 1622']);
  });

  it('reads "tear gas" after a verb as a noun', () => {
    expect(codes('Kenyan police fired tear gas.')).toEqual(['KENCOP 175']);
  });

  it('reads a participle joined to a noun by a hyphen as an adjective ("a government-held town")', () => {
    expect(codes('Rebels shelled a government-held town.')).toEqual(['---REB 194']);
  });

  it('reads an object word used as a title before a name ("allowed candidate Alassane Ouattara")', () => {
    expect(codes('Ivorian judges allowed candidate Alassane Ouattara to run.')).toContain('CIVJUD 0812');
  });

  it('codes opening a bridge, a crossing or airspace as easing a blockade', () => {
    expect(codes('Uzbekistan opened the bridge to Afghanistan.')).toEqual(['UZB 0872']);
    expect(codes('Turkey opened its airspace to Russian flights.')).toEqual(['TUR 0872']);
    expect(codes('Israel opened a new road.')).toEqual([]);
  });

  it('reads a gerund after "the" and a name as the noun it heads ("the Rafah crossing")', () => {
    expect(codes('Israel reopened the Rafah crossing.')).toEqual(['ISR 0872']);
    expect(codes('Israel reopened the Kerem Shalom crossing.')).toEqual(['ISR 0872']);
    // before a preposition it stays a participle with its complement
    expect(codes('Lawyers wrote to the Duma calling for talks.')).toEqual(['RUSJUD 026']);
  });

  it('keeps an event that a negated or possible verb presupposes ("could not silence the shelling")', () => {
    expect(codes('Kyiv could not silence the Russian shelling.')).toEqual(['RUS 194']);
    expect(codes('Germany did not condemn the Russian invasion.')).toEqual(['RUS 190']);
    expect(codes('Kyiv could not prevent the Russian shelling.')).toEqual([]);
  });

  it('reads "re-open" as the verb "reopen" and "upon" as a particle', () => {
    expect(codes('Ethiopia re-opened its border to UN peacekeepers.')).toEqual(['ETH 086']);
    expect(codes('Jordan and Egypt agreed upon a new trade pact.')).toEqual(['EGY 0311', 'JOR 0311']);
  });

  it('codes sanctions a government announces as imposed, and a trade embargo as one noun', () => {
    const text = 'Canada announced a trade embargo on Iran.';
    const article = { id: articleId(text, '2000-01-10'), published: '2000-01-10', text, lang: 'en' };
    const { events } = analyze(article, loadKnowledge());
    expect(events.map((e) => `${e.source.code}>${e.target?.code} ${e.code} ${e.modality}`)).toEqual([
      'CAN>IRN 163 actual',
    ]);
  });

  it('reads a hyphenated re- verb the lexicon keeps in two parts ("re-examined")', () => {
    expect(codes('IAEA inspectors re-examined the reactor.')).toEqual(['IGOUNOIAE 090']);
  });

  it('reads a particle after the of-phrase that completes the object ("thousands of civilians as")', () => {
    expect(codes('The Syrian army held thousands of civilians as human shields.')).toEqual(['SYRMIL 184']);
  });

  it('reads what an amount of money pays for ("500 million euros in aid")', () => {
    expect(codes('Germany pledged 500 million euros in aid to Ukraine.')).toEqual(['DEU 033']);
    expect(codes('Japan approved 300 million dollars in military aid for Ukraine.')).toEqual(['JPN 072']);
  });

  it('reads a particle the tagger took for an adverb ("pulled back its troops")', () => {
    expect(codes('Russia pulled back its troops from the border.')).toEqual(['RUS 087']);
  });

  it('reads "shot" as a verb after its subject and "a sit-in" as a noun', () => {
    expect(codes('Palestinian gunmen shot dead a police officer.')).toEqual(['PSEUAF 180']);
    expect(codes('Kenyan students staged a sit-in.')).toEqual(['KENEDU 145']);
  });

  it('reads a hyphenated act after an owner as a noun, the owner its author', () => {
    expect(codes("Macron spoke about Russia's build-up of forces near the border.")).toEqual(['RUS 154']);
    expect(codes("Belarus's build-up near the border alarmed Poland.")).toEqual(['BLR 154']);
  });

  it('reads a participle the tagger took for an adjective after its subject as the verb', () => {
    expect(codes('Egypt mediated between Israel and Hamas.')).toEqual(['EGY 045', 'EGY 045']);
  });

  it('reads a hyphenated verb the lexicon knows ("test-fired")', () => {
    expect(codes('North Korea test-fired a ballistic missile.')).toEqual(['PRK 150']);
  });

  it('reads a bare verb form right after a past verb as its object ("voiced hope")', () => {
    expect(codes('China voiced hope for peace.')).toEqual(['CHN 013']);
  });

  it('codes agreeing to cooperate on a matter as intent to cooperate (031)', () => {
    expect(codes('India and Bangladesh agreed to cooperate on security.')).toEqual(['BGD 031', 'IND 031']);
  });
});

describe('events coder: subcodes named by what the act is about', () => {
  const only = (text: string) => codes(text).map((c) => c.split(' ')[1]);

  it('codes a protest by its aim', () => {
    expect(only('Kenyan students marched in Nairobi to demand the resignation of the minister.')).toContain(
      '1411',
    );
    expect(only('Kenyan teachers went on strike over a new pension law.')).toContain('1432');
    expect(only('Kenyan lawyers rioted in Nairobi, calling for a new constitution.')).toContain('1454');
  });

  it('codes an accusation by its charge', () => {
    expect(only('Kenya accused Uganda of violating the ceasefire.')).toContain('1123');
    expect(only('Kenya accused Uganda of embezzling aid funds.')).toContain('1121');
    expect(only('Kenya accused Uganda of war crimes.')).toContain('1124');
  });

  it('codes aid by its kind', () => {
    expect(only('Japan gave Kenya food aid.')).toContain('073');
  });

  it('codes a threat by the force it names', () => {
    expect(only('Iran threatened to use force if the talks fail.')).toContain('138');
    expect(only('The militants threatened to resume terrorist operations in Kenya.')).toContain('1383');
  });

  it('codes a killing by a bomb as a bombing', () => {
    expect(only('Two Kenyan judges were wounded in a car bomb blast in Nairobi.')).toContain('1832');
  });
});

describe('events coder: acts demanded, urged or threatened', () => {
  const only = (text: string) => codes(text).map((c) => c.split(' ')[1]);

  it('codes the act asked for by its own row', () => {
    expect(only('Kenya demanded that Uganda lift curbs on foreign media.')).toContain('1051');
    expect(only('Kenya urged Uganda to respect human rights.')).toContain('0243');
    expect(only('Kenya demanded that Uganda renounce violence.')).toContain('1056');
    expect(only('Kenya threatened to stop the negotiations.')).toContain('134');
    expect(only('Kenya urged its unions to cancel the strike.')).toContain('0252');
    expect(only('Kenya urged Uganda to forge ties with Tanzania.')).toContain('022');
  });
});
