import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Idioms whose verb has an event sense elsewhere: "struck fear into", "entered a crucial stretch", "went to
// court", "free of charge" name no attack, no occupation, no visit and no release.
const coded = (text: string) => codedDyads(text, { published: '2014-05-10', label: 'root' });

describe('events coder: idioms that are no event', () => {
  it('codes no attack, occupation, visit or release for the idioms', () => {
    expect(
      coded("The governor's speech struck fear into the Kenyan banks.").filter((e) => e.endsWith(' 19')),
    ).toEqual([]);
    expect(coded('The Kenyan parliament entered a difficult stretch of the budget debate.')).toEqual([]);
    expect(coded('The Kenyan government went straight to the Supreme Court.')).toEqual([]);
    expect(
      coded('Norway is sending the medicine to Kenya free of charge.').filter((e) => e.endsWith(' 08')),
    ).toEqual([]);
  });

  it('keeps the verbs in their event senses', () => {
    expect(coded('Ugandan troops entered Kenya.')).toContainEqual('UGAMIL>KEN 19');
    expect(coded('Kenyan police freed two hostages.')).toContainEqual(
      expect.stringMatching(/^KENCOP>.* 08$/),
    );
  });
});
