import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: acts that official readouts and speeches state in ways the plainer rules missed.
const dyads = (text: string) => codedDyads(text, { published: '2022-03-10' });
const stated = (text: string) => codedDyads(text, { published: '2022-03-10', statedOnly: true });

describe('events coder: readiness after a linking verb', () => {
  it('reads "stands ready to" and "remains ready to" as "is ready to"', () => {
    expect(stated('Norway stands ready to provide humanitarian assistance to Moldova.')).toContainEqual(
      'NOR>MDA 0333',
    );
    expect(stated('Chile remained ready to help Peru.')).toContainEqual('CHL>PER 033');
  });

  it('leaves a plain "stands" alone', () => {
    expect(dyads('The monument stands near the border with Moldova.')).toEqual([]);
  });
});

describe('events coder: a relative clause after the target', () => {
  it('keeps the appeal when the people appealed to are described by a relative clause', () => {
    expect(stated('The president appealed to Belarusian citizens who live abroad.')).toContainEqual(
      expect.stringMatching(/>BLRCVL 020$/),
    );
    expect(stated('Tokayev appealed to Kyrgyz citizens who live in Almaty.')).toContainEqual(
      'KAZGOV>KGZCVL 020',
    );
    expect(
      stated('Sandu called on Moldovan workers who have not yet left the country to stay.'),
    ).toContainEqual(expect.stringMatching(/^MDAGOV>MDA\S* 02/));
  });
});

describe('events coder: force that is talked about', () => {
  it('keeps a named war or invasion asserted when it is what leaders discuss', () => {
    expect(stated('The ministers discussed Ethiopia’s war against Eritrea.')).toContainEqual('ETH>ERI 190');
    expect(stated('The leaders will meet to discuss the Iraqi invasion of Kuwait.')).toContainEqual(
      'IRQ>KWT 190',
    );
  });

  it('leaves a war that may come, and acts that are only talked about, unasserted', () => {
    expect(stated('The ministers discussed a possible war with Eritrea.')).not.toContainEqual(
      expect.stringMatching(/ 19\d$/),
    );
    expect(stated('The ministers discussed sanctions against Eritrea.')).not.toContainEqual(
      expect.stringMatching(/ 16\d$/),
    );
  });
});

describe('events coder: an event named as the time or outcome it brought', () => {
  it('reads a definite event after "the Nth day of", "the beginning of" and "as a result of"', () => {
    expect(stated('Today is the tenth day of the Iraqi invasion of Kuwait.')).toContainEqual('IRQ>KWT 190');
    expect(stated('Prices rose after the beginning of the Ethiopian invasion of Eritrea.')).toContainEqual(
      expect.stringMatching(/^ETH\S*>ERI 19\d$/),
    );
    expect(stated('Farms were lost as a result of the Iraqi invasion of Kuwait.')).toContainEqual(
      'IRQ>KWT 190',
    );
  });

  it('reads a definite event after "in view of", "in response to" and "in connection with"', () => {
    expect(stated("In view of Aliyev's recent visit to Georgia, the leaders met.")).toContainEqual(
      'AZEGOV>GEO 042',
    );
    expect(stated("In response to Iraq's invasion of Kuwait, Egypt cut ties with Iraq.")).toContainEqual(
      'IRQ>KWT 190',
    );
    expect(stated('Prices rose in connection with the Iraqi invasion of Kuwait.')).toContainEqual(
      'IRQ>KWT 190',
    );
  });

  it('leaves an event that may come, or a festival year, unasserted', () => {
    expect(stated('The consequences of an Iraqi invasion of Kuwait would be severe.')).toEqual([]);
    expect(stated('They opened the Year of Russian-Chinese Cooperation in Sports.')).not.toContainEqual(
      expect.stringMatching(/ 06\d$/),
    );
  });
});

describe('events coder: the object a relative clause leaves before its subject', () => {
  it('reads the noun before "that" or "which" as the object of a verb row that names it', () => {
    expect(stated('The sanctions that Canada imposed on Belarus are hurting its exports.')).toContainEqual(
      'CAN>BLR 163',
    );
    expect(stated('The missiles which Iran supplied to Syria were found.')).toContainEqual('IRN>SYR 072');
  });

  it('takes no object for a verb that is followed by its own clause, nor for a bare statement', () => {
    expect(stated('Their claims that Chile refused to negotiate are false.')).not.toContainEqual(
      expect.stringMatching(/ 011$/),
    );
    expect(stated('Japan repeated the statement that it issued on Monday.')).toEqual([]);
  });
});

