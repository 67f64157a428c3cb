import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

// Mentions whose actor only the words around them, or the article before them, can tell.

function run(text: string, published: string): Analysis {
  return analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
}

const actorOf = (a: Analysis, text: string) => a.mentions.find((m) => m.text === text)?.actor;
const codesOf = (a: Analysis) => a.mentions.flatMap((m) => (m.actor ? [m.actor.code] : []));

describe('actors named by the words around them', () => {
  it('reads a capital in the name of an agreement, a format or a process as no actor', () => {
    const a = run('The Kremlin accused Kyiv of ignoring the Minsk Package of Measures.', '2022-02-01');
    expect(codesOf(a)).toEqual(['RUSGOV', 'UKRGOV']);
    const b = run('Moscow said the Minsk II accords and the Budapest Memorandum were dead.', '2022-02-01');
    expect(codesOf(b)).toEqual(['RUSGOV']);
    // the capital acting is still its government
    expect(codesOf(run('Minsk rejected the proposal.', '2022-02-01'))).toEqual(['BLRGOV']);
  });

  it('gives a country word coordinated with the adjectives of a bare agent word that agent', () => {
    const a = run('Chilean and foreign journalists left Lima.', '2023-05-10');
    expect(actorOf(a, 'Chilean')?.code).toBe('CHLMED');
    expect(actorOf(a, 'journalists')?.code).toBe('---MED');
  });

  it('reads an office "of the" country whose name the dictionary lists without "the"', () => {
    const a = run('The President of the United States spoke in Ohio.', '2023-05-10');
    expect(actorOf(a, 'The President of the United States')?.id).toBe('joe-biden');
  });

  it("reads an office of a body named after a country's adjective as no office of that country", () => {
    const a = run(
      'The President of the Polish Chamber of Commerce met the President of the Russian Federation.',
      '2021-05-10',
    );
    expect(codesOf(a)).toEqual(['RUSGOV']);
    expect(actorOf(a, 'the President of the Russian Federation')?.id).toBe('vladimir-putin');
  });
});

describe('actors named by the article before them', () => {
  it("codes legislators of no country named as the one country's legislators the article named", () => {
    const a = run(
      'The Peruvian Congress debated the budget. Congressmen said it was too large.',
      '2023-05-10',
    );
    expect(actorOf(a, 'Congressmen')?.code).toBe('PERLEG');
    // two countries' legislatures named: no telling which
    const b = run(
      'The Peruvian Congress and the Chilean Senate debated the treaty. Senators said it was weak.',
      '2023-05-10',
    );
    expect(actorOf(b, 'Senators')?.code).toBe('---LEG');
  });

  it('takes "the President" for the holder named most often, and on a tie the one named first', () => {
    const tie = run(
      'President of Poland Andrzej Duda and President of Lithuania Gitanas Nausėda held talks in Vilnius. ' +
        'The President said the talks were useful.',
      '2022-02-23',
    );
    expect(actorOf(tie, 'The President')?.id).toBe('andrzej-duda');
    const most = run(
      'Andrzej Duda met Gitanas Nausėda in Vilnius. Nausėda thanked Poland. ' +
        'Nausėda said the alliance was strong. The President added that more troops would come.',
      '2022-02-23',
    );
    expect(actorOf(most, 'The President')?.id).toBe('gitanas-nauseda');
  });
});

describe('pronouns', () => {
  it('takes a subject "they" for a party named as a subject before one named after a preposition', () => {
    const a = run(
      'Bolivian troops fired missiles at the territory of Chile. They say no civilians were hit.',
      '2023-05-10',
    );
    expect(a.mentions.find((m) => m.text === 'They')?.actor?.code).toBe('BOLMIL');
    // with only a party after a preposition, that one
    const b = run('Aid was sent to Chile. They said it was welcome.', '2023-05-10');
    expect(b.mentions.find((m) => m.text === 'They')?.actor?.code).toBe('CHL');
  });
});

describe('an agent described by adjectives after its country', () => {
  it("is that country's agent", () => {
    const a = run("Russia's strategic forces and Belarusian regular troops held drills.", '2022-02-19');
    expect(codesOf(a)).toEqual(['RUSMIL', 'BLRMIL']);
  });
});

describe('an agent word read as an adjective at the end of a sentence', () => {
  it('is the noun, with its country', () => {
    expect(codesOf(run('He served for years in the Chilean military.', '2023-05-10'))).toEqual(['CHLMIL']);
    // before a noun it stays an adjective
    expect(codesOf(run('Chile ended the Chilean military rule.', '2023-05-10'))).not.toContain('CHLMIL');
  });
});

