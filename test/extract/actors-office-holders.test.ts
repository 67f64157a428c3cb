import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

const knowledge = loadKnowledge();

function run(text: string, published: string): Analysis {
  return analyze({ id: articleId(text, published), published, text, lang: 'en' }, knowledge);
}

const mentionOf = (a: Analysis, text: string) => a.mentions.find((m) => m.text === text)?.actor;

describe('central bank governors', () => {
  it('codes a national governor as the government of the country and the ECB president as the ECB', () => {
    const a = run('Elvira Nabiullina called Andrew Bailey before the ECB president spoke.', '2022-03-01');
    expect(mentionOf(a, 'Elvira Nabiullina')?.code).toBe('RUSGOV');
    expect(mentionOf(a, 'Andrew Bailey')?.code).toBe('GBRGOV');
    expect(mentionOf(a, 'the ECB president')?.code).toBe('IGOEUREECBUS');
  });

  it('reads a role phrase as whoever held the office on the date', () => {
    const early = run('The Fed chair warned the Bank of Japan governor.', '2015-06-01');
    expect(mentionOf(early, 'The Fed chair')?.id).toBe('janet-yellen');
    expect(mentionOf(early, 'the Bank of Japan governor')?.id).toBe('haruhiko-kuroda');
    const late = run('The Ukrainian central bank governor met the Fed chair.', '2023-02-01');
    expect(mentionOf(late, 'The Ukrainian central bank governor')?.id).toBe('andriy-pyshnyi');
    expect(mentionOf(late, 'the Fed chair')?.id).toBe('jerome-powell');
  });
});

describe('first ladies', () => {
  it('codes a head of state spouse as an elite, and leaves the shared surname to the head of state', () => {
    const a = run('Brigitte Macron opened a school. Macron praised the teachers.', '2022-03-01');
    expect(mentionOf(a, 'Brigitte Macron')?.code).toBe('FRAELI');
    expect(mentionOf(a, 'Macron')?.id).toBe('emmanuel-macron');
    const b = run('The American first lady visited a clinic.', '2022-03-01');
    expect(mentionOf(b, 'The American first lady')?.id).toBe('jill-biden');
  });
});

describe('military ranks before a known name', () => {
  it('gives a person whose known offices all come later the sector of the rank before the name', () => {
    // Milley's known office (chairman of the Joint Chiefs) begins in 2019
    const ranked = run('Gen. Mark Milley met Ukrainian officers in Kyiv.', '2016-03-01');
    expect(mentionOf(ranked, 'Mark Milley')?.code).toBe('USAMIL');
    const bare = run('Mark Milley met Ukrainian officers in Kyiv.', '2016-03-01');
    expect(mentionOf(bare, 'Mark Milley')?.code).toBe('USA');
  });

  it('keeps the office held on the date over the rank', () => {
    const a = run('General David Petraeus met Pakistani officials.', '2012-03-01');
    expect(mentionOf(a, 'David Petraeus')?.code).toBe('USASPY');
  });
});
