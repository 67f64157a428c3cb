import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Who acts and on whom, where lists, clause breaks and names of bodies could mislead the argument finders.
const dyads = (text: string, published = '2023-05-10') => codedDyads(text, { published, label: 'code' });

describe('events coder: the parties of visits, meetings and bodies of a state', () => {
  it('sends coordinated visitors to the country they arrive in, not to one another', () => {
    expect(dyads('The foreign ministers of Chile and Peru arrived in Bogota on Monday.')).toEqual([
      'CHLGOV>COL 042',
      'PERGOV>COL 042',
    ]);
    // an intended visit too, though it is coded as an intent to meet
    expect(dyads('The leaders of Chile and Peru will arrive in Madrid next week.')).toEqual([
      'CHLGOV>ESP 036',
      'PERGOV>ESP 036',
    ]);
    // those who meet still meet one another
    expect(dyads('The leaders of Chile and Peru met on Monday.')).toEqual([
      'CHLGOV>PERGOV 040',
      'PERGOV>CHLGOV 040',
    ]);
  });

  it('takes no subject across a semicolon or a colon for a meeting named by a noun', () => {
    expect(
      dyads(
        'There were useful meetings with the Chilean and Peruvian leaders; the Bolivian president arrives.',
      ),
    ).toEqual([]);
    expect(
      dyads('Useful meetings with the Chilean leaders took place: the Bolivian president was pleased.'),
    ).toEqual([]);
  });

  it('places a body named "X of Y of a country" in that country', () => {
    expect(dyads('The Ministry of Foreign Affairs of Chile condemned the attack.')).toEqual(['CHLGOV>- 111']);
    expect(dyads('The Cabinet of Ministers of Peru condemned the attack.')).toEqual(['PERGOV>- 111']);
  });

  it('aims acts against an agreement named after a capital at no one', () => {
    // (the Kremlin's report of it accuses Kyiv)
    expect(dyads('The Kremlin said Kyiv had sabotaged the Minsk Package of Measures.', '2022-02-01')).toEqual(
      ['RUSGOV>UKRGOV 112', 'UKRGOV>- 1712'],
    );
  });

  it("codes the media of a country coordinated with other media as that country's media", () => {
    expect(dyads('The president met with Chilean and foreign journalists.')).toContainEqual(
      '---GOV>CHLMED 010',
    );
  });

  it('reads "they" in the words of one person as others, and in a group\'s words as the group', () => {
    expect(dyads('"They shell our towns every night," the Chilean president said.')).toEqual([
      'CHLGOV>- 010',
    ]);
    expect(dyads('The rebels said they would attack the town.')).toEqual(['---REB>- 1384']);
  });

  it('makes the object of a verb of compelling the one who acts', () => {
    expect(dyads('Peru urged Chile to compel the rebels to free the hostages.')).toContainEqual(
      '---REB>- 0841',
    );
  });

  it('gives an act that anyone is allowed, urged or forced to do to no one, not to the one who allows', () => {
    expect(dyads('NATO will not allow anyone to invade Poland.').filter((d) => d.startsWith('IGO'))).toEqual(
      [],
    );
    expect(dyads('Brazil urged everyone to boycott the summit.')).not.toContainEqual(
      expect.stringMatching(/^BRA>\S* 14/),
    );
    expect(dyads('Belarus allowed Russia to attack Ukraine from its territory.')).toContainEqual(
      expect.stringMatching(/^RUS>UKR 19/),
    );
  });

  it('takes no pronoun that could only be tied to civilians, hospitals or schools for the one using force', () => {
    expect(dyads('Civilians are fleeing Kharkiv. They are shelling the city day and night.')).toEqual([]);
    expect(dyads('Russian troops entered Kharkiv. They are shelling the city.')).toContainEqual(
      'RUSMIL>- 194',
    );
    expect(dyads('Civilians fled Kharkiv. They protested against the war.')).toContainEqual('---CVL>- 140');
  });

  it('codes invaders, occupiers and the enemy as a force, never of the land they hold', () => {
    expect(dyads('The invaders shelled Arica.')).toEqual(['---MIL>CHL 194']);
    expect(dyads('Bolivian occupiers shelled Arica.')).toEqual(['BOLMIL>CHL 194']);
    expect(dyads('The occupiers in Arica fired at the crowd.')).toEqual(['---MIL>---CVL 190']);
    expect(dyads('The enemy shelled Arica.')).toEqual(['---MIL>CHL 194']);
  });

  it('reads "the two leaders" as the two office holders who last met or talked', () => {
    const events = dyads(
      'Lula had a telephone conversation with Boric. The two leaders agreed to continue contacts.',
    );
    expect(events).toContain('BRAGOV>CHLGOV 036');
    expect(events).toContain('CHLGOV>BRAGOV 036');
    // a leader and the reporters he spoke to are no two leaders
    expect(
      dyads('Lula spoke to reporters in Brasilia. The two leaders agreed to stay in contact.'),
    ).toContain('---GOV>- 036');
  });

  it('gives a joint act that "their" owns to the several subjects of its clause', () => {
    expect(dyads('Lula and Boric agreed to continue their contacts.').sort()).toEqual([
      'BRAGOV>CHLGOV 036',
      'CHLGOV>BRAGOV 036',
    ]);
  });

  it('reads "the" country\'s "party" in the singular as its side, not a political party', () => {
    expect(dyads('Our delegation worked on this in negotiations with the Chilean party.')).toContain(
      '---GOV>CHL 046',
    );
    expect(dyads('A Chilean party rejected the proposal.')).toEqual(['CHLPTY>- 127']);
  });

  it("reads the of-phrase before a noun's own preposition as who acts", () => {
    expect(dyads('The visit of the Peruvian president to Santiago was a success.')).toEqual([
      'PERGOV>CHLGOV 042',
    ]);
    expect(dyads('Boric praised the support of Peru for the plan.')).toContain('PER>- 051');
    // a verb that carries the noun keeps its subject as who acts
    expect(dyads('Chile sped up the delivery of aid to Peru.')).toContain('CHL>PER 070');
    // and those who meet during a visit still meet one another
    const met = dyads('Lula and Boric met in Santiago during the visit of Lula to Chile.');
    expect(met).toContain('BRAGOV>CHLGOV 040');
    expect(met).toContain('CHLGOV>BRAGOV 040');
  });

  it('reads "it was agreed" after a call as agreed by the two who talked, and by no one otherwise', () => {
    const agreed = dyads(
      'Lula had a telephone conversation with Boric. It was agreed to continue the dialogue.',
    );
    expect(agreed).toContain('BRAGOV>CHLGOV 030');
    expect(agreed).toContain('CHLGOV>BRAGOV 030');
    expect(dyads('It was agreed to continue the dialogue.')).toEqual([]);
    // an "it" that plans is no joint outcome of the call
    expect(
      dyads('Lula had a telephone conversation with Boric. It is planned to build a road.'),
    ).toHaveLength(2);
  });

  it('takes the owner of "our", "my" or "your" act from no subject further off than its own clause', () => {
    expect(dyads('This is our first meeting since Chile fell victim to the floods.')).toEqual([]);
    expect(dyads('Millions of people heard my appeal.')).toEqual([]);
    expect(dyads('Peru was the first to come to our aid.')).toContain('PER>- 070');
  });

  it('reads "both countries" as two states, never an organisation named with one', () => {
    expect(dyads('Chile and the EU signed a deal. Both countries condemned the attack.')).toHaveLength(2);
    const both = dyads('Chile and Peru signed a deal. Both countries condemned the attack.');
    expect(both).toContain('CHL>- 111');
    expect(both).toContain('PER>- 111');
  });
});

