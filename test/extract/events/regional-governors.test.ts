import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';
import { mentionsOf } from '../helpers.js';

const mentions = (text: string, published = '2022-03-15') => mentionsOf(text, published);
const dyads = (text: string, published = '2022-03-15') => codedDyads(text, { published, label: 'root' });

describe("Ukraine's regional governors in 2022", () => {
  it('codes a governor named in full as a Ukrainian official', () => {
    expect(dyads('Governor Oleh Synehubov condemned the Russian troops.')).toEqual(['UKRGOV>RUSMIL 11']);
  });

  it('resolves a bare surname after the full name, over a leader of the same surname', () => {
    const found = mentions(
      'Mykolaiv Governor Vitaliy Kim spoke from the city hall. Kim thanked the volunteers for their help.',
    );
    expect(found.find((m) => m.text === 'Kim')?.actor?.id).toBe('vitaliy-kim');
  });

  it('resolves "the Governor" to the governor the article named', () => {
    const found = mentions(
      'Serhiy Haidai visited the shelters on Monday. The Governor thanked the volunteers.',
    );
    expect(found.find((m) => m.text === 'The Governor')?.actor?.id).toBe('serhiy-haidai');
  });

  it('reads a known governor inside a name the tagger took whole', () => {
    const found = mentions('Luhansk Governor Serhiy Haidai thanked the volunteers.');
    expect(found.find((m) => m.text.endsWith('Haidai'))?.actor?.id).toBe('serhiy-haidai');
  });

  it('reads an unnamed governor of a Ukrainian region as a Ukrainian official', () => {
    expect(dyads('The Poltava governor condemned the Russian troops.')).toEqual(['UKRGOV>RUSMIL 11']);
  });

  it('codes a former governor, and a former holder of any office, as an elite, not the holder that day', () => {
    expect(dyads('A former Poltava governor condemned the Russian troops.')).toEqual(['UKRELI>RUSMIL 11']);
    expect(dyads('The former Russian president condemned the Ukrainian troops.')).toEqual([
      'RUSELI>UKRMIL 11',
    ]);
  });
});
