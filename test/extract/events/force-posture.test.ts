import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Force posture (154): armed forces massed, moved, deployed or stationed near another country.
const stated = (text: string) => codedDyads(text, { published: '2022-01-20', statedOnly: true });
const posture = (text: string) => stated(text).filter((d) => d.endsWith(' 154'));

describe('events coder: forces massed, concentrated or gathered by a state', () => {
  it('reads any armed-force noun as what the state masses, with the country of the border as target', () => {
    expect(posture('Belarus is massing battalions on the border with Lithuania.')).toEqual(['BLR>LTU 154']);
    expect(posture('Armenia concentrated its soldiers near the Azerbaijani border.')).toEqual([
      'ARM>AZE 154',
    ]);
    expect(posture("Serbia has amassed armoured vehicles along Kosovo's border.")).toEqual(['SRB>XKX 154']);
    expect(posture('China gathered tanks at the border of India.')).toEqual(['CHN>IND 154']);
  });

  it('reads moving, deploying, stationing and positioning forces the same way', () => {
    expect(posture('Turkey moved artillery near the Syrian border.')).toEqual(['TUR>SYR 154']);
    expect(posture('Azerbaijan deployed rocket launchers along the border with Armenia.')).toEqual([
      'AZE>ARM 154',
    ]);
    expect(posture('Pakistan stationed two divisions near India.')).toEqual(['PAK>IND 154']);
    expect(posture('Ethiopia positioned military equipment on the border with Eritrea.')).toEqual([
      'ETH>ERI 154',
    ]);
    expect(posture('Venezuela has built up servicemen near the Colombian border.')).toEqual(['VEN>COL 154']);
    expect(posture('Belarus deployed brigades around Lithuania.')).toEqual(['BLR>LTU 154']);
  });

  it('codes a build-up near a border no country is named for, with no target', () => {
    expect(posture('Belarus has massed 30,000 soldiers at the border.')).toEqual(['BLR>- 154']);
    expect(posture('Turkey concentrated reinforcements.')).toEqual(['TUR>- 154']);
  });

  it('takes the troops of a passive as the ones acting', () => {
    expect(posture('Chinese troops were massed near the Indian border.')).toEqual(['CHNMIL>IND 154']);
    expect(posture('Turkish tanks are being moved towards the border with Syria.')).toEqual(['TUR>SYR 154']);
  });
});

describe('events coder: forces that mass, gather or build up themselves', () => {
  it('is the force posture of the forces, aimed at the country of the border', () => {
    expect(posture('Serbian troops massed near the border with Kosovo.')).toEqual(['SRBMIL>XKX 154']);
    expect(posture('Belarusian forces are gathering along the Polish border.')).toEqual(['BLRMIL>POL 154']);
    expect(posture('Indian soldiers concentrated near Pakistan.')).toEqual(['INDMIL>PAK 154']);
    expect(posture('Eritrean forces have been building up on the border with Ethiopia.')).toEqual([
      'ERIMIL>ETH 154',
    ]);
    expect(posture('Chinese troops have been massing for weeks.')).toEqual(['CHNMIL>- 154']);
  });

  it('codes nothing for people who are not a fighting force, or a gathering at no border or place', () => {
    expect(stated('Students gathered near the parliament.')).toEqual([]);
    expect(stated('Journalists massed outside the court.')).toEqual([]);
    expect(posture('Police gathered near the embassy.')).toEqual([]);
    expect(posture('Armed men gathered at the compound.')).toEqual([]);
    expect(posture('The navy builds up its presence by assigning more ships there.')).toEqual([]);
  });

  it('codes nothing when what is gathered or concentrated is no armed force', () => {
    expect(stated('Japan gathered evidence on the border incident.')).not.toContainEqual(
      expect.stringMatching(/ 154$/),
    );
    expect(posture('The firm concentrated its efforts on the Asian market.')).toEqual([]);
    expect(posture('Chile moved its embassy to a new building.')).toEqual([]);
  });
});

describe('events coder: forces counted ("thousands of troops")', () => {
  it('reads the counted forces as the object a deployment row names, in either voice', () => {
    expect(posture('Thousands of Russian troops were deployed near the Ukrainian border.')).toEqual([
      'RUSMIL>UKR 154',
    ]);
    expect(posture('Russia deployed tens of thousands of troops near the Ukrainian border.')).toEqual([
      'RUS>UKR 154',
    ]);
  });

  it('reads counted demonstrators as those a dispersal represses', () => {
    expect(stated('Belarusian police dispersed hundreds of demonstrators in Minsk.')).toEqual([
      'BLRCOP>BLROPP 175',
    ]);
  });
});

