import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: the actors come from the actors stage, as they do for real articles.
const dyads = (text: string) => codedDyads(text, { published: '2003-05-12', statedOnly: true });

describe('events coder: what a request noun asks for', () => {
  it('codes a refusal of a proposal or request by the act its "for" phrase names', () => {
    expect(dyads('Japan rejected a Chinese proposal for a ceasefire.')).toEqual(['JPN>CHN 1246']);
    expect(dyads("Egypt rejected Jordan's request for military aid.")).toEqual(['EGY>JOR 1222']);
    expect(dyads('Egypt rejected recent calls by Jordan for economic aid.')).toContain('EGY>JOR 1221');
    expect(
      dyads('The United Nations rejected a call for its peacekeeping forces to be sent to Chad.'),
    ).toEqual(['IGOUNO>TCD 1224']);
  });

  it('codes a refusal of a proposal by the act its "for" gerund names', () => {
    expect(
      dyads('Egypt rejected a Jordanian proposal for signing a free trade agreement with Israel.'),
    ).toContain('EGY>JOR 1211');
  });

  it('codes a refusal of a demand or call by the act its "to" infinitive names', () => {
    expect(dyads('Japan rejected a Chinese demand to release the prisoners.')).toContain('JPN>CHN 1243');
    expect(dyads('Egypt rejected calls by Jordan to adopt reforms.')).toContain('EGY>JOR 123');
  });

  it('codes an appeal by the act it names after the request noun or the verb', () => {
    expect(dyads('Egypt renewed its appeal to Jordan to extradite the suspect.')).toEqual(['EGY>JOR 0213']);
    expect(dyads('Egypt appealed to Jordan for humanitarian aid.')).toEqual(['EGY>JOR 0233']);
  });

  it('keeps an appeal whose infinitive chains a bare verb: "to help settle", not a later verb of the sentence', () => {
    expect(dyads('The farmers appealed to Jordan to help settle the dispute over water.')).toContain(
      '---AGR>JOR 020',
    );
    expect(dyads('Egypt appealed to Jordan to help end the quarrel.')).toContain('EGY>JOR 020');
  });

  it('codes giving in to a demand as the concession it asks for, and declining to as refusing it', () => {
    expect(dyads('Egypt accepted Jordanian demands to release the prisoners.')).toEqual(['EGY>JOR 0841']);
    expect(dyads("Egypt said it would not meet the kidnappers' demands to free the prisoners.")).toContain(
      'EGY>---CRM 1243',
    );
  });

  it('codes a refusal to take in refugees as turning down humanitarian relief', () => {
    expect(dyads('Jordan will not accept any more refugees.')).toEqual(['JOR>- 1223']);
  });

  it('codes asking for an end to an act as asking for the concession that ending it is', () => {
    expect(dyads('Egypt appealed to the rebels for an end to the protests.')).toEqual(['EGY>---REB 0252']);
    expect(dyads('Iraq appealed to the U.N. to bring an end to the trade embargo.')).toEqual([
      'IRQ>IGOUNO 0254',
    ]);
    expect(dyads('Egypt demanded an end to the air strikes.')).toEqual(['EGY>- 1056']);
  });

  it('keeps the catch-all code when the request names no act', () => {
    expect(dyads('Egypt rejected calls by Jordan for calm.')).toContain('EGY>JOR 120');
    expect(dyads('Egypt appealed to Jordan for patience.')).toEqual(['EGY>JOR 020']);
  });
});
