import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: the actors come from the actors stage, as they do for real articles.
const dyads = (text: string) => codedDyads(text, { published: '2003-05-12', statedOnly: true });

describe('events coder: the narrower code under a root', () => {
  it('codes an attack in words as criticism, not force', () => {
    expect(dyads('Russia launched verbal attacks on Ukraine.')).toEqual(['RUS>UKR 111']);
    expect(dyads('Russia launched an attack on Ukraine.')).toEqual(['RUS>UKR 190']);
  });

  it('codes a fight by the method a phrase after the verb names', () => {
    expect(dyads('Syrian rebels engaged Iraqi troops in a firefight on Monday.')).toEqual([
      'SYRREB>IRQMIL 193',
    ]);
    expect(dyads('Rebels attacked Iraqi troops in a gun battle.')).toEqual(['---REB>IRQMIL 193']);
    // a phrase naming no method leaves the fight as it was
    expect(dyads('Syrian rebels attacked Iraqi troops in the north.')).toEqual(['SYRREB>IRQMIL 190']);
  });

  it('codes a blockade by civilians as a protest, and a threat of one as a threat of protest', () => {
    expect(dyads('French farmers blockaded Paris on Monday.')).toEqual(['FRAAGR>FRAGOV 144']);
    expect(dyads('French farmers said they would blockade Paris.')).toEqual(['FRAAGR>FRAGOV 133']);
    expect(dyads('Israel blockaded Gaza.')).toEqual(['ISR>PSE 191']);
  });

  it('codes threatened trade restrictions as a sanctions threat and a threatened ban on voting as curbing freedom', () => {
    expect(dyads('France threatened to impose import restrictions on German goods.')).toEqual([
      'FRA>DEU 1312',
    ]);
    expect(dyads('Israel threatened to ban voting in East Jerusalem.')).toEqual(['ISR>PSE 1321']);
    expect(dyads('The Egyptian government banned protests in Cairo.')).toEqual(['EGYGOV>EGY 1721']);
  });

  it('codes a cancelled visit as a downgrade of relations and a demand for political change as one for reform', () => {
    expect(dyads('Egypt cancelled a planned visit to Jordan.')).toEqual(['EGY>JOR 161']);
    expect(dyads('Egyptian activists demanded political change.')).toEqual(['EGYOPP>- 104']);
  });

  it('codes a protest that asks for a leader to be reinstated as one about leadership', () => {
    expect(
      dyads('Egyptian students blocked roads in Cairo demanding that the dean be reinstated.'),
    ).toContain('EGYEDU>EGY 1441');
  });

  it('codes missiles fired from the ground as heavy-weapons fire, and from aircraft as an air attack', () => {
    expect(dyads('Rebels fired missiles at the Iraqi army base.')).toEqual(['---REB>IRQMIL 194']);
    expect(dyads('Israeli helicopters fired missiles at a car in Gaza.')).toEqual(['ISR>PSE 195']);
  });

  it('codes the killing of a chief as an assassination', () => {
    expect(dyads('Rebels killed the police chief of Basra.')).toEqual(['---REB>---COP 186']);
  });

  it('codes forcing out a refugee or relief agency as removing aid agencies', () => {
    expect(dyads('Sudan forced the UN refugee agency out of the country.')).toEqual([
      'SDN>IGOUNOREFHCR 1663',
    ]);
    expect(dyads('Sudan expelled foreign relief workers.')).toEqual(['SDN>NGO 1663']);
  });

  it('codes a visit made to mediate as mediation, and a planned one as the intent to mediate', () => {
    expect(dyads('The Egyptian president will visit Sudan to mediate in its border dispute.')).toEqual([
      'EGYGOV>SDN 039',
    ]);
    expect(dyads('The Egyptian president visited Sudan to discuss trade.')).toEqual(['EGYGOV>SDN 042']);
  });
});
