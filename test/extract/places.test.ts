import { describe, expect, it } from 'vitest';
import { resolveSpans } from '../../src/extract/places/gold-spans.js';
import { gazetteer } from '../../src/knowledge/gazetteer.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { record } from './helpers.js';

const places = (text: string) =>
  record(text).places.map((p) => ({ text: p.text, country: p.country, name: p.name }));

describe('gazetteer', () => {
  const gaz = gazetteer(loadKnowledge());

  it('knows English exonyms and conflict-zone places with ISO3 countries', () => {
    const first = (key: string) => gaz.byKey.get(key)?.find((e) => e.kind !== 'county');
    expect(gaz.byKey.get('geneva')!.some((e) => e.country === 'CHE')).toBe(true);
    expect(gaz.byKey.get('kiev')!.map((e) => e.name)).toContain('Kyiv');
    for (const key of [
      'kharkiv',
      'kharkov',
      'donetsk',
      'luhansk',
      'mariupol',
      'severodonetsk',
      'avdiivka',
      'bucha',
    ])
      expect(
        gaz.byKey.get(key)!.some((e) => e.country === 'UKR'),
        key,
      ).toBe(true);
    expect(first('crimea')).toMatchObject({ country: 'UKR', kind: 'region' });
    expect(first('donbas')).toMatchObject({ country: 'UKR', kind: 'region' });
    expect(first('belovezhskaya pushcha')).toMatchObject({ country: 'BLR' });
    expect(gaz.byKey.get('gomel')!.some((e) => e.country === 'BLR')).toBe(true);
    expect(first('belgorod')).toMatchObject({ country: 'RUS' });
  });

  it('has US states and counties for local news', () => {
    expect(gaz.byKey.get('louisiana')![0]).toMatchObject({ kind: 'region', country: 'USA', admin: 'LA' });
    expect(gaz.byKey.get('rapides parish')![0]).toMatchObject({ kind: 'county', admin: 'LA' });
    expect(gaz.abbreviations.get('la')?.name).toBe('Louisiana');
  });
});

