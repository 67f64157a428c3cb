import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

// Whom "they" and "them" mean: the subject of the sentence before rather than a country named only to describe
// a thing, a party and not one person, and no one named only inside someone else's quotation.
const knowledge = loadKnowledge();
const run = (text: string): Analysis =>
  analyze({ id: 'they-test', published: '2022-03-10', text, lang: 'en' }, knowledge);
const pronouns = (a: Analysis, word: string) =>
  a.mentions.filter((m) => m.text.toLowerCase() === word).map((m) => m.actor?.code);
const eventsOf = (a: Analysis) => a.events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code}`);

describe('actors: "they" and "them"', () => {
  it('does not take a country adjective before a thing that does not act', () => {
    const a = run('Belarus bombed Lithuanian villages. They also shelled the bridge.');
    expect(pronouns(a, 'they')).toEqual(['BLR']);
    expect(eventsOf(a)).toContain('BLR>- 194');
  });

  it('takes a country adjective before a noun group that acts', () => {
    const a = run('Kenyan and Somali delegations held talks in Nairobi. They agreed to open the border.');
    expect(['KEN', 'SOM']).toContain(pronouns(a, 'they')[0]);
  });

  it('leaves a pronoun whose own sentence has a plural noun acting to that noun', () => {
    const a = run(
      'Peru sent a note to Chile on Monday. Some units of the northern garrisons had finished their exercises.',
    );
    expect(pronouns(a, 'their')).toEqual([]);
  });

  it('does not take a city that only opens the name of a body', () => {
    const a = run('Analysts at the Madrid Institute said they expected new sanctions.');
    expect(pronouns(a, 'they')).not.toContain('ESPGOV');
  });

  it('takes the subject of the sentence before for a subject "they"', () => {
    const a = run('Serbian troops attacked Croatian soldiers near the river. They then shelled the town.');
    expect(pronouns(a, 'they')).toEqual(['SRBMIL']);
  });

  it('does not read an object "them" as the subject of its own verb', () => {
    const a = run('Georgian soldiers captured Armenian troops. Georgian medics are treating some of them.');
    expect(pronouns(a, 'them')).toEqual(['ARMMIL']);
    const b = run('Latvian troops crossed into the valley. Estonian farmers will not forgive them.');
    expect(pronouns(b, 'them')).toEqual(['LVAMIL']);
  });

  it('does not read "they" as one office holder or a body the tagger names in the singular', () => {
    const a = run('The Minister of Defence of Chile visited the base. They inspected the new radar.');
    expect(pronouns(a, 'they')).toEqual([]);
    // (the title's head word decides, not the plural of what it is an office of)
    const b = run('The Minister of Foreign Affairs of Chile visited the base. They inspected the new radar.');
    expect(pronouns(b, 'they')).toEqual([]);
  });

  it('does not take a party named only inside a quotation for the narrator\'s "they"', () => {
    const a = run(
      'Villagers fled the area on Monday. "Burmese soldiers burned our houses," one villager said. They returned on Tuesday.',
    );
    expect(pronouns(a, 'they')).not.toContain('MMRMIL');
  });
});
