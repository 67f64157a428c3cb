import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';
import { mentionsOf } from '../helpers.js';

const mentions = (text: string, published = '2022-03-12') => mentionsOf(text, published);
const dyads = (text: string, published = '2022-03-12') => codedDyads(text, { published, label: 'root' });
const codeOf = (text: string, ending: string, published?: string) =>
  mentions(text, published).find((m) => m.type === 'person' && m.text.endsWith(ending))?.actor?.code;

describe('a town or region before a local office before a name', () => {
  it("codes the named person an official of the town's state", () => {
    expect(codeOf('Poltava Mayor Danylo Ostapenko thanked the volunteers.', 'Ostapenko')).toBe('UKRGOV');
    expect(dyads('Poltava Mayor Danylo Ostapenko condemned the Russian troops.')).toEqual([
      'UKRGOV>RUSMIL 11',
    ]);
  });

  it('reads the place without the words that name its administration', () => {
    expect(codeOf('Vinnytsia Regional Governor Taras Hnatiuk visited the hospital.', 'Hnatiuk')).toBe(
      'UKRGOV',
    );
    expect(codeOf('Rivne Oblast Governor Taras Hnatiuk visited the hospital.', 'Hnatiuk')).toBe('UKRGOV');
  });

  it("takes a new name whose surname is someone else's after a town's office", () => {
    expect(codeOf('Poltava Governor Yurii Fedorov visited the hospital.', 'Fedorov')).toBe('UKRGOV');
  });

  it('splits a person the tagger read with the town and the office', () => {
    expect(codeOf('Poltava Mayor Danylo Ostapenko thanked the volunteers.', 'Ostapenko')).toBe('UKRGOV');
  });

  it('gives the office without a name the state of the town', () => {
    const role = mentions('The Poltava mayor asked for help.').find((m) => m.type === 'role');
    expect(role?.actor?.code).toBe('UKRGOV');
  });

  it('reads the state that administers the place on the date', () => {
    expect(codeOf('Sevastopol Mayor Pavel Sidorov opened the school.', 'Sidorov', '2019-09-01')).toBe(
      'RUSGOV',
    );
    expect(codeOf('Sevastopol Mayor Pavel Sidorov opened the school.', 'Sidorov', '2010-09-01')).toBe(
      'UKRGOV',
    );
  });

  it('keeps "former" before the town with the office', () => {
    expect(codeOf('He met former Chernivtsi Mayor Petro Demchuk.', 'Demchuk')).toBe('UKRELI');
  });

  it('leaves a title that is not a local office alone', () => {
    expect(codeOf('Poltava Director Danylo Ostapenko thanked the volunteers.', 'Ostapenko')).not.toBe(
      'UKRGOV',
    );
  });
});
