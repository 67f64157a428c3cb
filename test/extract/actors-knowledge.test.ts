import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

const knowledge = loadKnowledge();

function run(text: string, published = '1995-06-01'): Analysis {
  return analyze({ id: articleId(text, published), published, text, lang: 'en' }, knowledge);
}

const codeOf = (a: Analysis, text: string) => a.mentions.find((m) => m.text === text)?.actor?.code;

describe('organisations in the actor knowledge', () => {
  it('knows armed groups by name and abbreviation, with their country', () => {
    const a = run('The Revolutionary United Front freed 20 hostages after talks with UNITA and the LTTE.');
    expect(codeOf(a, 'Revolutionary United Front')).toBe('SLEREB');
    expect(codeOf(a, 'UNITA')).toBe('AGOREB');
    expect(codeOf(a, 'LTTE')).toBe('LKAREB');
    const b = run('Khmer Rouge guerrillas shelled a village held by the Tamil Tigers.');
    expect(codeOf(b, 'Khmer Rouge guerrillas')).toBe('KHMREB');
    // the spelling with one r is as common in wire copy
    expect(run('Afghan guerillas blew up a bridge.').mentions.some((m) => m.actor?.code === 'AFGREB')).toBe(
      true,
    );
  });

  it('knows intergovernmental bodies, tribunals and peacekeeping missions', () => {
    const a = run('Asia-Pacific Economic Cooperation ministers met as the Warsaw Pact dissolved.');
    expect(a.mentions.some((m) => m.actor?.code === 'IGOASAAPC')).toBe(true);
    expect(codeOf(a, 'Warsaw Pact')).toBe('IGOEEUWAR');
    const b = run('UNPROFOR asked the Yugoslav war crimes tribunal for the files.');
    expect(codeOf(b, 'UNPROFOR')).toBe('IGOPKO');
    expect(codeOf(b, 'Yugoslav war crimes tribunal')).toBe('IGOUNOJUDWCT');
  });

  it('codes the members of a group or state body as the body, and officials of an IGO as the IGO', () => {
    const a = run('Hezbollah guerrillas and IDF soldiers were seen near the border.');
    expect(codeOf(a, 'Hezbollah guerrillas')).toBe('LBNREB');
    expect(codeOf(a, 'IDF soldiers')).toBe('ISRMIL');
    const b = run('EU officials said NATO troops would stay.');
    expect(codeOf(b, 'EU officials')).toBe('IGOEUREEC');
    expect(codeOf(b, 'NATO troops')).toBe('IGOWSTNATMIL');
  });

  it('knows parties and movements with their country', () => {
    const a = run(
      'Likud and the Awami League welcomed the vote; the Muslim Brotherhood rejected it.',
      '2012-06-01',
    );
    expect(codeOf(a, 'Likud')).toBe('ISRPTY');
    expect(codeOf(a, 'Awami League')).toBe('BGDPTY');
    expect(a.mentions.find((m) => m.text.endsWith('Muslim Brotherhood'))?.actor?.code).toBe('EGYOPP');
  });

  it("codes a state body named with another country as that country's body, and peacekeepers' troops as peacekeepers", () => {
    const a = run('The Belarusian KGB detained two activists; the KGB denied it.', '2021-05-01');
    expect(codeOf(a, 'Belarusian KGB')).toBe('BLRSPY');
    expect(codeOf(a, 'KGB')).toBe('SUNSPY');
    expect(codeOf(run('ECOMOG troops drove the rebels out of the port.'), 'ECOMOG troops')).toBe('IGOPKO');
  });

  it("codes news agencies as their country's media, and a seat of power before a noun as its government", () => {
    const a = run('Xinhua said Kremlin officials met Pentagon officials.', '2019-03-01');
    expect(codeOf(a, 'Xinhua')).toBe('CHNMED');
    expect(codeOf(a, 'Kremlin officials')).toBe('RUSGOV');
    expect(codeOf(a, 'Pentagon officials')).toBe('USAGOV');
  });

  it('reads a descriptive noun before a known name as part of it, not as a second actor', () => {
    const a = run('The rebel Revolutionary United Front freed them; the militant group Hamas agreed.');
    const named = a.mentions.filter((m) => m.type !== 'pronoun');
    expect(named.map((m) => m.actor?.code)).toEqual(['SLEREB', 'PSEREBHMS']);
  });

  it('matches a short abbreviation only in its own capitals', () => {
    const a = run('Doctors took care of the wounded until the eta of the convoy.');
    expect(a.mentions.filter((m) => m.type === 'org')).toEqual([]);
    const b = run('CARE International and ETA were both named in the report.');
    expect(codeOf(b, 'CARE International')).toBe('NGODEV');
    expect(codeOf(b, 'ETA')).toBe('ESPREB');
  });
});

