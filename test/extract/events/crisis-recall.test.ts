import { describe, expect, it } from 'vitest';
import { codedDyads, eventDyads, titledRelease } from '../../helpers/events.js';

// Whole analyses: acts of war in crisis reporting whose parties the plainer rules left unnamed.
const stated = (text: string) => codedDyads(text, { published: '2022-03-10', statedOnly: true });

describe('events coder: a city the tagger took for a group or a person', () => {
  it('reads the city as a place of its country, the target of force used on it', () => {
    expect(stated('The invaders kept shelling Mariupol.')).toContainEqual(expect.stringMatching(/>UKR 194$/));
    expect(stated('Kharkiv was shelled overnight.')).toContainEqual('--->UKR 194');
  });
});

describe('events coder: a place named as the subject of a passive', () => {
  it('takes the place’s country as whom violence with no attacker named was done to', () => {
    expect(stated('Chernihiv was bombed again.')).toContainEqual('--->UKR 183');
  });
});

describe('events coder: the weapons an attack is made with', () => {
  it('are no target of the attack', () => {
    const found = stated('Russian forces shelled Kharkiv with rocket artillery.');
    expect(found).toContainEqual('RUSMIL>UKR 194');
    expect(found).not.toContainEqual(expect.stringMatching(/>---MIL/));
  });
});

describe('events coder: campaign and strike nouns the tagger read as adjectives or verbs', () => {
  it('reads "offensive" heading its phrase as the noun of a campaign', () => {
    expect(stated('Russian troops resumed their offensive on Kyiv.')).toContainEqual(
      expect.stringMatching(/^RUSMIL>UKR\S* 190$/),
    );
    expect(stated('The Russian offensive in the Kharkiv region has stalled.')).toContainEqual('RUS>UKR 190');
  });

  it('keeps "offensive" before a noun an adjective', () => {
    expect(stated('Belarus bought offensive weapons.')).not.toContainEqual(expect.stringMatching(/ 190$/));
  });

  it('reads a modified gerund before "of" as the noun of the act', () => {
    expect(stated('Russian shelling of Kharkiv went on all night.')).toContainEqual('RUS>UKR 194');
  });
});

describe('events coder: a strike on a place with no attacker named', () => {
  it('is coded by an unknown actor on the place’s country', () => {
    expect(stated('The shelling of Kharkiv went on all night.')).toContainEqual('--->UKR 194');
    expect(stated('A missile strike on the centre of Lviv was reported.')).toContainEqual(
      expect.stringMatching(/^--->UKR 19\d$/),
    );
  });

  it('leaves a war or an invasion named with its place uncoded without its author', () => {
    expect(stated('The war in Syria changed the region.')).toEqual([]);
    expect(stated('Prices rose after the occupation of Crimea.')).toEqual([]);
  });
});

describe('events coder: views and greetings exchanged', () => {
  it('reads an exchange of views or opinions as consultation, both ways between the two who exchanged them', () => {
    expect(stated('Jacinda Ardern and Scott Morrison exchanged views on trade.')).toEqual(
      expect.arrayContaining(['NZLGOV>AUSGOV 040', 'AUSGOV>NZLGOV 040']),
    );
    expect(stated('Chile and Peru had an in-depth exchange of opinions on fisheries.')).toEqual(
      expect.arrayContaining(['CHL>PER 040', 'PER>CHL 040']),
    );
  });

  it('reads congratulations exchanged as praise each gives the other', () => {
    expect(stated('Chile and Peru exchanged congratulations on the anniversary of the treaty.')).toEqual(
      expect.arrayContaining(['CHL>PER 051', 'PER>CHL 051']),
    );
  });
});

