import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import type { Event, Place, TimeExpression } from '../../../src/core/records.js';
import { codeEvents } from '../../../src/extract/events/stage.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { type ActorPhrase, actor, mentionsFor, placesFor, timeFor } from '../../helpers/mentions.js';

// The coder is tested on mentions we build ourselves, so each case says exactly which actors the text has.
const USA = actor('USA', 'USA');
const RUS = actor('RUS', 'RUS');
const UKR = actor('UKR', 'UKR');
const ACTORS: ActorPhrase[] = [
  { phrase: 'Russia', actor: RUS },
  { phrase: 'Russian', actor: RUS },
  { phrase: 'Moscow', actor: actor('RUS', 'RUSGOV') },
  { phrase: 'the Kremlin', actor: actor('RUS', 'RUSGOV') },
  { phrase: 'Ukraine', actor: UKR },
  { phrase: 'Kyiv', actor: actor('UKR', 'UKRGOV') },
  { phrase: 'the US', actor: USA },
  { phrase: 'Washington', actor: actor('USA', 'USAGOV') },
  { phrase: 'Blinken', actor: actor('antony-blinken', 'USAGOV'), type: 'person' },
  { phrase: 'Lavrov', actor: actor('sergey-lavrov', 'RUSGOV'), type: 'person' },
  { phrase: 'Biden', actor: actor('joe-biden', 'USAGOV'), type: 'person' },
  { phrase: 'Putin', actor: actor('vladimir-putin', 'RUSGOV'), type: 'person' },
  { phrase: 'NATO', actor: actor('NATO', 'IGOWSTNAT'), type: 'org' },
  { phrase: 'the EU', actor: actor('EU', 'IGOEUREEC'), type: 'org' },
];

interface Options {
  readonly times?: (a: ReturnType<typeof analyze>) => TimeExpression[];
  readonly places?: (a: ReturnType<typeof analyze>) => Place[];
}

function code(text: string, options: Options = {}): Event[] {
  const article = { id: articleId(text, '2022-01-22'), published: '2022-01-22', text, lang: 'en' };
  const kb = loadKnowledge();
  const analysis = analyze(article, kb, { until: 'nlp' });
  const mentions = mentionsFor(analysis, ACTORS);
  return codeEvents(
    {
      ...analysis,
      mentions,
      times: options.times?.(analysis) ?? [],
      places: options.places?.(analysis) ?? [],
    },
    kb.cameo,
  );
}

const asserted = (events: Event[]) =>
  events.filter((e) => e.polarity === 'asserted' && (e.modality === 'actual' || e.modality === 'intended'));
