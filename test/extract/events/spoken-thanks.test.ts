import { describe, expect, it } from 'vitest';
import { eventDyads, titledRelease } from '../../helpers/events.js';

// A subjectless "Thank you" in a transcript turn: the turn's speaker thanks the party addressed.
const coded = (title: string | undefined, text: string) => eventDyads(titledRelease(title, text));

const MEETING = 'Meeting with President of France Emmanuel Macron';

describe('events coder: thanks with no subject in a transcript turn', () => {
  it('codes the turn speaker thanking the other party of the meeting', () => {
    const found = coded(
      MEETING,
      'Vladimir Putin: Good afternoon, Mr President. Emmanuel Macron: Thank you very much. It is good to be here.',
    );
    expect(found).toContainEqual('FRAGOV>RUSGOV 051');
  });

  it('codes thanks to the person named after "you"', () => {
    const found = coded(
      'Session of the Council',
      'Vladimir Putin: Colleagues, let us begin. Nikol Pashinyan: Thank you, Mr Tokayev, for the report.',
    );
    expect(found).toContainEqual('ARMGOV>KAZGOV 051');
  });

  it('codes nothing when no label names the speaker', () => {
    const found = coded(MEETING, 'Thank you very much. It is good to be here.');
    expect(found.filter((e) => e.endsWith(' 051'))).toEqual([]);
  });

  it('leaves thanks the speaker does not open with to its own subject', () => {
    const found = coded(MEETING, 'Emmanuel Macron: The ministers thank you for the talks.');
    expect(found).not.toContainEqual('FRAGOV>RUSGOV 051');
  });
});