describe('events coder: the parties of a meeting a title names', () => {
  const coded = (title: string, text: string) => eventDyads(titledRelease(title, text, '2022-03-10'));

  it('gives "the leaders" of the first lines the publisher and the one the title names after "with"', () => {
    const found = coded(
      'Telephone conversation with President of France Emmanuel Macron',
      'The leaders discussed the situation in Europe. The presidents agreed to stay in contact.',
    );
    expect(found).toEqual(expect.arrayContaining(['RUSGOV>FRAGOV 040', 'FRAGOV>RUSGOV 040']));
    expect(found).toContainEqual('RUSGOV>FRAGOV 036');
  });

  it('names no pair when the title names several people after "with"', () => {
    const found = coded(
      'Telephone conversation with Olaf Scholz and Emmanuel Macron',
      'The leaders discussed the situation in Europe.',
    );
    expect(found).not.toContainEqual(expect.stringMatching(/^RUSGOV>/));
  });
});

describe('events coder: a split infinitive after an appeal', () => {
  it('keeps the appeal when adverbs stand between "to" and its verb', () => {
    expect(stated('Sanchez called on the Spanish media to more actively inform the public.')).toContainEqual(
      'ESPGOV>ESPMED 020',
    );
  });
});

describe('events coder: a country, a place or its forces under attack', () => {
  it('is the target of force by someone unnamed', () => {
    expect(stated('Moldova is under attack from the east.')).toContainEqual('--->MDA 190');
    expect(stated('Many towns of Moldova came under heavy shelling.')).toContainEqual('--->MDA 194');
  });

  it('leaves criticism put as an attack alone', () => {
    expect(stated('The French government is under attack from critics.')).toEqual([]);
  });
});

describe('events coder: readiness for a joint act with no partner named', () => {
  it('is the subject’s intent to negotiate', () => {
    expect(stated('Moldova is ready for talks.')).toContainEqual('MDA>- 036');
    expect(stated('Georgia is ready for negotiations.')).toContainEqual('GEO>- 036');
  });
});

describe('events coder: a body of no known code beside the parties of a joint act', () => {
  it('keeps the act between the parties', () => {
    expect(
      stated('The meeting of the Joint Planning Council between Chile and Peru will take place on Monday.'),
    ).toEqual(expect.arrayContaining(['CHL>PER 036', 'PER>CHL 036']));
  });
});

describe('events coder: what someone is thanked for', () => {
  it('is an act of the one thanked, for the one who thanks', () => {
    expect(stated('Sandu thanked Romania for the help.')).toContainEqual('ROU>MDAGOV 070');
    expect(stated('Sandu thanked Klaus Iohannis for the visit to Moldova.')).toContainEqual('ROUGOV>MDA 042');
  });

  it('leaves one’s own side out', () => {
    expect(stated("Sandu thanked Moldova's partners for the help.")).not.toContainEqual(
      expect.stringMatching(/^MDA\S*>MDA\S* 070$/),
    );
  });
});

describe('events coder: a strike named as what another act answers', () => {
  it('is that act’s matter, while "there was" states it', () => {
    expect(stated('The minister condemned the shelling of Kharkiv.')).not.toContainEqual(
      expect.stringMatching(/ 194$/),
    );
    expect(stated('There was a missile strike on the centre of Lviv.')).toContainEqual(
      expect.stringMatching(/^--->UKR 19\d$/),
    );
  });
});

describe('events coder: supplying or providing someone with arms or aid', () => {
  it('is aimed at the one supplied', () => {
    expect(stated('Norway supplied Estonia with weapons.')).toContainEqual('NOR>EST 072');
    expect(stated('Japan provided Mongolia with humanitarian aid.')).toContainEqual('JPN>MNG 073');
    expect(stated('Cuba has supplied Venezuela with two million vaccine doses.')).toContainEqual(
      'CUB>VEN 073',
    );
  });
});

describe('events coder: a video conference held with someone', () => {
  it('is held by both', () => {
    expect(stated('Sandu held a video conference with Klaus Iohannis.')).toEqual(
      expect.arrayContaining(['MDAGOV>ROUGOV 041', 'ROUGOV>MDAGOV 041']),
    );
  });
});

