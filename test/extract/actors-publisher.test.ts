import { describe, expect, it } from 'vitest';
import { titledRelease } from '../helpers/events.js';

// A release of a state's government: "the President" with no country is that state's own.
const mention = (a: ReturnType<typeof titledRelease>, text: string) =>
  a.mentions.find((m) => m.text === text)?.actor;

describe('offices in a release of a state government', () => {
  it("reads an office named with no country as the publishing state's, when no holder was named", () => {
    const a = titledRelease(
      'Wreath-laying ceremony',
      'The President laid a wreath at the memorial. The Head of State then thanked the veterans.',
      '2022-01-27',
      'President of Russia (en.kremlin.ru)',
    );
    expect(mention(a, 'The President')?.id).toBe('vladimir-putin');
    expect(mention(a, 'The Head of State')?.id).toBe('vladimir-putin');
    const b = titledRelease(
      undefined,
      'The head of the President’s Office met the ambassadors. The President thanked them.',
      '2022-02-11',
      'President of Ukraine (president.gov.ua/en)',
    );
    expect(mention(b, 'The head of the President’s Office')?.id).toBe('andriy-yermak');
    expect(mention(b, 'The President')?.id).toBe('volodymyr-zelensky');
  });

  it('leaves the office to whoever the text named, and a bare title to its name', () => {
    const a = titledRelease(
      undefined,
      'President of Finland Sauli Niinistö arrived in Moscow. The President said he hoped for calm.',
      '2022-01-27',
      'President of Russia (en.kremlin.ru)',
    );
    expect(mention(a, 'The President')?.id).toBe('sauli-niinisto');
    const b = titledRelease(
      undefined,
      'The President met Minister of Foreign Affairs of Spain José Manuel Albares.',
      '2022-02-09',
      'President of Ukraine (president.gov.ua/en)',
    );
    expect(mention(b, 'Minister of Foreign Affairs')?.id).not.toBe('dmytro-kuleba');
  });

  it('gives an outlet or an unsigned article no office of its own', () => {
    const a = titledRelease(undefined, 'The President laid a wreath.', '2022-01-27', 'Daily Courier');
    expect(mention(a, 'The President')?.code).toBe('---GOV');
  });

  it('reads "the Government" with no country as the publishing state\'s government', () => {
    const a = titledRelease(
      'Meeting on regional development',
      'The Government has approved new support for the northern regions.',
      '2022-04-20',
      'President of Russia (en.kremlin.ru)',
    );
    expect(mention(a, 'Government')?.code).toBe('RUSGOV');
    const b = titledRelease(
      undefined,
      'The government agreed with Polish partners on fuel supplies.',
      '2022-04-20',
      'President of Ukraine (president.gov.ua/en)',
    );
    expect(b.mentions.find((m) => m.text.toLowerCase() === 'government')?.actor?.code).toBe('UKRGOV');
  });
});
