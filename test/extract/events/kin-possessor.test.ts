import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

const coded = (text: string) => codedDyads(text, { published: '2022-06-20' });

describe("arguments: a person's kin act for themselves", () => {
  it('does not make the one whose wife or son it is the source', () => {
    expect(coded("The Russian president's wife criticized the new tariffs.")).not.toContainEqual(
      expect.stringMatching(/^RUS/),
    );
    expect(coded("The Belarusian leader's son denounced the sanctions on Monday.")).not.toContainEqual(
      expect.stringMatching(/^BLR/),
    );
  });

  it('keeps the owner of anything else the source ("Russia\'s army")', () => {
    expect(coded("Russia's army attacked Ukraine.")).toContain('RUSMIL>UKR 190');
  });
});
