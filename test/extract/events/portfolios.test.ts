import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';
import { mentionsOf } from '../helpers.js';

const mentions = (text: string, published = '2022-03-12') => mentionsOf(text, published);
const dyads = (text: string, published = '2022-03-12') => codedDyads(text, { published, label: 'root' });
const codeOf = (text: string, ending: string) =>
  mentions(text).find((m) => m.type === 'person' && m.text.endsWith(ending))?.actor?.code;

describe("a minister's portfolio", () => {
  it('makes "Minister of Justice" a minister of the government, not a judge', () => {
    expect(codeOf('Minister of Justice Oksana Lytvyn praised the new law.', 'Lytvyn')).toBe('---GOV');
    expect(dyads('Minister of Justice of Ukraine Oksana Lytvyn condemned the Russian troops.')).toEqual([
      'UKRGOV>RUSMIL 11',
    ]);
  });

  it('reads a portfolio of several words and a country after it', () => {
    const role = mentions('Minister of Culture and Sport of Moldova Ion Rusu opened the museum.').find(
      (m) => m.type === 'role',
    );
    expect(role?.text).toBe('Minister of Culture and Sport of Moldova');
    expect(role?.actor?.code).toBe('MDAGOV');
  });

  it('reads no place nor judge in the portfolio of an unnamed minister', () => {
    expect(dyads('The Minister of Justice condemned the Russian troops.')).toEqual(['---GOV>RUSMIL 11']);
  });

  it('takes a title before another title for its portfolio', () => {
    expect(codeOf('The Justice Secretary Tom Harwell praised the new law.', 'Harwell')).not.toBe('---JUD');
    expect(codeOf('Justice Minister Oksana Lytvyn praised the new law.', 'Lytvyn')).toBe('---GOV');
  });

  it("codes a known person by the present office a title gives, in the country of the person's offices", () => {
    const text = 'Minister of Digital Transformation Mykhailo Fedorov opened the new service.';
    expect(mentions(text).find((m) => m.text === 'Mykhailo Fedorov')?.actor?.code).toBe('UKRGOV');
  });

  it('still reads a judge and a court as the judiciary', () => {
    expect(codeOf('Justice Mary Holloway wrote the dissent.', 'Holloway')).toBe('---JUD');
    const court = dyads('The Supreme Court condemned the Russian troops.')[0];
    expect(court?.split('>')[0]?.endsWith('JUD')).toBe(true);
    const judge = dyads('The judge condemned the Russian troops.')[0];
    expect(judge?.split('>')[0]?.endsWith('JUD')).toBe(true);
  });
});
