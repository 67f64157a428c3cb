import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: the actors and places come from their stages, as they do for real articles.
const dyads = (text: string, published = '2015-03-10') => codedDyads(text, { published, label: 'root' });

describe('events coder: who an act is done by and to, from how the parties are described', () => {
  it('takes the subject as the target of a reflexive object', () => {
    expect(dyads('Iraq attacked itself.')).toEqual(['IRQ>IRQ 19']);
    expect(dyads('The rebels attacked themselves.')).toEqual(['---REB>---REB 19']);
    // a party the verb names besides is the target
    expect(dyads('Iraq armed itself against Iran.')).toEqual(['IRQ>IRN 07']);
    // the self one defends is no other party
    expect(dyads('Syria vowed to defend itself.')).toEqual(['SYR>- 03']);
    // what a statement says its speaker is names no one it is addressed to
    expect(dyads('Hamas declared itself the winner of the election.')).not.toContainEqual(
      expect.stringMatching(/^(\S+)>\1 /),
    );
  });

  it('aims sympathy that names no one at the place what it mourns happened in', () => {
    expect(dyads('The French president expressed condolences for the bombings in Madrid.')).toEqual([
      'FRAGOV>ESP 01',
    ]);
    // at home, at the country's people, not its state
    expect(dyads('The French president expressed condolences for the bombings in Lyon.')).toEqual([
      'FRAGOV>FRACVL 01',
    ]);
    expect(dyads('The Indian prime minister voiced sympathy for the flood victims in Pakistan.')).toEqual([
      'INDGOV>PAK 01',
    ]);
    // whom it is offered to, when named
    expect(
      dyads('The German chancellor expressed sympathy to Spain for the train crash in Hamburg.'),
    ).toEqual(['DEUGOV>ESP 01']);
  });

  it('reads a release set off by commas as describing the document, whose accused is the object', () => {
    expect(dyads('A report, released in Oslo on Tuesday, accused Russia of lying.')).toEqual(['NOR>RUS 11']);
    expect(
      dyads('The study, published in the Danish capital, alleged that Iran armed the rebels.'),
    ).toContainEqual('DNK>IRN 11');
  });

  it('keeps the author a released document names, wherever it was released', () => {
    expect(dyads('A report by Amnesty International released in Paris accused Israel of torture.')).toEqual([
      expect.stringMatching(/^NGO\w*>ISR 11$/),
      'ISR>- 18',
    ]);
    // the agent of its release is its author
    expect(dyads('A report released by Amnesty International accused Chile of torture.')).toContainEqual(
      expect.stringMatching(/^NGO\w*>CHL 11$/),
    );
    // publishing a text frees no one
    expect(dyads('Amnesty International released a report on Monday.')).toEqual([]);
    expect(dyads('A United Nations study released in Nairobi criticised Uganda.')).toEqual(['IGOUNO>UGA 11']);
  });

  it('aims a refusal at whom its pressure came from, and a concession at the author of the demands', () => {
    expect(dyads('Chile refused to open the border despite pressure from Peru.')).toContainEqual(
      expect.stringMatching(/^CHL>PER 12$/),
    );
    // a kind of person the refused act names is no party; the one pressing is
    expect(dyads('Norway declined to extradite the cleric despite calls by Turkey.')).toContainEqual(
      'NOR>TUR 12',
    );
    expect(dyads('Chile refused to withdraw in spite of Bolivian demands.')).toContainEqual('CHL>BOL 12');
    // a party the refused act names stays its target
    expect(dyads('Japan refused to meet China despite pressure from Korea.')).toContainEqual('JPN>CHN 12');
    expect(dyads('Greece conceded at last to demands from Germany to cut pensions.')).toContainEqual(
      'GRC>DEU 08',
    );
    // what one bows or caves in to is pressure, not an act of pressing
    const bowed = dyads('Iran bowed to pressure from Russia and freed the sailors.');
    expect(bowed).toContainEqual('IRN>RUS 08');
    expect(bowed.filter((d) => d.endsWith(' 17'))).toEqual([]);
    expect(dyads('The junta caved in to pressure from the United Nations.')).toContainEqual(
      expect.stringMatching(/^\S*GOV>IGOUNO 08$/),
    );
  });

  it('does not take a patron for its ally or proxy, nor for where an act happens', () => {
    const killed = dyads("Rebels killed the deputy commander of Syria's militia ally in northern Iraq.");
    expect(killed.filter((d) => d.includes('>SYR'))).toEqual([]);
    // the victims of no country named are then the place's
    expect(killed).toEqual(['---REB>IRQMIL 18']);
    expect(dyads("Gunmen attacked Iran's proxy militia in Yemen.")).toEqual(['---UAF>YEMUAF 19']);
    expect(dyads("Israeli troops killed two members of Iran's client militia.")).toEqual([
      'ISRMIL>---UAF 18',
    ]);
    // an ally's own country still names it
    expect(dyads('Hezbollah and its Iranian allies attacked Israel.')).toContainEqual('IRN>ISR 19');
  });

  it('gives a person the country of the place they come from, when no nationality is named', () => {
    expect(dyads('A nurse from Marseille was detained in Iran.')).toEqual(['IRN>FRAHLH 17']);
    expect(dyads('Syria arrested an aid worker from Oregon.')).toEqual(['SYR>USANGO 17']);
    expect(dyads('Iran arrested a student from Leeds.')).toEqual(['IRN>GBREDU 17']);
    expect(dyads('A tourist from Osaka was kidnapped in Mali.')).toContainEqual(
      expect.stringMatching(/>JPNCVL 18$/),
    );
    // a word of a person the tagger reads as an adjective is still the person
    expect(dyads('A missionary from Toronto was arrested in Syria.')).toEqual(['SYR>CANREL 17']);
    // a nationality named wins over the place
    expect(dyads('Iran detained a Canadian doctor from Lyon.')).toEqual(['IRN>CANHLH 17']);
    // aid workers in a place are not its own
    expect(dyads('Aid workers in Darfur criticised Sudan.')).toEqual(['NGO>SDN 11']);
  });
});
