import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: the actors come from the actors stage, as they do for real articles.
const dyads = (text: string) => codedDyads(text, { published: '2011-03-08', statedOnly: true });
const sorted = (list: string[]) => [...list].sort();

describe('events coder: joint acts held with a party', () => {
  it('codes talks, negotiations and consultations held with a party both ways', () => {
    expect(sorted(dyads('Peru held talks with Chile.'))).toEqual(['CHL>PER 046', 'PER>CHL 046']);
    expect(sorted(dyads('Peru resumed negotiations with Chile.'))).toEqual(['CHL>PER 046', 'PER>CHL 046']);
    expect(sorted(dyads('Peru held consultations with Chile.'))).toEqual(['CHL>PER 040', 'PER>CHL 040']);
    expect(sorted(dyads('Peru held discussions with Chile.'))).toEqual(['CHL>PER 040', 'PER>CHL 040']);
  });

  it('codes a phone call held with a party both ways', () => {
    expect(sorted(dyads('Peru held a phone call with Chile.'))).toEqual(['CHL>PER 041', 'PER>CHL 041']);
  });

  it('codes speaking by phone or video link as consultation at a distance (041)', () => {
    expect(dyads('Peru spoke by phone with Chile on Monday.')).toEqual(['PER>CHL 041']);
    expect(dyads('Peru spoke with Chile by telephone.')).toEqual(['PER>CHL 041']);
    expect(dyads('Peru talked to Chile over a video link.')).toEqual(['PER>CHL 041']);
    // two speakers named together talked with each other
    expect(sorted(dyads('Peru and Chile spoke by phone.'))).toEqual(['CHL>PER 041', 'PER>CHL 041']);
    expect(dyads('Peru spoke with Chile.')).toEqual(['PER>CHL 040']);
    expect(sorted(dyads('Peru held a telephone conversation with Chile.'))).toEqual([
      'CHL>PER 041',
      'PER>CHL 041',
    ]);
  });

  it('reads "the presidents" or "the sides" after a meeting or a call of two as that pair', () => {
    const text = 'Peru held a phone call with Chile. The sides agreed to resume talks.';
    expect(sorted(dyads(text).filter((d) => d.endsWith('036')))).toEqual(['CHL>PER 036', 'PER>CHL 036']);
    // with no meeting before, "the sides" names no one
    expect(dyads('The sides agreed to resume talks.')).toEqual([]);
  });

  it('reads a bare "the two" after a meeting of two as that pair, and as no one otherwise', () => {
    const text = 'Peru held a phone call with Chile. The two agreed to resume talks.';
    expect(sorted(dyads(text).filter((d) => d.endsWith('036')))).toEqual(['CHL>PER 036', 'PER>CHL 036']);
    expect(dyads('The two agreed to resume talks.')).toEqual([]);
  });

  it('codes two parties who discussed something together as consulting each other', () => {
    expect(sorted(dyads('Peru and Chile discussed the border.'))).toEqual(['CHL>PER 040', 'PER>CHL 040']);
    // what they discussed is the topic, not a party
    expect(sorted(dyads('Peru and Chile discussed Bolivia.'))).toEqual(['CHL>PER 040', 'PER>CHL 040']);
    expect(dyads('Peru discussed the border.')).toEqual([]);
  });

  it('codes talks named with their partner both ways', () => {
    expect(sorted(dyads("Peru's talks with Chile and Bolivia ended."))).toEqual([
      'BOL>PER 046',
      'CHL>PER 046',
      'PER>BOL 046',
      'PER>CHL 046',
    ]);
  });

  it('keeps a plain verb one way: its subject is the one who acts', () => {
    expect(dyads('Peru met with Chile.')).toEqual(['PER>CHL 040']);
    expect(dyads('Peru telephoned Chile.')).toEqual(['PER>CHL 041']);
    expect(dyads('Peru visited Chile.')).toEqual(['PER>CHL 042']);
  });

  it('keeps an intention to hold talks its own source', () => {
    expect(dyads('Peru agreed to hold talks with Chile.')).toEqual(['PER>CHL 036']);
    expect(dyads('Peru offered talks with Chile.')).toEqual(['PER>CHL 036']);
  });

  it('keeps what one side shares with another one way', () => {
    expect(dyads('Peru shared its concerns with Chile.')).toEqual(['PER>CHL 040']);
  });
});

describe('events coder: what a joint act is about', () => {
  it('takes an "on" phrase of talks or views exchanged as their topic, not a party', () => {
    expect(sorted(dyads('Peru and Chile held talks on Bolivia.'))).toEqual(['CHL>PER 046', 'PER>CHL 046']);
    expect(sorted(dyads('Peru and Chile had an exchange of views on Bolivia.'))).toEqual([
      'CHL>PER 040',
      'PER>CHL 040',
    ]);
    expect(sorted(dyads('Peru held talks on Bolivia with Chile.'))).toEqual(['CHL>PER 046', 'PER>CHL 046']);
    // other acts are still aimed at whom "on" names
    expect(dyads('Peru imposed sanctions on Bolivia.')).toEqual(['PER>BOL 163']);
  });
});