describe('events coder: the country of a weapon', () => {
  it('makes the country named before a weapon its user', () => {
    expect(dyads('Two farmers were killed by a Syrian projectile.')).toEqual(['SYR>---AGR 180']);
    expect(dyads('The clinic was destroyed by Syrian rockets.').map((d) => d.slice(0, 3))).toContain('SYR');
    expect(dyads('A Syrian shell hit the school.').map((d) => d.slice(0, 3))).toContain('SYR');
  });

  it('makes the country of a weapon that is a passive’s subject the one that fired it', () => {
    expect(dyads('Syrian missiles were fired at Beirut.')).toEqual(['SYR>LBN 194']);
    expect(dyads('Syrian bombs were dropped on a clinic in Tripoli.').map((d) => d.slice(0, 4))).toContain(
      'SYR>',
    );
  });
});

describe('events coder: the host of a visit named by its place', () => {
  it('visits the country of the capital one comes to, or the speaker’s own capital', () => {
    expect(dyads('The Chilean president came to Lima on Tuesday.')).toEqual(['CHLGOV>PERGOV 042']);
    expect(dyads('Pedro Castillo: The Chilean president arrived in our capital.')).toContainEqual(
      'CHLGOV>PER 042',
    );
    // coming to power, to an agreement or with troops is no visit
    expect(dyads('The general came to power in 1990.')).toEqual([]);
    expect(dyads('Chilean troops came to Lima.')).toEqual([]);
    expect(dyads('Chile came across a threat to its security.')).toEqual([]);
    // what comes close to a country does not visit it
    expect(dyads('The Chilean government has come close to Peru.')).toEqual([]);
  });
});

describe('events coder: the body of the people a measure is against', () => {
  it('aims a measure against people of no party at the body an "in" phrase names after them', () => {
    expect(dyads('Canada imposed asset freezes against three colonels in the Chilean military.')).toEqual([
      'CAN>CHLMIL 163',
    ]);
    // the noun's own preposition is the one that comes first, not a date's
    expect(
      dyads('Canada imposed asset freezes against three colonels in the Chilean military on Friday.'),
    ).toEqual(['CAN>CHLMIL 163']);
  });
});

describe('events coder: a group backed by a country', () => {
  it('is not that country’s rebels, but those of the place it fights in', () => {
    expect(dyads('Tehran-backed militants shelled the village.')).toEqual(['---REB>- 194']);
    expect(dyads('Iranian-backed militants in Mosul shelled the village.')).toEqual(['IRQREB>- 194']);
  });
});

describe('events coder: the speaker’s own land', () => {
  it('is the speaker’s country', () => {
    expect(dyads('Pedro Castillo: Chilean troops shelled our territory.', '2022-03-01')).toEqual([
      'CHLMIL>PER 194',
    ]);
  });
});

describe('events coder: two people of one government or one legislature', () => {
  it('keeps the other person as the target where their codes are the same', () => {
    const published = '2013-10-01';
    expect(dyads('Harry Reid accused John Boehner of stalling.', published)).toContain('USALEG>USALEG 112');
    expect(dyads('Harry Reid held talks with John Boehner on Monday.', published)).toEqual([
      'USALEG>USALEG 046',
      'USALEG>USALEG 046',
    ]);
    expect(dyads('Sergey Lavrov briefed Vladimir Putin on the talks.', '2022-01-20')).toEqual([
      'RUSGOV>RUSGOV 040',
    ]);
  });

  it('still drops a government acting on its own country or its own kind of unnamed body', () => {
    expect(dyads('Vladimir Putin thanked Russia for the support.', '2022-01-20')).not.toContain(
      'RUSGOV>RUS 051',
    );
    expect(dyads('The Russian government criticized Russian officials.', '2022-01-20')).toEqual([
      'RUSGOV>- 111',
    ]);
  });
});
