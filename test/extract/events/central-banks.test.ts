import { describe, expect, it } from 'vitest';
import { codedDyads, eventDyads, titledRelease } from '../../helpers/events.js';
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

  it('reads a bare "Central Bank" as the publishing state\'s own, or the speaker\'s', () => {
    const release = titledRelease('Meeting on the economy', 'The Central Bank criticised the new sanctions.');
    expect(release.mentions.find((m) => m.text === 'Central Bank')?.actor?.code).toBe('RUSGOV');
    const words = titledRelease(
      undefined,
      'Vladimir Putin: Trade with our partners is growing. The Central Bank has acted firmly.',
    );
    expect(words.mentions.find((m) => m.text === 'Central Bank')?.actor?.code).toBe('RUSGOV');
    expect(eventDyads(release)).toEqual(['RUSGOV>- 111']);
  });

  it('reads a bare "central bank" as the country of an article that names that one only', () => {
    expect(dyads('Turkey faces high inflation. The central bank criticised the European Union.')).toEqual([
      'TURGOV>IGOEUREEC 11',
    ]);
  });

  it('leaves a bare "central bank" of an article naming several countries, or none, without a country', () => {
    expect(mentions('Brazil and Chile traded goods. The central bank cut rates.')[2]?.actor?.code).toBe(
      '---GOV',
    );
    expect(mentions('The central bank cut rates.')[0]?.actor?.code).toBe('---GOV');
  });
});
