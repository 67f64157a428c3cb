import { describe, expect, it } from 'vitest';
import { codedDyads } from '../helpers/events.js';

const coded = (text: string) => codedDyads(text, { published: '2015-03-10' });

describe('US federal bodies news names on their own', () => {
  it('reads the bare Justice Department and Department of Justice as USAJUD, not a titled person', () => {
    expect(coded('The Justice Department sued the company on Friday.')).toContain('USAJUD>---BUS 115');
    expect(coded('The NSA asked the Department of Justice for help.')).toContain('USASPY>USAJUD 020');
  });

  it('reads the IRS and the parties of each chamber as US bodies', () => {
    expect(coded('Senate Democrats criticized the IRS.')).toEqual(['USALEG>USAGOV 111']);
  });
});