describe('events coder: rows for sanctions, aid and arms in crisis news', () => {
  it('codes sanctions introduced, restrictive measures imposed, aid allocated and missiles used', () => {
    expect(stated('Canada introduced new sanctions against Belarus.')).toContainEqual('CAN>BLR 163');
    expect(stated('The EU imposed restrictive measures on Belarus.')).toContainEqual('IGOEUREEC>BLR 163');
    expect(stated('Japan allocated humanitarian aid to Moldova.')).toContainEqual('JPN>MDA 073');
    expect(stated('Armenia used missiles against Azerbaijani villages.')).toContainEqual('ARM>AZE 194');
  });

  it('needs the target for forces or weapons put to use', () => {
    expect(stated('The alliance decided to use its peacekeeping forces.')).not.toContainEqual(
      expect.stringMatching(/ 19\d$/),
    );
  });
});

describe('events coder: a bloc owned by a possessive pronoun', () => {
  it('takes "its Western partners" as the one addressed', () => {
    expect(stated('Moldova called on its Western partners to send aid.')).toContainEqual(
      expect.stringMatching(/^MDA\S*>WST 02/),
    );
  });
});

describe('events coder: "I" and "we" in a speaker’s own quoted words', () => {
  it('takes the speaker of a quote for its first person, in every sentence of the quote', () => {
    expect(
      stated('"I spoke with the Polish president. We agreed to meet in Warsaw," Sandu said.'),
    ).toContainEqual(expect.stringMatching(/^MDAGOV>POLGOV 04\d$/));
    expect(stated('"We have cut diplomatic ties with Belarus," Sandu said.')).toContainEqual(
      'MDAGOV>BLR 161',
    );
  });

  it('leaves "I" alone outside quotes, and in a quote whose speaker is unknown', () => {
    expect(stated('I spoke with the Polish president.')).toEqual([]);
    expect(stated('"I spoke with the Polish president," a source said.')).not.toContainEqual(
      expect.stringMatching(/^[A-Z]{3}\S*>POLGOV/),
    );
  });
});

describe('actors: invaders named by their deed alone', () => {
  it('gives "the occupiers" and "the invaders" the country of the invasion or invaders named before', () => {
    expect(stated('Iraqi occupiers entered Kuwait City. The occupiers looted a hospital.')).toContainEqual(
      expect.stringMatching(/^IRQMIL>\S+ 17\d{1,2}$/),
    );
    expect(
      stated("Iraq's full-scale invasion of Kuwait goes on. The invaders shelled a school."),
    ).toContainEqual(expect.stringMatching(/^IRQMIL>\S+ 19\d$/));
  });

  it('leaves them unplaced when no invader was named', () => {
    expect(stated('Kuwaiti troops held the line. The occupiers shelled a school.')).not.toContainEqual(
      expect.stringMatching(/^KWT/),
    );
  });
});

describe('events coder: a title that codes no one', () => {
  it('stands for the body its of-phrase names', () => {
    expect(
      stated(
        'Deputy Head of the Office of the President of Moldova Ion Ceban met with the Ambassador of Japan.',
      ),
    ).toContainEqual(expect.stringMatching(/^MDA\S*>JPNGOV 04\d$/));
  });
});

describe('events coder: an act named by a gerund with its agent', () => {
  it('reads "shelling by the army" as the shelling, with the army as its author', () => {
    expect(stated('Villages affected by shelling by the Armenian army were evacuated.')).toContainEqual(
      expect.stringMatching(/^ARMMIL>\S+ 194$/),
    );
    expect(stated('Shelling by Azerbaijani troops hit the town.')).toContainEqual(
      expect.stringMatching(/^AZEMIL>\S+ 19\d$/),
    );
  });
});

describe('actors: "presidents" as a word for leaders', () => {
  it('reads "the Presidents of Chile and Peru" as the two governments', () => {
    expect(stated('The Presidents of Chile and Peru discussed trade.')).toEqual(
      expect.arrayContaining(['CHLGOV>PERGOV 040', 'PERGOV>CHLGOV 040']),
    );
  });
});
