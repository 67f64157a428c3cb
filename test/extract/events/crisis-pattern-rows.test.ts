import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: verbs and objects that crisis reporting uses often, each read by its pattern row.
const stated = (text: string) => codedDyads(text, { published: '2022-03-10', statedOnly: true });

describe('events coder: informing another party', () => {
  it('is consultation with the person or government informed', () => {
    expect(stated('Emmanuel Macron informed Olaf Scholz about the talks in Moscow.')).toContainEqual(
      'FRAGOV>DEUGOV 040',
    );
  });

  it('codes nothing when the public is informed, or when no one is named as informing', () => {
    expect(stated('The ministry informed citizens about the new rules.')).toEqual([]);
    expect(stated('Olaf Scholz was informed about the fire.')).toEqual([]);
  });
});

describe('events coder: weapons supplied, pumped in or transferred', () => {
  it('reads the weapons after "with" and the party supplied as the target', () => {
    expect(stated('Britain supplied Estonia with anti-tank missiles.')).toContainEqual('GBR>EST 072');
    expect(stated('Poland keeps pumping Lithuania with weapons.')).toContainEqual('POL>LTU 072');
  });

  it('reads a transfer of weapons or ammunition to a party as military aid', () => {
    expect(stated('Romania transferred ammunition to Moldova.')).toContainEqual('ROU>MDA 072');
  });
});

describe('events coder: people used as shields', () => {
  it('is the use of human shields, aimed at the people so used', () => {
    expect(stated('The militants used the villagers as a shield.')).toContainEqual(
      expect.stringMatching(/^---REB>---CVL 184$/),
    );
  });
});

describe('events coder: a document or a roadmap signed with another party', () => {
  it('is a formal agreement between the two', () => {
    expect(stated('Moldova signed a document with Romania on energy.')).toContainEqual('MDA>ROU 057');
    expect(stated('Latvia and Estonia signed a roadmap for rail cooperation.')).toContainEqual('LVA>EST 057');
  });
});

describe('events coder: gratitude stated with "grateful to"', () => {
  it('is thanking the party after "to", from the subject', () => {
    expect(stated('Moldova is deeply grateful to Romania for the fuel.')).toContainEqual('MDA>ROU 051');
    expect(stated('Emmanuel Macron was thankful to Olaf Scholz and Mario Draghi.')).toContainEqual(
      'FRAGOV>ITAGOV 051',
    );
  });

  it('thanks no one when the gratitude is only supposed or denied', () => {
    expect(stated('Moldova would be grateful to Romania for an answer.')).toEqual([]);
    expect(stated('Moldova is not grateful to Romania.')).toEqual([]);
  });
});

describe('events coder: thanks given and aid brought', () => {
  it('reads "gave thanks to" as thanking and "bring aid to" as aid', () => {
    expect(stated('Emmanuel Macron gave his special thanks to Latvia for its help.')).toContainEqual(
      'FRAGOV>LVA 051',
    );
    expect(stated('Poland brought humanitarian aid to Lithuania.')).toContainEqual('POL>LTU 073');
  });
});

describe('events coder: an act denied by "no" before its object', () => {
  it('is not asserted: "signed no documents", "sent no troops"', () => {
    expect(stated('Moldova has signed no documents with Romania.')).toEqual([]);
    expect(stated('Belarus sent no troops to Kazakhstan.')).toEqual([]);
  });

  it('keeps the act when the object is still there', () => {
    expect(stated('Belarus sent troops to Kazakhstan.')).toContainEqual('BLR>KAZ 154');
  });
});

describe('events coder: gas and oil delivered', () => {
  it('reads gas delivered or supplied, in cubic metres or barrels, as economic cooperation', () => {
    expect(stated('Norway delivered 20 billion cubic metres of gas to Poland.')).toContainEqual(
      'NOR>POL 061',
    );
    expect(stated('Norway supplied Poland with gas.')).toContainEqual('NOR>POL 061');
    expect(stated('Kazakhstan sold two million barrels of oil to China.')).toContainEqual('KAZ>CHN 061');
  });
});

describe('events coder: a round of talks', () => {
  it('is the talks themselves, between the parties named', () => {
    expect(
      stated('The second round of talks between Armenia and Azerbaijan took place in Brussels.'),
    ).toEqual(expect.arrayContaining(['ARM>AZE 046', 'AZE>ARM 046']));
  });

  it('leaves a round that is only what another noun is of to that noun', () => {
    expect(
      stated('Armenia noted the futility of the last round of consultations between the advisers.'),
    ).not.toContainEqual(expect.stringMatching(/^ARM\S*>\S+ 04/));
  });
});

describe('events coder: a case or a complaint filed against another party', () => {
  it('is a lawsuit (115) or an official complaint (114) against it', () => {
    expect(stated('Ukraine filed a case against Russia at the International Court of Justice.')).toEqual([
      'UKR>RUS 115',
    ]);
    expect(stated('Kyiv lodged a case against Moscow.')).toEqual(['UKRGOV>RUSGOV 115']);
    expect(stated('Lithuania filed a complaint against Belarus.')).toEqual(['LTU>BLR 114']);
  });
});