describe('events coder: a country named before a past form', () => {
  it('reads the past form as its verb, not as an adjective of the forces after it', () => {
    expect(posture('Turkey concentrated troops near the Greek border.')).toEqual(['TUR>GRC 154']);
  });
});

describe('events coder: a build-up, massing or concentration of forces named as a noun', () => {
  it('codes the build-up of the forces its "of" phrase or its modifier names, aimed at the country near it', () => {
    expect(posture('The build-up of Turkish troops near Syria worried Damascus.')).toEqual([
      'TURMIL>SYR 154',
    ]);
    expect(posture('A concentration of Chinese forces on the Indian border was reported.')).toEqual([
      'CHNMIL>IND 154',
    ]);
    expect(posture('Athens watched the massing of Turkish tanks around Greece.')).toEqual(['TUR>GRC 154']);
    expect(posture('Seoul is alarmed by the concentration of North Korean soldiers.')).toEqual([
      'PRKMIL>- 154',
    ]);
  });

  it('codes the build-up a state or its military owns, written with or without a hyphen', () => {
    expect(posture('The Chinese military build-up worried Taipei.')).toEqual(['CHNMIL>- 154']);
    expect(posture("Armenia's massive build-up alarmed its neighbour.")).toEqual(['ARM>- 154']);
    expect(posture("Serbia's military build-up near Kosovo continued.")).toEqual(['SRB>XKX 154']);
  });

  it('codes the forces a participle after them says are massing', () => {
    expect(posture('Turkish forces massing near Syria alarmed Damascus.')).toEqual(['TURMIL>SYR 154']);
  });

  it('codes nothing for a build-up or concentration of anything but armed forces', () => {
    expect(posture('The build-up of public debt in Italy worried Germany.')).toEqual([]);
    expect(posture('Critics decried the concentration of power in Minsk.')).toEqual([]);
    expect(posture("Chile's concentration on the economy paid off.")).toEqual([]);
    expect(posture('The massing of students near the French parliament worried the police.')).toEqual([]);
  });

  it('reads forces of a bare common noun as a power, not an army', () => {
    expect(stated('The forces of nature battered the coast of Chile.')).toEqual([]);
    expect(posture('The forces of evil are gathering near the border.')).toEqual([]);
    expect(posture('Chile gathered the forces of nature near the coast.')).toEqual([]);
    expect(posture('The forces of the coalition massed near the Syrian border.')).toEqual(['---MIL>SYR 154']);
  });
});

describe('events coder: force posture denied, negated, claimed or feared', () => {
  const asserted = (text: string) =>
    codedDyads(text, { published: '2022-01-20' }).filter((d) => d.endsWith(' 154'));

  it('asserts no build-up that the sentence denies or negates', () => {
    expect(asserted('Azerbaijan denies it is massing troops near Armenia.')).toEqual([]);
    expect(asserted('Serbia is not concentrating forces near Kosovo.')).toEqual([]);
    expect(asserted('Belarus has not built up tanks near the border, its defence minister said.')).toEqual(
      [],
    );
  });

  it('asserts no build-up that is only claimed, alleged or feared', () => {
    expect(
      stated('Baku rejected claims that Azerbaijan was amassing troops near Armenia.'),
    ).not.toContainEqual(expect.stringMatching(/ 154$/));
    expect(stated('Armenia accused Azerbaijan of massing soldiers near its border.')).not.toContainEqual(
      expect.stringMatching(/ 154$/),
    );
    expect(stated('Lithuania fears Belarus could mass battalions near Vilnius.')).toEqual([]);
  });
});

describe('events coder: military drills near a border', () => {
  it('is a show of force (150) toward the state across the border', () => {
    expect(stated('Russia held military drills near the Ukrainian border.')).toEqual(['RUS>UKR 150']);
  });

  it('is a show of force by each partner of joint drills held near the border, and cooperation between them', () => {
    expect(
      stated('Russia and Belarus held joint military exercises near the Ukrainian border.').sort(),
    ).toEqual(['BLR>RUS 062', 'BLR>UKR 150', 'RUS>BLR 062', 'RUS>UKR 150']);
  });

  it('keeps joint drills held elsewhere military cooperation (062) between the partners', () => {
    expect(stated('Russia and Belarus held joint military exercises in Belarus.').sort()).toEqual([
      'BLR>RUS 062',
      'RUS>BLR 062',
    ]);
  });
});
