import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: the actors come from the actors stage, as they do for real articles.
const dyads = (text: string) => codedDyads(text, { published: '2011-03-08', statedOnly: true });
const sorted = (list: string[]) => [...list].sort();

describe('events coder: lists of three or more actors', () => {
  it('codes one event per member of a list of targets after a preposition', () => {
    expect(sorted(dyads('Canada imposed sanctions on Syria, Iran and Belarus.'))).toEqual([
      'CAN>BLR 163',
      'CAN>IRN 163',
      'CAN>SYR 163',
    ]);
    expect(sorted(dyads('Norway sent food aid to Chad, Niger, Mali and Mauritania.'))).toEqual([
      'NOR>MLI 073',
      'NOR>MRT 073',
      'NOR>NER 073',
      'NOR>TCD 073',
    ]);
  });

  it('codes every member of a list of direct objects', () => {
    expect(sorted(dyads('Kenya criticised Uganda, Rwanda and Burundi.'))).toEqual([
      'KEN>BDI 111',
      'KEN>RWA 111',
      'KEN>UGA 111',
    ]);
  });

  it('codes every member of a list held by an event noun', () => {
    expect(sorted(dyads('Japan announced new sanctions against Syria, Iran and Belarus.'))).toEqual([
      'JPN>BLR 163',
      'JPN>IRN 163',
      'JPN>SYR 163',
    ]);
  });

  it('keeps a list whose preposition is repeated before each member', () => {
    expect(sorted(dyads('Norway sent food aid to Chad, to Niger and to Mali.'))).toEqual([
      'NOR>MLI 073',
      'NOR>NER 073',
      'NOR>TCD 073',
    ]);
  });

  it('reads "as well as" as joining the last member of a list', () => {
    expect(sorted(dyads('Canada imposed sanctions on Syria, Iran as well as Belarus.'))).toEqual([
      'CAN>BLR 163',
      'CAN>IRN 163',
      'CAN>SYR 163',
    ]);
  });

  it('keeps a list after a time phrase between the noun and its preposition', () => {
    expect(sorted(dyads('Canada eased sanctions in early June on Syria, Iran and Belarus.'))).toEqual([
      'CAN>BLR 085',
      'CAN>IRN 085',
      'CAN>SYR 085',
    ]);
  });

  it('goes on past a short aside between commas before the last member', () => {
    expect(sorted(dyads('Canada eased sanctions on Syria, Iran, and, with some limits, Belarus.'))).toEqual([
      'CAN>BLR 085',
      'CAN>IRN 085',
      'CAN>SYR 085',
    ]);
    expect(
      sorted(dyads('Canada eased sanctions on Syria, Iran, and with limits attached, Belarus.')),
    ).toEqual(['CAN>BLR 085', 'CAN>IRN 085', 'CAN>SYR 085']);
  });

  it('codes every member of a list of subjects', () => {
    expect(
      sorted(dyads('Egypt, Jordan and Qatar condemned the Israeli raid.').filter((d) => d.endsWith(' 111'))),
    ).toEqual(['EGY>ISR 111', 'JOR>ISR 111', 'QAT>ISR 111']);
  });

  it('reads people placed by a list of countries as people of each country', () => {
    expect(sorted(dyads('Diplomats from Egypt, Jordan and Qatar condemned the vote.'))).toEqual([
      'EGYGOV>- 111',
      'JORGOV>- 111',
      'QATGOV>- 111',
    ]);
  });

  it('reads people of a list of organisations as acting for each', () => {
    expect(sorted(dyads('Leaders of Hamas and Fatah condemned the vote.'))).toEqual([
      'PSEPTY>- 111',
      'PSEREBHMS>- 111',
    ]);
  });

  it('does not join an opening phrase to the subject after its comma', () => {
    expect(sorted(dyads('In Syria, Egypt and Jordan signed an agreement.'))).toEqual([
      'EGY>JOR 057',
      'JOR>EGY 057',
    ]);
    expect(sorted(dyads('After talks in Geneva, Egypt and Jordan signed an agreement.'))).toEqual([
      'EGY>JOR 057',
      'JOR>EGY 057',
    ]);
  });
});

describe('events coder: the two Congos', () => {
  it('reads each Congo by its own names, and bare "Congo", which names both, as no actor', () => {
    expect(sorted(dyads('Angola threatened Congo and Gabon.'))).toEqual(['AGO>GAB 130']);
    expect(dyads('Angola criticised Congo-Brazzaville.')).toEqual(['AGO>COG 111']);
    expect(dyads('Angola criticised DR Congo.')).toEqual(['AGO>COD 111']);
    expect(dyads('Angola criticised the Democratic Republic of the Congo.')).toEqual(['AGO>COD 111']);
    expect(dyads('Angola criticised Congo-Kinshasa.')).toEqual(['AGO>COD 111']);
  });
});

describe('events coder: an opening adverbial with a participle before the subjects', () => {
  it('keeps the country that ends the adverbial out of the list of subjects after its comma', () => {
    expect(
      sorted(dyads('During a call held at the request of Chile, Peru and Bolivia discussed trade.')),
    ).toEqual(['BOL>PER 040', 'PER>BOL 040']);
    // a participle is no main verb; a finite verb in the adverbial still ends it
    expect(sorted(dyads('After Chile attacked in the north, Peru and Bolivia imposed sanctions.'))).toContain(
      'BOL>- 163',
    );
  });
});

describe('events coder: a list that ends in others it does not name', () => {
  it('keeps every named member of a comma list closed by "and all those" or "and others"', () => {
    expect(sorted(dyads('Peru thanked Chile, Bolivia and all those who helped.'))).toEqual([
      'PER>BOL 051',
      'PER>CHL 051',
    ]);
    // a run of commas closed by nothing is still apposition
    expect(dyads('Peru thanked Chile, the neighbour.')).toEqual(['PER>CHL 051']);
  });
});

describe('events coder: an object and the subject of the next clause', () => {
  it('does not join the object of a verb and the subject of a clause joined by "and"', () => {
    expect(sorted(dyads('Russia attacked Ukraine, and Belarus condemned the attack.'))).toEqual([
      'BLR>- 111',
      'RUS>UKR 190',
    ]);
    expect(sorted(dyads('Peru thanked Chile and Bolivia criticised Argentina.'))).toEqual([
      'BOL>ARG 111',
      'PER>CHL 051',
    ]);
  });

  it('keeps one subject after a verb of saying or a causative, and one object list', () => {
    expect(sorted(dyads('Lavrov said Russia and China agreed to cooperate.'))).toEqual([
      'CHN>RUS 031',
      'RUS>CHN 031',
    ]);
    expect(sorted(dyads('Kenya criticised Uganda and Rwanda.'))).toEqual(['KEN>RWA 111', 'KEN>UGA 111']);
  });
});