describe('former and alternative country names', () => {
  it('reads older names and their demonyms as today’s state', () => {
    const a = run(
      'Kampuchean guerrillas crossed from Thailand while Rhodesia closed its border.',
      '1979-03-01',
    );
    expect(codeOf(a, 'Kampuchean guerrillas')).toBe('KHMREB');
    expect(codeOf(a, 'Rhodesia')).toBe('ZWE');
  });

  it('reads "Soviet" as the Soviet Union, except after "former"', () => {
    const a = run('Soviet troops left the city on Friday.', '1989-02-15');
    expect(codeOf(a, 'Soviet troops')).toBe('SUNMIL');
    const b = run('The former Soviet republic of Georgia signed the accord.', '2005-02-15');
    expect(b.mentions.some((m) => m.actor?.code?.startsWith('SUN'))).toBe(false);
    expect(codeOf(b, 'Georgia')).toBe('GEO');
    const c = run('Refugees from the former Yugoslavia reached Austria.', '1996-02-15');
    expect(c.mentions.some((m) => m.actor?.code?.startsWith('YUG'))).toBe(false);
  });
});

describe('peoples of one state and the rebels of one conflict', () => {
  it("reads a community of a state as that state, and its rebels as that state's rebels", () => {
    const a = run('Bosnian Serb forces shelled the town as Chechen rebels freed two hostages.');
    expect(codeOf(a, 'Bosnian Serb forces')).toBe('BIHMIL');
    expect(codeOf(a, 'Chechen rebels')).toBe('RUSREB');
    const b = run('Greek Cypriots met Basque separatists.');
    expect(codeOf(b, 'Greek Cypriots')).toBe('CYP');
    expect(codeOf(b, 'Basque separatists')).toBe('ESPREB');
  });
});

describe('heads of state of archival news', () => {
  it('codes a head of state by the office held on the article date', () => {
    const a = run('President Pierre Buyoya met Lech Walesa.', '1991-05-01');
    expect(codeOf(a, 'Pierre Buyoya')).toBe('BDIGOV');
    expect(codeOf(a, 'Lech Walesa')).toBe('POLGOV');
  });
});

describe('leaders of legislatures', () => {
  it('codes party leaders and speakers of a legislature by the office held that day', () => {
    const a = run('Senate Majority Leader Harry Reid met House Speaker John Boehner.', '2013-10-01');
    expect(codeOf(a, 'Harry Reid')).toBe('USALEG');
    expect(codeOf(a, 'John Boehner')).toBe('USALEG');
    // in office that day, a surname alone names him
    const bare = run('McConnell said the Senate would vote.', '2013-10-01');
    expect(bare.mentions.find((m) => m.text === 'McConnell')?.actor?.id).toBe('mitch-mcconnell');
  });
});

describe('group nouns', () => {
  it('gives landowners, youths and mujahideen their sectors', () => {
    const a = run('Algerian landowners and Palestinian youths joined Afghan mujahideen.');
    expect(codeOf(a, 'Algerian landowners')).toBe('DZACVL');
    expect(codeOf(a, 'Palestinian youths')).toBe('PSECVL');
    expect(codeOf(a, 'Afghan mujahideen')).toBe('AFGREB');
  });
});