const dyads = (events: Event[]) => events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code}`);

describe('events coder: source and target', () => {
  it('codes the active voice subject as source and the object as target', () => {
    const [e] = code('Russia attacked Ukraine.');
    expect(e).toMatchObject({ code: '190', root: '19', quadClass: 4, plover: 'ASSAULT', rule: 'v.attack' });
    expect(dyads(code('Russia attacked Ukraine.'))).toEqual(['RUS>UKR 190']);
  });

  it('swaps the surface order in the passive voice ("was attacked by")', () => {
    expect(dyads(code('Ukraine was attacked by Russia.'))).toEqual(['RUS>UKR 190']);
  });

  it('takes a prepositional target from the pattern ("met with")', () => {
    expect(dyads(code('Blinken met with Lavrov.'))).toEqual(['USAGOV>RUSGOV 040']);
  });

  it('codes coordinated subjects of a mutual act in both directions', () => {
    expect(dyads(asserted(code('The US and Russia agreed to hold talks.'))).sort()).toEqual([
      'RUS>USA 036',
      'USA>RUS 036',
    ]);
  });

  it('codes coordinated subjects of a directed act one by one, unless they act on each other', () => {
    expect(dyads(asserted(code('The US and Russia praised the agreement.'))).sort()).toEqual([
      'RUS>- 051',
      'USA>- 051',
    ]);
    expect(dyads(asserted(code('Russia and the US praised each other.'))).sort()).toEqual([
      'RUS>USA 051',
      'USA>RUS 051',
    ]);
    const accused = code('Russia and Ukraine accused one another of shelling.');
    expect(dyads(asserted(accused).filter((e) => e.modality === 'actual')).sort()).toEqual([
      'RUS>UKR 112',
      'UKR>RUS 112',
    ]);
    expect(accused.filter((e) => e.root === '19').map((e) => e.modality)).toEqual([
      'hypothetical',
      'hypothetical',
    ]);
  });

  it('codes nominal events with their arguments', () => {
    expect(dyads(code('Talks between Russia and Ukraine resumed.')).sort()).toEqual([
      'RUS>UKR 046',
      'UKR>RUS 046',
    ]);
    expect(dyads(code('NATO support for Ukraine is growing.'))).toEqual(['IGOWSTNAT>UKR 051']);
    expect(dyads(code('The EU announced sanctions against Russia.'))).toEqual(['IGOEUREEC>RUS 163']);
  });

  it('resolves "the two nations" to the pair named before', () => {
    const events = code(
      'Tensions between Ukraine and Russia rose. A Russian troop build-up near the two nations’ border continued.',
    );
    expect(dyads(events)).toContain('RUS>UKR 154');
  });
});

describe('events coder: reported speech and control', () => {
  it('codes the reported act, not the act of reporting', () => {
    const events = code('Lavrov said that Moscow urged Washington to put pressure on Kyiv.');
    expect(dyads(asserted(events))).toEqual(['RUSGOV>USAGOV 020']);
    expect(events.find((e) => e.code === '170')).toMatchObject({
      source: { code: 'USAGOV' },
      target: { code: 'UKRGOV' },
      modality: 'demanded',
    });
  });

  it('codes a bare statement only when the sentence holds no other event', () => {
    expect(dyads(code('Lavrov said the weather was fine.'))).toEqual(['RUSGOV>- 010']);
    expect(dyads(code('Lavrov said Russia attacked Ukraine.'))).toEqual(['RUS>UKR 190']);
  });

  it('turns a reported obligation into a demand of the obliged party', () => {
    expect(dyads(asserted(code('Washington said Russia must withdraw its troops from Ukraine.')))).toContain(
      'USAGOV>RUS 1056',
    );
  });

  it("codes a claim that an actor used force as an accusation of it, or of one's own side as responsibility", () => {
    const events = code('Kyiv claimed that Russia had shelled Ukraine.');
    expect(dyads(asserted(events))).toEqual([expect.stringMatching(/^UKRGOV>RUS 112/)]);
    expect(events.find((e) => e.root === '19')).toMatchObject({ modality: 'hypothetical' });
    expect(dyads(asserted(code('Moscow alleged that Ukraine attacked Russia.')))).toEqual([
      expect.stringMatching(/^RUSGOV>UKR 112/),
    ]);
    // a claim about one's own side claims responsibility; a claim not made is none
    expect(dyads(asserted(code('Moscow claimed that Russia attacked Ukraine.')))).toEqual(['RUSGOV>UKR 015']);
    expect(asserted(code('Kyiv did not claim that Russia attacked Ukraine.'))).toEqual([]);
  });

  it("codes a party's report that another used force as the act and an accusation of the other", () => {
    const events = asserted(code('Kyiv said that Russia shelled Ukraine.'));
    expect(dyads(events)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^UKRGOV>RUS 112/), 'RUS>UKR 194']),
    );
    expect(events.find((e) => e.root === '11')?.rule).toBe('c.claimed-act+v.shell');
    expect(dyads(asserted(code('Kyiv said Ukraine was attacked by Russia.')))).toContainEqual(
      expect.stringMatching(/^UKRGOV>RUS 112/),
    );
    // not a report of one's own side, of casualties with no one named, received, denied, or of what may be
    for (const text of [
      'Moscow said Russia attacked Ukraine.',
      'Kyiv said 19 people were killed.',
      'The Kremlin was told that Ukraine attacked Russia.',
      'Kyiv did not say that Russia attacked Ukraine.',
      'Kyiv said that Russia could attack Ukraine.',
    ])
      expect(dyads(asserted(code(text))), text).not.toContainEqual(expect.stringMatching(/ 112/));
  });

  it('keeps the claim inside an accusation unasserted', () => {
    const events = code('Ukraine accused Russia of shelling Kyiv.');
    expect(dyads(asserted(events))).toEqual(['UKR>RUS 112']);
  });

  it('reads "by" + gerund as the means of the act before it, never as the act claimed', () => {
    const events = code('Kyiv accused Moscow of provoking the crisis by sending troops to Ukraine.');
    expect(dyads(asserted(events))).toEqual(['UKRGOV>RUSGOV 112']);
    expect(events.find((e) => e.root === '15')).toMatchObject({ source: { code: 'RUSGOV' } });
    expect(dyads(asserted(code('Kyiv condemned Moscow by recalling its ambassador.')))).toContain(
      'UKRGOV>- 161',
    );
  });
});

describe('events coder: polarity and modality', () => {
  it('marks negated acts', () => {
    const [e] = code('Russia has never threatened Ukraine.');
    expect(e).toMatchObject({ code: '130', polarity: 'negated' });
  });

  it('marks denied acts and codes the denial', () => {
    const events = code('The Kremlin denies it is planning to attack Ukraine.');
    expect(events.find((e) => e.root === '19')).toMatchObject({ polarity: 'negated', modality: 'denied' });
    expect(dyads(asserted(events))).toEqual(['RUSGOV>- 016']);
  });

  it('marks hypothetical and feared acts', () => {
    expect(code('Moscow could launch an invasion of Ukraine.')[0]).toMatchObject({
      code: '190',
      modality: 'hypothetical',
    });
    expect(asserted(code('There are fears that Russia may invade Ukraine.'))).toEqual([]);
  });

  it('codes an intention to meet as 036 and a refusal to meet as a rejection', () => {
    expect(code('Biden is ready to meet Putin.')[0]).toMatchObject({ code: '036', modality: 'intended' });
    expect(code('Biden will not meet Putin.')[0]).toMatchObject({
      code: '125',
      polarity: 'asserted',
      modality: 'actual',
    });
  });

  it('codes no bare statement beside a refusal the speaker reports', () => {
    expect(dyads(code('Lavrov said Russia would not meet Ukraine.'))).toEqual(['RUS>UKR 125']);
  });

  it('reads "under pressure from X" as a demand from X on the subject', () => {
    expect(dyads(asserted(code('Russia faces pressure from the EU to free the prisoners.')))).toContainEqual(
      'IGOEUREEC>RUS 100',
    );
    expect(dyads(asserted(code('Kyiv is under pressure from Washington.')))).toEqual(['USAGOV>UKRGOV 100']);
  });

  it('codes readiness for an act no row knows as an intent to cooperate (030)', () => {
    expect(code('Russia is willing to send equipment to Ukraine.')[0]).toMatchObject({
      code: '030',
      modality: 'intended',
      rule: 'c.readiness+send',
    });
    expect(dyads(code('Russia is willing to send equipment to Ukraine.'))).toEqual(['RUS>UKR 030']);
    expect(dyads(code('Moscow said it was ready to talk.'))).toEqual(['RUSGOV>- 036']);
    // readiness to answer a move warns rather than offers
    expect(code('Russia is ready to respond if Ukraine attacks.').map((e) => e.code)).not.toContain('030');
    // a step toward an act is no stated readiness for it
    expect(code('The Russian army prepared to resume its drills.').map((e) => e.code)).not.toContain('030');
  });

  it('never asserts an act that is not planned ("is not planning to invade")', () => {
    const events = code('Lavrov said that Russia is not planning to invade Ukraine.');
    expect(events.find((e) => e.code === '190')).toMatchObject({ polarity: 'negated', modality: 'intended' });
  });
});

describe('events coder: codes the acting party decides', () => {
  it('codes an attack by aircraft as an aerial one (195)', () => {
    expect(dyads(asserted(code('Russian warplanes struck Ukraine.')))).toEqual(['RUS>UKR 195']);
  });

  it('codes a killing by shelling as an artillery attack (194)', () => {
    expect(dyads(asserted(code('Russian shelling killed five.')))).toEqual(['RUS>- 194']);
  });

  it('reads a gerund after a possessive as an event noun ("Russia\'s shelling of Kyiv")', () => {
    expect(dyads(asserted(code("Russia's shelling of Kyiv continued.")))).toEqual(['RUS>UKRGOV 194']);
  });

  it('codes property destroyed by protesters as a violent protest (145), in either voice', () => {
    expect(dyads(asserted(code('Russian protesters demolished the statue.')))).toEqual(['RUS>- 145']);
    expect(dyads(asserted(code('Kyiv was bombed by Russian warplanes.')))).toEqual(['RUS>UKRGOV 195']);
  });

  it('codes arriving peacekeepers as a deployment (074), not a visit', () => {
    expect(dyads(asserted(code('NATO peacekeepers arrived in Ukraine.')))).toEqual(['IGOWSTNAT>UKR 074']);
  });

  it('codes exercises held by two countries as military cooperation (062), by one as a show of force', () => {
    expect(dyads(asserted(code('The US and Ukraine held exercises.')))).toEqual([
      'UKR>USA 062',
      'USA>UKR 062',
    ]);
    expect(dyads(asserted(code('Russia held exercises.')))).toEqual(['RUS>- 150']);
  });

  it('makes the party named by the preposition the source when the pattern says it acts', () => {
    expect(dyads(asserted(code('Ukraine received weapons from the US.')))).toEqual(['USA>UKR 072']);
    expect(dyads(asserted(code('NATO sent inspectors to Ukraine.')))).toEqual(['UKR>IGOWSTNAT 0862']);
  });

  it('takes the people a row names as its object as the target, not the troops it sends', () => {
    expect(dyads(asserted(code('Kyiv allowed Russian refugees to return.')))).toContain('UKRGOV>RUS 0833');
    expect(dyads(asserted(code('Moscow deployed Russian troops.')))).toEqual(['RUSGOV>- 154']);
  });

  it('reads a particle after an apposition that completes the object', () => {
    expect(dyads(asserted(code('Russia forced the agency, Frontex, out.')))).toEqual(['RUS>- 166']);
  });

  it('codes an investigation as under way once investigators are sent to carry it out', () => {
    // into the country they are sent to
    expect(dyads(asserted(code('NATO sent experts to Ukraine to investigate the attack.')))).toContain(
      'IGOWSTNAT>UKR 093',
    );
  });

  it('codes the subject of an agentless passive as the source when the row says it acts', () => {
    expect(dyads(asserted(code('Two Russian brigades were demobilized.')))).toEqual(['RUS>- 0873']);
  });

  it('codes force used to disperse dissent as repression (175)', () => {
    expect(dyads(asserted(code('Russian police opened fire to disperse the protesters.')))).toEqual([
      'RUS>- 175',
    ]);
  });
});

describe('events coder: evidence, date and place', () => {
  it('dates an event from a time expression in its clause, else from the article', () => {
    const text = 'Blinken met Lavrov in Geneva on Friday.';
    const [dated] = code(text, {
      times: (a) => [timeFor(a, 'on Friday', '2022-01-21')],
      places: (a) => placesFor(a, 'Geneva', 'CHE', 46.2, 6.15),
    });
    expect(dated).toMatchObject({ date: '2022-01-21', place: { name: 'Geneva', country: 'CHE' } });
    expect(code(text)[0]!.date).toBe('2022-01-22');
  });

  it('carries its evidence: span, text, pattern id and a confidence', () => {
    const text = 'Yesterday Russia attacked Ukraine.';
    const [e] = code(text);
    expect(text.slice(e!.span.start, e!.span.end)).toBe('Russia attacked Ukraine');
    expect(e!.text).toBe('Russia attacked Ukraine');
    expect(e!.confidence).toBeGreaterThan(0.5);
    expect(e!.confidence).toBeLessThanOrEqual(1);
  });
});

const top = (events: Event[]) => {
  let best: Event | undefined;
  for (const e of asserted(events)) if (!best || e.confidence > best.confidence) best = e;
  return best ? `${best.source.code}>${best.target?.code ?? '-'} ${best.code}` : 'none';
};

describe('events coder: clause structure', () => {
  it('ranks the main clause above a clause opened by until, when or because', () => {
    expect(
      top(code('Washington criticised Moscow, saying aid would wait until Russia withdraws from Ukraine.')),
    ).toMatch(/^USAGOV>RUSGOV 11/);
    expect(top(code('Kyiv condemned Moscow when Russia attacked Ukraine.'))).toMatch(/^UKRGOV>RUSGOV 11/);
  });

  it('codes a demand noun with its that-clause as a demand for the act, not the act', () => {
    const events = code('Kyiv insisted on its demand that Russia withdraw its troops from Ukraine.');
    expect(top(events)).toBe('UKRGOV>RUS 1056');
    expect(dyads(asserted(events)).filter((d) => d.endsWith('087'))).toEqual([]);
    expect(
      top(code('The EU reiterated its demand today that Russia withdraw its troops from Ukraine.')),
    ).toBe('IGOEUREEC>RUS 1056');
  });

  it('codes "a reminder to X that it must …" as a demand to X', () => {
    expect(top(code('Washington issued a reminder to Moscow that Russia must withdraw its troops.'))).toMatch(
      /^USAGOV>RUS 10/,
    );
  });

  it('reads a parenthesis or an -ing modifier before the verb as part of its subject', () => {
    expect(top(code('NATO (the Western alliance) condemned Russia.'))).toBe('IGOWSTNAT>RUS 111');
    expect(top(code('Lavrov speaking in Moscow said Ukraine must withdraw its troops.'))).toMatch(
      /^RUSGOV>UKR 10/,
    );
  });

  it('codes readiness as intent: willing, committed, prepared; a schedule keeps the act, intended', () => {
    const willing = asserted(code('Russia is willing to withdraw its troops from Ukraine.'));
    expect(dyads(willing)).toEqual(['RUS>UKR 0356']);
    expect(willing[0]!.modality).toBe('intended');
    expect(dyads(asserted(code('Russia is committed to withdrawing its troops from Ukraine.')))).toEqual([
      'RUS>UKR 0356',
    ]);
    const scheduled = asserted(code('Biden is scheduled to meet Putin on Monday.'));
    expect(scheduled.map((e) => `${e.code} ${e.modality}`)).toEqual(['040 intended']);
  });

  it('gives a verb joined by and/or the modal and negation of the verb before it', () => {
    const could = code('Russia could attack Ukraine and seize Kyiv.');
    expect(could.map((e) => `${e.code} ${e.modality}`).sort()).toEqual([
      '171 hypothetical',
      '190 hypothetical',
    ]);
    const denied = code('Russia did not attack Ukraine or seize Kyiv.');
    expect(denied.map((e) => `${e.code} ${e.polarity}`).sort()).toEqual(['171 negated', '190 negated']);
    expect(
      code('Russia has not attacked Ukraine or seized Kyiv.').every((e) => e.polarity === 'negated'),
    ).toBe(true);
    // a past verb after "did not …" is a new assertion
    const mixed = code('Russia did not attack Ukraine and seized Kyiv.');
    expect(mixed.map((e) => `${e.code} ${e.polarity}`).sort()).toEqual(['171 asserted', '190 negated']);
    expect(asserted(code('Blinken will visit Kyiv and meet Lavrov.')).map((e) => e.modality)).toEqual([
      'intended',
      'intended',
    ]);
  });

  it('reads "neither … nor" as negation of each verb and each subject', () => {
    const neither = code('Russia can neither attack Ukraine nor invade Kyiv.');
    expect(neither.map((e) => `${e.source.code} ${e.code} ${e.polarity}`).sort()).toEqual([
      'RUS 190 negated',
      'RUS 190 negated',
    ]);
    expect(asserted(code('Neither Russia nor Ukraine attacked the town.'))).toEqual([]);
    expect(
      code('Neither Russia nor Ukraine attacked the town.')
        .map((e) => e.source.code)
        .sort(),
    ).toEqual(['RUS', 'UKR']);
    expect(asserted(code('Russia attacked neither Ukraine nor Kyiv.'))).toEqual([]);
  });

  it('keeps the act of one preparing to do it, intended; one prepared to do it states an intent', () => {
    const preparing = asserted(code('Blinken prepared to visit Kyiv on Monday.'));
    expect(preparing.map((e) => `${e.code} ${e.modality}`)).toEqual(['042 intended']);
    const progressive = asserted(code('Blinken is preparing to visit Kyiv.'));
    expect(progressive.map((e) => `${e.code} ${e.modality}`)).toEqual(['042 intended']);
    expect(top(code('Russia is prepared to negotiate with Ukraine.'))).toBe('RUS>UKR 036');
    // an auxiliary other than "be" keeps the act; "be" under a modal keeps the readiness
    const perfect = asserted(code('Blinken has prepared to visit Kyiv.'));
    expect(perfect.map((e) => `${e.code} ${e.modality}`)).toEqual(['042 intended']);
    expect(top(code('Russia will be prepared to negotiate with Ukraine.'))).toBe('RUS>UKR 036');
  });

  it('codes opposing an act or an event as a refusal of it', () => {
    expect(top(code('Ukraine is opposed to Russian mediation.'))).toBe('UKR>RUS 126');
    const sending = asserted(code('Washington is opposed to sending troops to Ukraine.'));
    expect(dyads(sending).some((d) => d.endsWith(' 154'))).toBe(false);
    expect(top(sending)).toMatch(/^USAGOV>UKR 12/);
  });

  it('codes an act made to depend on another actor as a conditional threat', () => {
    const events = asserted(code('Russia will withdraw its troops from Ukraine unless Kyiv holds talks.'));
    expect(top(events)).toMatch(/^RUS>UKR 13/);
    expect(events.every((e) => e.code !== '0356')).toBe(true);
    expect(top(code('Russia will withdraw its troops from Ukraine if Kyiv does not hold talks.'))).toMatch(
      /^RUS>UKR 13/,
    );
    // a plain promise stays an intent
    expect(top(code('Russia will withdraw its troops from Ukraine.'))).toBe('RUS>UKR 0356');
  });

  it('reads a time clause in the simple present as still to come, in the past as done', () => {
    const future = code('Kyiv said talks would resume after Russia withdraws its troops from Ukraine.');
    expect(dyads(asserted(future)).filter((d) => d.endsWith('087'))).toEqual([]);
    const past = code('Kyiv said talks resumed after Russia withdrew its troops from Ukraine.');
    expect(dyads(asserted(past))).toContain('RUS>UKR 087');
  });

  it('finds the subject of a clause opened by a subordinator the tagger read as a preposition', () => {
    expect(dyads(asserted(code('Talks were arranged after Putin called Biden.')))).toContain(
      'RUSGOV>USAGOV 041',
    );
  });

  it('joins ", and VERB" to the main clause, not to a whether-clause before it', () => {
    const events = asserted(code('Kyiv asked NATO to say whether it wanted Ukraine, and condemned Russia.'));
    expect(dyads(events)).toContain('UKRGOV>RUS 111');
  });

  it('takes the actor, not its description, as the subject of "X, a …, VERB"', () => {
    expect(top(code('Ukraine, a close partner of the alliance, has refused to meet Russia.'))).toBe(
      'UKR>RUS 125',
    );
  });

  it('finds the agent of a passive accusation after the clauses between', () => {
    const events = asserted(
      code(
        'Lavrov has been accused of lying about the troops, most of them said to be near the border, by Kyiv.',
      ),
    );
    expect(dyads(events)).toContain('UKRGOV>RUSGOV 112');
  });

  it('does not assert the act a participle only suspects someone of', () => {
    for (const text of [
      'Russia expelled two Russian officers suspected by Kyiv of attacking Ukraine.',
      'Russia expelled two Russian officers suspected of attacking Ukraine.',
    ]) {
      expect(dyads(asserted(code(text))).filter((d) => / 19\d*$/.test(d))).toEqual([]);
    }
  });

  it('codes ruling out or refusing an event as a refusal of it, and not refusing it as no refusal', () => {
    expect(top(code('Moscow ruled out talks with Kyiv.'))).toBe('RUSGOV>UKRGOV 125');
    expect(dyads(asserted(code('Lavrov said Putin would not refuse a meeting with Biden.')))).not.toContain(
      'RUSGOV>USAGOV 125',
    );
    // the demand rejected was made before and reported then: the rejection, aimed at its author, is the event
    const rejected = dyads(asserted(code("Washington rejected Moscow's demand for talks.")));
    expect(rejected).toEqual([expect.stringMatching(/^USAGOV>RUSGOV 12/)]);
  });

  it('codes pressure on an actor to act as a demand to that actor', () => {
    expect(top(code('Washington is pressuring the leaders of Ukraine to hold talks with Russia.'))).toMatch(
      /^USAGOV>UKR 10/,
    );
    expect(top(code('Kyiv is being pressured by Washington to hold talks with Russia.'))).toMatch(
      /^USAGOV>UKRGOV 10/,
    );
  });

  it('codes a sworn coercive act as a threat', () => {
    expect(top(code('Russia has sworn to attack Ukraine.'))).toMatch(/^RUS>UKR 13/);
  });

  it('keeps what a background clause governs in the background, but not what a final "X said" governs', () => {
    const events = code('Kyiv criticised Moscow after Russia decided to attack Ukraine.');
    expect(top(events)).toMatch(/^UKRGOV>RUSGOV 11/);
    expect(top(code('Russia attacked Ukraine, Kyiv said after the talks.'))).toBe('RUS>UKR 190');
  });

  it('lets a bare verb joined to an infinitive share what governs the infinitive', () => {
    const scheduled = asserted(code('Biden is scheduled to visit Kyiv and meet with Putin.'));
    expect(scheduled.filter((e) => e.code === '040').map((e) => e.modality)).toEqual(['intended']);
    const urged = code('Moscow urged Kyiv to withdraw and hold talks with Russia.');
    // the talks asked for are held by both sides, and asked for either way
    const talks = urged.filter((e) => e.root === '04');
    expect(talks.map((e) => `${e.source.code}>${e.target?.code} ${e.modality}`).sort()).toEqual([
      'RUS>UKRGOV demanded',
      'UKRGOV>RUS demanded',
    ]);
    expect(top(urged)).toBe('RUSGOV>UKRGOV 026');
  });

  it('reads the first noun after an opening phrase as the subject, not an apposition', () => {
    const events = asserted(
      code('Before leaving for Kyiv on Monday, Blinken scheduled to meet with Lavrov.'),
    );
    expect(dyads(events)).toEqual(['USAGOV>RUSGOV 040']);
  });

  it('codes the help or inquiry a team is sent for with the stance of the sending', () => {
    expect(dyads(asserted(code('The EU sent a team to help Ukraine.')))).toEqual(['IGOEUREEC>UKR 070']);
    const promised = asserted(code('The EU will send a team to help Ukraine.'));
    expect(promised.map((e) => `${e.code} ${e.modality}`)).toEqual(['033 intended']);
    const inquiry = asserted(code('The EU will send a team to investigate the attack.'));
    expect(inquiry.map((e) => `${e.root} ${e.modality}`)).toEqual(['09 intended']);
    expect(asserted(code('The EU will not send a team to help Ukraine.'))).toEqual([]);
  });

  it('codes giving permission as a concession and withholding it as a refusal', () => {
    expect(top(code('Kyiv gave permission to Washington to use the airport.'))).toBe('UKRGOV>USAGOV 080');
    expect(top(code('Lavrov said Russia would not grant permission to Ukraine to leave.'))).toBe(
      'RUS>UKR 124',
    );
  });

  it('codes the gerund after a verb of beginning or going on as the act of its subject', () => {
    expect(dyads(asserted(code('Russia resumed shelling Ukraine.')))).toEqual(['RUS>UKR 194']);
    expect(dyads(asserted(code('Russia began attacking Ukraine.')))).toEqual(['RUS>UKR 190']);
  });

  it("gives an event noun that is a later verb's subject that verb's stance", () => {
    const events = code('Lavrov said a meeting between Putin and Biden could take place soon.');
    const meetings = events.filter((e) => e.root === '04');
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.every((e) => e.modality === 'hypothetical')).toBe(true);
  });

  it('codes an act a speaker calls out of the question as the speaker refusing it', () => {
    expect(top(code('Washington said that easing the sanctions on Russia is out of the question.'))).toBe(
      'USAGOV>RUS 1244',
    );
    const open = code('Washington said that easing the sanctions on Russia is not out of the question.');
    expect(dyads(asserted(open))).not.toContain('USAGOV>RUS 1244');
  });
});