describe('places stage', () => {
  it('resolves Geneva to Switzerland by population', () => {
    const [geneva] = record('Blinken met Lavrov in Geneva on Friday.').places;
    expect(geneva).toMatchObject({
      text: 'Geneva',
      country: 'CHE',
      rule: 'place.locative+place.disambiguated',
    });
    expect(geneva!.lat).toBeCloseTo(46.2, 1);
    expect(geneva!.lon).toBeCloseTo(6.15, 1);
  });

  it('reads a capital standing for its government as an actor, not a place', () => {
    expect(places('Moscow said it had no plans to invade.')).toEqual([]);
    expect(places("Lavrov said Moscow is waiting for Washington's answer.")).toEqual([]);
    expect(places('Moscow urged Washington to put pressure on Kyiv.')).toEqual([]);
    expect(places('And the Kremlin denies it is planning to attack.')).toEqual([]);
    expect(places('Washington warned of severe consequences.')).toEqual([]);
  });

  it('keeps a country or state that opens an organisation name, with lower confidence', () => {
    const [texas] = record('The Texas Department of Health reported new cases.').places;
    expect(texas).toMatchObject({
      text: 'Texas',
      country: 'USA',
      rule: 'place.name-modifier+place.only-entry',
    });
    expect(texas!.confidence).toBeLessThan(0.6);
  });

  it('keeps a capital after a locative preposition as a place', () => {
    expect(places('The talks were held in Moscow.')).toEqual([
      { text: 'Moscow', country: 'RUS', name: 'Moscow' },
    ]);
    expect(places('Diplomats flew from Washington to Kyiv.')).toEqual([
      { text: 'Washington', country: 'USA', name: 'Washington' },
      { text: 'Kyiv', country: 'UKR', name: 'Kyiv' },
    ]);
  });

  it('maps exonyms to their gazetteer entries', () => {
    expect(places('Shelling was reported in Kiev and Kharkov.')).toEqual([
      { text: 'Kiev', country: 'UKR', name: 'Kyiv' },
      { text: 'Kharkov', country: 'UKR', name: 'Kharkiv' },
    ]);
  });

  it('knows the Nigerian states of the northern conflicts and Derna in Libya', () => {
    expect(places('Gunmen raided two villages in Borno state and one in Zamfara.')).toEqual([
      { text: 'Borno', country: 'NGA', name: 'Borno' },
      { text: 'Zamfara', country: 'NGA', name: 'Zamfara' },
    ]);
    expect(places('Floods swept through Derna.').map((p) => p.country)).toEqual(['LBY']);
  });

  it('leaves names of people, organisations and documents alone', () => {
    expect(places('Vladimir Putin met NATO officials.')).toEqual([]);
    expect(places('Kyiv must implement the Minsk agreements.').map((p) => p.text)).not.toContain('Minsk');
    expect(places('Canadian officials arrived.')).toEqual([]);
    expect(places('Police said the Council met in March.')).toEqual([]);
    expect(places('Senator Bob Harding spoke. Later Harding left.')).toEqual([]);
  });

  it('disambiguates by a "Town, State" qualifier and by the places around', () => {
    expect(record('A fire broke out in Alexandria, La., on Friday.').places[0]).toMatchObject({
      text: 'Alexandria',
      country: 'USA',
      rule: 'place.locative+place.qualified',
    });
    const [paris] = record('The fair in Paris drew visitors from across Henry County, Tennessee.').places;
    expect(paris).toMatchObject({ text: 'Paris', country: 'USA' });
    expect(places('Fashion week opened in Paris.')[0]).toMatchObject({ country: 'FRA' });
  });

  it('uses the countries the article is about', () => {
    const r = record(
      'Georgian troops left Tbilisi. Russia said Georgia must withdraw. Fighting went on in Georgia.',
    );
    const georgia = r.places.filter((p) => p.text === 'Georgia');
    expect(georgia.length).toBeGreaterThan(0);
    for (const p of georgia) expect(p.country).toBe('GEO');
    const us = record('Voters in Atlanta and Savannah went to the polls across Georgia.');
    expect(us.places.find((p) => p.text === 'Georgia')).toMatchObject({ country: 'USA', name: 'Georgia' });
  });

  it('reads a town as in the country its sentence describes it in, over a bigger namesake', () => {
    const tripoli = (text: string) => places(text).find((p) => p.text === 'Tripoli')?.country;
    expect(tripoli('Gunmen stormed a hotel in Tripoli on Tuesday.')).toBe('LBY');
    expect(
      tripoli(
        'Rival militias traded fire in Tripoli overnight, and shells hit the old souk of the northern Lebanese port.',
      ),
    ).toBe('LBN');
    expect(
      tripoli("Protesters gathered in Tripoli on Sunday; the unrest in Lebanon's second city has grown."),
    ).toBe('LBN');
    // A demonym that describes people or a name is no description of the place.
    expect(tripoli('Lebanese officials flew to Tripoli for talks with the government.')).toBe('LBY');
    expect(places('American Airlines will start flights to Moscow in June.')[0]).toMatchObject({
      country: 'RUS',
    });
  });
});

describe('resolving given spans (gold toponyms)', () => {
  it('resolves demonyms and dateline abbreviations, and puts unknown names at the article centre', () => {
    const text = 'Russian visitors toured Paris, Tenn., and fished Cypress Creek near Henry County.';
    const r = record(text, '2022-01-22', 'nlp');
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const [russian, paris, tenn, creek, county] = resolveSpans(
      r.tokens,
      r.sentences,
      [span('Russian'), span('Paris'), span('Tenn.'), span('Cypress Creek'), span('Henry County')],
      gazetteer(loadKnowledge()),
    );
    expect(russian?.entry).toMatchObject({ kind: 'country', country: 'RUS' });
    expect(paris?.entry).toMatchObject({ country: 'USA', admin: 'TN' });
    expect(tenn?.entry).toMatchObject({ kind: 'region', admin: 'TN' });
    expect(county?.entry).toMatchObject({ kind: 'county', admin: 'TN' });
    expect(creek).toMatchObject({ rule: 'place.article-centre', confidence: 0.2 });
    expect(creek?.entry.admin).toBe('TN');
  });
});
