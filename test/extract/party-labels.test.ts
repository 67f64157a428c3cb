import { describe, expect, it } from 'vitest';
import { codedDyads } from '../helpers/events.js';

const coded = (text: string) => codedDyads(text, { published: '2014-05-06' });

describe('a US party label after a state or town is a party member', () => {
  it('reads "an Idaho Republican" and "the Ohio Republican" as USAPTY, not a name or a place', () => {
    expect(coded('An Idaho Republican criticized the White House on Monday.')).toEqual(['USAPTY>USAGOV 111']);
    expect(coded('The Ohio Republican accused the White House of lying.')).toEqual(['USAPTY>USAGOV 112']);
  });

  it('reads a plural label as the party ("Texas Democrats")', () => {
    expect(coded('Texas Democrats criticized the White House.')).toEqual(['USAPTY>USAGOV 111']);
  });

  it('leaves the named person the actor when the label describes them', () => {
    const found = coded('Sen. Mary Fielding, a Nevada Democrat, criticized the White House.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/LEG>USAGOV 111$/);
  });

  it('is no party member outside the United States, nor before a title', () => {
    expect(coded('A Munich Republican criticized the White House.')).not.toContain('USAPTY>USAGOV 111');
    expect(coded('Ohio Republican Sen. Walter Brant criticized the White House.')).not.toContain(
      'USAPTY>USAGOV 111',
    );
  });
});
