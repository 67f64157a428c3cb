import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';
import { mentionsOf } from '../helpers.js';

const mentions = (text: string, published = '2022-03-12') => mentionsOf(text, published);
const dyads = (text: string, published = '2022-03-12') => codedDyads(text, { published, label: 'root' });

describe('central banks', () => {
  it("codes a country's central bank as its government", () => {
    expect(dyads('The Bank of Russia criticised the new sanctions of the European Union.')).toEqual([
      'RUSGOV>IGOEUREEC 11',
    ]);
    expect(dyads('The National Bank of Ukraine thanked the Polish government.')).toEqual([
      'UKRGOV>POLGOV 05',
    ]);
    expect(dyads('The Fed criticised the Chinese government.')).toEqual(['USAGOV>CHNGOV 11']);
    expect(mentions('The Russian central bank raised rates.')[0]?.actor?.code).toBe('RUSGOV');
  });

  it('codes the European Central Bank as an EU body', () => {
    expect(mentions('The European Central Bank raised rates.')[0]?.actor?.code).toBe('IGOEUREECBUS');
  });

  it('reads a later "the Bank" as the bank named before, not its governor nor a business', () => {
    const found = mentions(
      'Governor of the Bank of Japan Kenji Sato spoke on Monday. The Bank criticised the decision.',
    );
    const bank = found.find((m) => m.text === 'The Bank');
    expect(bank?.actor?.code).toBe('JPNGOV');
    expect(bank?.actor?.name).toBe('Bank of Japan');
  });

  it('leaves "the Bank" of no bank named before a business word', () => {
    const found = mentions('The Bank raised its fees.');
    expect(found.some((m) => m.actor?.code.endsWith('GOV'))).toBe(false);
  });
});