describe('a group named by the country that backs it', () => {
  it('sides with that country and is not of it', () => {
    const a = run('Tehran-backed militants and Iranian-sponsored fighters fired rockets.', '2023-05-10');
    expect(a.mentions.map((m) => [m.actor?.code, m.actor?.affiliation])).toEqual([
      ['---REB', 'IRN'],
      ['---UAF', 'IRN'],
    ]);
  });

  it('is not the body it is linked to or backed by', () => {
    const a = run('Hezbollah-backed fighters and Al-Qaeda-linked militants clashed.', '2023-05-10');
    expect(codesOf(a)).toEqual(['---UAF', '---REB']);
  });
});

describe('a legislature named by its own name', () => {
  it('is the legislature of its state', () => {
    const a = run('The Knesset and the Sejm voted, and the Verkhovna Rada adopted the law.', '2023-05-10');
    expect(codesOf(a)).toEqual(['ISRLEG', 'POLLEG', 'UKRLEG']);
  });
});

describe("a state's security council named by its own name", () => {
  it('is the government of its state', () => {
    const a = run(
      'The National Security and Defense Council met in Kyiv, and the Security Council of Russia met in Moscow.',
      '2022-02-21',
    );
    expect(codesOf(a)).toEqual(['UKRGOV', 'RUSGOV']);
  });
});

describe('a name that opens with a title', () => {
  it('is the full name of the person it names, after "His Holiness" too', () => {
    const a = run('His Holiness Pope Leo XIV met Patriarch Kirill.', '2025-06-10');
    expect(a.mentions.map((m) => m.actor?.id)).toEqual(['pope-leo-xiv', 'patriarch-kirill']);
  });
});

describe('a definite description of an office with no country', () => {
  it('is the person the article last titled with that office', () => {
    const a = run(
      'Governor of Kursk Region Roman Starovoit met the President. The Governor reported on the border.',
      '2022-03-10',
    );
    // ("governor" is an office: its mention holds "the" before it)
    expect(a.mentions.filter((m) => m.text.endsWith('Governor')).map((m) => m.actor?.code)).toEqual([
      '---GOV',
      'RUSGOV',
    ]);
    const b = run(
      'Minister of Economic Development Maxim Reshetnikov spoke first. Minister for Agriculture Dmitry ' +
        'Patrushev spoke next. The Minister asked for subsidies.',
      '2022-03-10',
    );
    expect(b.mentions.find((m) => m.text === 'The Minister')?.actor?.id).toBe('dmitry-patrushev');
    // a name known only by its country takes the sector of the office the description names
    const c = run(
      'Minister of Social Policy of Ukraine Marina Lazebna visited Lviv. The Minister spoke.',
      '2022-03-10',
    );
    expect(actorOf(c, 'The Minister')).toMatchObject({ id: 'person:marina-lazebna', code: 'UKRGOV' });
  });

  it('stays an office holder of unknown country when no one was titled so', () => {
    const a = run('President Putin spoke. The Governor reported on the border.', '2022-03-10');
    expect(actorOf(a, 'The Governor')?.code).toBe('---GOV');
    // a Prime Minister is not "the Minister", and a title a verb separates from a name is not that name's
    const b = run('Prime Minister Mikhail Mishustin spoke. The Minister asked for funds.', '2022-03-10');
    expect(actorOf(b, 'The Minister')?.code).toBe('---GOV');
    const c = run('The Governor thanked Vladimir Putin. Later the Governor left.', '2022-03-10');
    expect(c.mentions.filter((m) => m.text.endsWith('Governor')).map((m) => m.actor?.code)).toEqual([
      '---GOV',
      '---GOV',
    ]);
  });
});

describe('an office of a region another state administers', () => {
  it("is the administering state's office from the day it took over", () => {
    const text = 'Governor of Sevastopol Dmitry Ovsyannikov inspected the port.';
    expect(actorOf(run(text, '2017-05-10'), 'Sevastopol Dmitry Ovsyannikov')?.code).toBe('RUSGOV');
    expect(actorOf(run(text, '2013-05-10'), 'Sevastopol Dmitry Ovsyannikov')?.code).toBe('UKRGOV');
  });

  it('leaves the place where it lies', () => {
    const a = run('Russian troops shelled Kherson from Sevastopol.', '2022-03-10');
    expect(a.places.find((p) => p.text === 'Sevastopol')?.country).toBe('UKR');
  });
});
