import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';
import { mentionsOf } from '../helpers.js';

const mentions = (text: string, published = '2022-02-10') => mentionsOf(text, published);
const dyads = (text: string, published = '2022-02-10') => codedDyads(text, { published, label: 'root' });

describe('office holders named after a long office title', () => {
  it('reads a known person at the end of an office the name tagger took for an organisation', () => {
    const text =
      'The talks were joined by Head of the Office of the President of Ukraine Andriy Yermak and the foreign minister.';
    const person = mentions(text).find((m) => m.text.endsWith('Andriy Yermak'));
    expect(person?.type).toBe('person');
    expect(person?.actor?.id).toBe('andriy-yermak');
    expect(mentions(text).some((m) => m.type === 'org' && m.text.includes('Yermak'))).toBe(false);
  });

  it('takes no lone office word before "of" for a person', () => {
    const found = mentions('Deputy Head of the Office of the President Mykola Petrenko met the envoy.');
    expect(found.some((m) => m.text === 'Head')).toBe(false);
  });

  it('codes a one-word office whose of-phrases end with a named person as that person', () => {
    expect(
      dyads('Head of the Office of the President of Ukraine Andriy Yermak met the Polish ambassador.'),
    ).toEqual(['UKRGOV>POLGOV 04']);
  });
});

describe('unknown people named after an office at the end of an organisation name', () => {
  it('reads the name as a person titled by the office, of the country of the town the office is in', () => {
    const text = 'Irpin Mayor Oleksandr Markushyn said the shelling went on all night.';
    const person = mentions(text, '2022-03-08').find((m) => m.text.endsWith('Markushyn'));
    expect(person?.type).toBe('person');
    expect(person?.actor?.code).toBe('UKRGOV');
    expect(dyads('Lviv Mayor Andriy Sadovyi thanked the Polish volunteers.', '2022-03-08')).toEqual([
      'UKRGOV>POLCVL 05',
    ]);
  });

  it('takes the country from the region of the office; no state office for a company head nor a ministry service', () => {
    const governor = mentions('Kaliningrad Region Governor Anton Alikhanov reported on the harvest.');
    expect(governor.find((m) => m.text.endsWith('Alikhanov'))?.actor?.code).toBe('RUSGOV');
    const named = mentions('Tver Region Governor Igor Rudenya reported on the harvest.');
    expect(named.find((m) => m.text.endsWith('Rudenya'))?.actor?.code).toBe('RUSGOV');
    const after = mentions('Governor of Perm Territory Dmitry Makhonin opened the bridge.');
    expect(after.find((m) => m.text.endsWith('Makhonin'))?.actor?.code).toBe('RUSGOV');
    // a minister "of Energy" holds no office of a town called Energy
    const minister = mentions('Minister of Energy Herman Haluschenko met the investors.');
    expect(minister.some((m) => m.actor?.code.startsWith('USA'))).toBe(false);
    const company = mentions('AvtoVAZ President Maxim Sokolov said the plant would stop.');
    expect(company.find((m) => m.text.endsWith('Sokolov'))?.actor?.code).toBe('');
    const service = mentions('The Ministry of Foreign Affairs Press Service said the talks ended.');
    expect(service.some((m) => m.type === 'person')).toBe(false);
  });
});

describe('unknown people named after "<office> of <town or portfolio>"', () => {
  it('splits a town off a name the tagger took for one person, even when its surname is another person’s', () => {
    const found = mentions('Mayor of Kherson Ihor Kolykhaiev said the city was surrounded.', '2022-03-02');
    expect(found.find((m) => m.text.endsWith('Kolykhaiev'))?.actor?.code).toBe('UKRGOV');
    const shared = mentions('Mayor of Mykolaiv Oleh Fedorov said the city was surrounded.', '2022-03-02');
    const person = shared.find((m) => m.text.endsWith('Fedorov'));
    expect(person?.actor?.code).toBe('UKRGOV');
    expect(person?.actor?.id).not.toBe('mykhailo-fedorov');
  });

  it('reads a portfolio in ordinary words before an unknown name as no organisation', () => {
    const found = mentions('Minister of Energy Arkady Dvorkin visited the plant.');
    const person = found.find((m) => m.text.endsWith('Dvorkin'));
    expect(person?.type).toBe('person');
    expect(person?.text).toBe('Arkady Dvorkin');
    expect(person?.actor?.code).toBe('---GOV');
    const deputy = mentions('Deputy Minister of Natural Resources Pavel Lomov visited the plant.');
    expect(deputy.find((m) => m.text.endsWith('Lomov'))?.type).toBe('person');
    const placed = mentions('Minister of Trade of Poland Jan Wierzbicki visited the plant.');
    expect(placed.find((m) => m.text === 'Jan Wierzbicki')?.actor?.code).toBe('POLGOV');
    // a company after "of" is no portfolio
    const company = mentions('Director General of Rosnefteks Ivan Bogdanov visited the plant.');
    expect(company.some((m) => m.text === 'Ivan Bogdanov')).toBe(false);
  });
});
