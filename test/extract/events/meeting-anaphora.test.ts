import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: who "they" and "him" are in a report of a meeting or a call between two leaders.
const stated = (text: string) => codedDyads(text, { published: '2022-02-10', statedOnly: true });

describe('events coder: "they" opening a sentence after a meeting', () => {
  it('reads "they" as the two leaders who met or talked', () => {
    const events = stated(
      'Vladimir Putin had a telephone conversation with Emmanuel Macron. They touched upon the gas supplies to Europe.',
    );
    expect(events).toContainEqual('RUSGOV>FRAGOV 040');
    expect(events).toContainEqual('FRAGOV>RUSGOV 040');
  });

  it('reads "they" as two leaders named together before it', () => {
    const events = stated(
      'Olaf Scholz and Emmanuel Macron exchanged New Year greetings. They also agreed to maintain contact.',
    );
    expect(events).toContainEqual(expect.stringMatching(/^DEUGOV>FRAGOV 03/));
    expect(events).toContainEqual(expect.stringMatching(/^FRAGOV>DEUGOV 03/));
  });

  it('reads "the presidents" as two office holders named together before any meeting is told', () => {
    const events = stated(
      'Vladimir Putin and Emmanuel Macron reaffirmed their positions. The presidents expressed concern over the escalation.',
    );
    expect(events).toContainEqual('RUSGOV>- 012');
    expect(events).toContainEqual('FRAGOV>- 012');
    // two countries named together are no presidents
    expect(
      stated('Russia and Belarus began exercises. The presidents expressed concern over the escalation.'),
    ).not.toContainEqual(expect.stringMatching(/^(RUS|BLR)\S* 012/));
  });

  it('keeps the meeting when the next sentence names a pair only as what was talked about', () => {
    const events = stated(
      'Vladimir Putin met with Emmanuel Macron. Putin informed him about the work carried out with the United States and its NATO allies. They also discussed the gas supplies to Europe.',
    );
    expect(events).toContainEqual('RUSGOV>FRAGOV 040');
    expect(events).toContainEqual('FRAGOV>RUSGOV 040');
    expect(events).not.toContainEqual(expect.stringMatching(/^USA>IGOWSTNAT 040$/));
  });

  it('leaves "they" to the actors stage in words spoken in the first person', () => {
    const events = stated(
      'Vladimir Putin met with Emmanuel Macron. We spoke about Europe. They discussed the gas supplies to Europe.',
    );
    expect(events.filter((e) => e.endsWith(' 040') && e.startsWith('FRAGOV>'))).toEqual([]);
  });
});

describe('events coder: a topic discussed in the report of a meeting', () => {
  it('reads an agentless "was discussed" as the two who met discussing it', () => {
    const events = stated(
      'Emmanuel Macron had a telephone conversation with Olaf Scholz. Energy prices were discussed in detail. The situation in Mali was also touched upon.',
    );
    expect(events.filter((e) => e === 'FRAGOV>DEUGOV 040').length).toBeGreaterThanOrEqual(2);
  });

  it('leaves talks under way, and talks with someone else the sentence names, alone', () => {
    const events = stated(
      'Emmanuel Macron had a telephone conversation with Olaf Scholz. A new vaccine is now being discussed. Gas prices were discussed with the company.',
    );
    expect(events.filter((e) => e === 'FRAGOV>DEUGOV 040')).toEqual([]);
  });
});

describe('events coder: "touch on" a topic', () => {
  it('is a consultation of the two who touched on it together', () => {
    expect(stated('Emmanuel Macron and Olaf Scholz touched on the situation in Mali.')).toContainEqual(
      'FRAGOV>DEUGOV 040',
    );
  });

  it('codes nothing when one party alone touched on a topic', () => {
    expect(stated('Emmanuel Macron touched upon the situation in Mali.')).toEqual([]);
  });
});

describe('events coder: the interlocutor or counterpart after a call', () => {
  it('is the other of the two who talked', () => {
    const events = stated(
      'Emmanuel Macron had a phone conversation with Olaf Scholz. Macron informed his interlocutor about the talks in Moscow. Olaf Scholz thanked the counterpart for the support.',
    );
    expect(events).toContainEqual('FRAGOV>DEUGOV 040');
    expect(events).toContainEqual('DEUGOV>FRAGOV 051');
  });

  it('stands for no one when no call or meeting came before', () => {
    expect(stated('Emmanuel Macron informed his interlocutor about the talks in Moscow.')).toEqual([]);
  });
});

describe('actors: an object pronoun is not the subject of its own verb', () => {
  it('reads "him" after "the President briefed" as the other person named before', () => {
    expect(
      stated('At the request of Naftali Bennett, the President of Russia briefed him on the talks.'),
    ).toContainEqual('RUSGOV>ISRGOV 040');
    expect(
      stated('At the request of Mario Draghi, Vladimir Putin informed him of the progress in negotiations.'),
    ).toContainEqual('RUSGOV>ITAGOV 040');
  });
});