describe('events coder: support or aid received', () => {
  it('is given by the one named after "from"', () => {
    expect(stated('Moldova has received strong support from Romania.')).toContainEqual('ROU>MDA 051');
  });

  it('names no giver when no one is named after "from"', () => {
    expect(stated('Moldova received humanitarian aid.')).toEqual([]);
  });
});

describe('events coder: an export ban', () => {
  it('is aimed at the country the goods would go to', () => {
    expect(stated('Canada banned exports of technology to Belarus.')).toContainEqual('CAN>BLR 163');
  });
});

describe('events coder: "the heads of state" after a call or a meeting', () => {
  it('are the two who talked', () => {
    expect(
      stated(
        'Maia Sandu had a telephone conversation with Klaus Iohannis. The heads of state discussed energy security.',
      ),
    ).toEqual(expect.arrayContaining(['MDAGOV>ROUGOV 040', 'ROUGOV>MDAGOV 040']));
  });
});

describe('events coder: force posture named by a noun and its "of" phrase', () => {
  it('takes the forces after "of" as the side that moves them and the place after "near" as the target', () => {
    expect(stated('Ministers condemned the build-up of Russian troops near Ukraine.')).toContainEqual(
      'RUSMIL>UKR 154',
    );
    expect(stated('Kyiv reported a concentration of Belarusian forces near Ukraine.')).toContainEqual(
      expect.stringMatching(/^BLRMIL>UKR/),
    );
    expect(stated('The massing of Russian forces continued.')).toContainEqual('RUSMIL>- 154');
  });

  it('reads no posture into a concentration of anything but forces near a place', () => {
    expect(stated('The concentration of funds on schools helped the region.')).toEqual([]);
  });
});

describe('events coder: a verb the tagger read as a noun after two names joined by "and"', () => {
  it('is the verb of the pair, each of them acting on the name after it', () => {
    const found = stated('Estonia and Latvia support Georgia.');
    expect(found).toContainEqual('EST>GEO 051');
    expect(found).toContainEqual('LVA>GEO 051');
  });
});

describe('events coder: a third-person verb the tagger read as a noun between two names', () => {
  it('is the verb of the first name, aimed at the second', () => {
    expect(stated('Norway supplies Denmark with natural gas.')).toContainEqual('NOR>DNK 061');
    expect(stated('Estonia supplies Georgia with weapons.')).toContainEqual('EST>GEO 072');
  });
});

describe('events coder: acts of force named by a noun in reports', () => {
  it('gives a "by" phrase after the places attacked to the attack, not to the places', () => {
    expect(stated('There was an attack on Ukrainian cities by Russian troops.')).toEqual(['RUSMIL>UKR 190']);
    expect(stated('The shelling of Moldovan positions by Russian troops went on.')).toEqual([
      'RUSMIL>MDA 194',
    ]);
  });

  it('reads what an existential "there" says there was as the noun of an act', () => {
    expect(stated('There were attacks on Kharkiv by Russian troops.')).toEqual(['RUSMIL>UKR 190']);
    expect(stated('There has been heavy shelling of Kharkiv.')).toEqual(['--->UKR 194']);
  });

  it('codes an act the speaker informs someone about, and one that intensified', () => {
    expect(
      stated('Zelenskyy informed Scholz about the shelling of Ukrainian positions by Russian troops.'),
    ).toEqual(['UKRGOV>DEUGOV 040', 'RUSMIL>UKR 194']);
    expect(
      stated('Zelenskyy spoke of the intensification of shelling of Ukrainian positions by Russian troops.'),
    ).toContain('RUSMIL>UKR 194');
    // a meeting told about is the talk's matter; evidence "about" contacts alleges them
    expect(stated('Putin told Aliyev about meetings with the United States.')).not.toContain(
      'RUSGOV>USA 040',
    );
  });
});
