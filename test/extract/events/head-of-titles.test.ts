import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';
import { mentionsOf } from '../helpers.js';

const mentions = (text: string, published = '2022-03-01') => mentionsOf(text, published);
const dyads = (text: string, published = '2022-03-01') => codedDyads(text, { published, label: 'root' });

describe('"Head of BODY" before a name is a title', () => {
  it('keeps both members of a list whose second member is titled "Head of the DPR"', () => {
    expect(dyads('Lavrov and Head of the DPR Denis Pushilin signed a memorandum.').sort()).toEqual([
      'RUSGOV>UKRREB 05',
      'UKRREB>RUSGOV 05',
    ]);
  });

  it('reads the title in lower case and with "the" before it', () => {
    expect(dyads('Shoigu and the head of the LPR Leonid Pasechnik held talks.').sort()).toEqual([
      'RUSGOV>UKRREB 04',
      'UKRREB>RUSGOV 04',
    ]);
  });

  it('takes the title and a known name as one person', () => {
    const found = mentions('Head of the Chechen Republic Ramzan Kadyrov praised the soldiers.');
    const head = found.find((m) => m.text.endsWith('Kadyrov'));
    expect(head?.text).toBe('Head of the Chechen Republic Ramzan Kadyrov');
    expect(head?.actor?.code).toBe('RUSGOV');
  });

  it("codes an unknown name by the country the body's place belongs to on the date", () => {
    const found = mentions('Head of the Republic of Crimea Ivan Petrenko praised the soldiers.');
    const head = found.find((m) => m.text.endsWith('Petrenko'));
    expect(head?.actor?.code).toBe('RUSGOV');
  });

  it('leaves an office the role dictionary knows to the role', () => {
    expect(
      dyads('Zelensky and Head of the Office of the President Andriy Yermak met Blinken.').sort(),
    ).toEqual(['UKRGOV>USAGOV 04', 'UKRGOV>USAGOV 04']);
  });
});