describe('advisers and deputies of a president’s office', () => {
  it('codes them by the office held on the article date, in either spelling of their name', () => {
    const a = run('Mykhailo Podoliak and Oleksiy Arestovych briefed reporters in Kyiv.', '2022-03-05');
    expect(codeOf(a, 'Mykhailo Podoliak')).toBe('UKRGOV');
    expect(codeOf(a, 'Oleksiy Arestovych')).toBe('UKRGOV');
    const b = run('Rostyslav Shurma and Viktor Liashko visited a hospital.', '2022-01-20');
    expect(codeOf(b, 'Rostyslav Shurma')).toBe('UKRGOV');
    expect(codeOf(b, 'Viktor Liashko')).toBe('UKRGOV');
    // after leaving the office, no longer the government
    expect(codeOf(run('Oleksiy Arestovych gave an interview.', '2023-06-01'), 'Oleksiy Arestovych')).not.toBe(
      'UKRGOV',
    );
  });
});

describe('an organisation that shares its letters with a territory', () => {
  it('reads GUAM in capitals as the organisation and Guam as the island', () => {
    const a = run('GUAM met in Kyiv while Guam hosted a naval exercise.', '2022-02-10');
    expect(codeOf(a, 'GUAM')).toBe('IGOEEUGUA');
    expect(codeOf(a, 'Guam')).toBe('GUM');
  });
});

describe('railways and business associations', () => {
  it("codes a country's railway and its business association as its business", () => {
    const a = run(
      'Ukrzaliznytsia and Russian Railways cut their links, Delovaya Rossiya said.',
      '2022-03-05',
    );
    expect(codeOf(a, 'Ukrzaliznytsia')).toBe('UKRBUS');
    expect(codeOf(a, 'Russian Railways')).toBe('RUSBUS');
    expect(codeOf(a, 'Delovaya Rossiya')).toBe('RUSBUS');
  });
});

describe('a former ambassador', () => {
  it('codes an envoy as the government while in post, and as a former official after', () => {
    expect(codeOf(run('Michael McFaul met opposition leaders.', '2013-05-01'), 'Michael McFaul')).toBe(
      'USAGOV',
    );
    expect(codeOf(run('Michael McFaul wrote about the war.', '2022-03-05'), 'Michael McFaul')).toBe('USAELI');
  });
});

describe('the seat of an organisation', () => {
  it('reads "Brussels" acting as the European Union, and as a place where something happens', () => {
    const a = run(
      'Brussels extended its sanctions on Minsk, and Belgium recalled its ambassador.',
      '2022-03-05',
    );
    expect(codeOf(a, 'Brussels')).toBe('IGOEUREEC');
    expect(codeOf(a, 'Belgium')).toBe('BEL');
    const b = run('The ministers met in Brussels on Monday.', '2022-03-05');
    expect(b.mentions.find((m) => m.text === 'Brussels')?.actor).toBeUndefined();
    expect(b.places.some((p) => p.text === 'Brussels' && p.country === 'BEL')).toBe(true);
  });
});

describe('people with no state office who act in the news', () => {
  it("codes a head of state's spouse as an elite of the country and an editor-in-chief as the medium", () => {
    const a = run('Olena Zelenska met Margarita Simonyan. Zelenska and Simonyan argued.', '2022-05-01');
    expect(codeOf(a, 'Olena Zelenska')).toBe('UKRELI');
    expect(codeOf(a, 'Margarita Simonyan')).toBe('RUSMED');
    expect(codeOf(a, 'Zelenska')).toBe('UKRELI');
    expect(codeOf(a, 'Simonyan')).toBe('RUSMED');
  });

  it('reads "the first lady" of a country as the spouse in that role on the date', () => {
    const a = run('The first lady of Ukraine visited a hospital.', '2022-05-01');
    expect(codeOf(a, 'The first lady of Ukraine')).toBe('UKRELI');
  });

  it('knows the spelling "Schroeder" of a former chancellor', () => {
    expect(codeOf(run('Gerhard Schroeder met the press.', '2022-05-01'), 'Gerhard Schroeder')).toBe('DEUELI');
  });
});
