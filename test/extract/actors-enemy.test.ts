import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { enemyOf, type War } from '../../src/knowledge/wars.js';

// "The enemy" and "the occupiers" in the words of one side of a war are the other side's forces.

function run(text: string, date: string): Analysis {
  return analyze({ id: articleId(text, date), published: date, text, lang: 'en' }, loadKnowledge());
}

const codeOf = (a: Analysis, text: string) => a.mentions.find((m) => m.text === text)?.actor?.code;

describe('the enemy in a speaker’s words', () => {
  it('is the other side’s military while the speaker’s state is at war', () => {
    const a = run('"The enemy fired rockets at our city at night," Zelensky said.', '2022-03-10');
    expect(codeOf(a, 'enemy')).toBe('RUSMIL');
    const b = run('Zelensky said: "The occupiers burned the villages they left."', '2022-04-05');
    expect(codeOf(b, 'occupiers')).toBe('RUSMIL');
  });

  it('is the other side for a speaker of either side', () => {
    const a = run('Putin said: "The enemy is shelling the towns of Donbas every day."', '2022-03-10');
    expect(codeOf(a, 'enemy')).toBe('UKRMIL');
  });

  it('stays unknown before the war began or when no one is said to speak', () => {
    const before = run('"The enemy fired rockets at our city at night," Zelensky said.', '2021-06-10');
    expect(codeOf(before, 'enemy')).toBe('---MIL');
    const narrated = run('The enemy fired rockets at the city at night.', '2022-03-10');
    expect(codeOf(narrated, 'enemy')).toBe('---MIL');
  });

  it('is not the other side when a name before it tells of another enemy', () => {
    const a = run('Putin said: "Our grandfathers fought the Nazi occupiers to the end."', '2022-03-10');
    expect(codeOf(a, 'occupiers')).not.toBe('UKRMIL');
  });
});

describe('the enemy in a speaker’s reported words', () => {
  const eventsOf = (a: Analysis) =>
    a.events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.root}`);

  it('is the other side in a clause a speaker of one side is said to have said', () => {
    const a = run('Zelensky said the enemy shelled the suburbs of Sumy overnight.', '2022-03-10');
    expect(codeOf(a, 'enemy')).toBe('RUSMIL');
    expect(eventsOf(a)).toContainEqual(expect.stringMatching(/^RUSMIL>\S+ 19$/));
    const b = run('The occupiers blew up a bridge near Chernihiv, Zelensky said on Friday.', '2022-03-10');
    expect(codeOf(b, 'occupiers')).toBe('RUSMIL');
  });

  it('is the other side after "according to" a pronoun for the speaker', () => {
    const a = run(
      'Zelensky spoke to reporters in Kyiv. According to him, the invaders are bringing in new reserves.',
      '2022-03-10',
    );
    expect(codeOf(a, 'invaders')).toBe('RUSMIL');
  });

  it('stays unknown in the narrator’s own sentence after a report', () => {
    const a = run('Zelensky said the talks would go on. The enemy fired rockets at the city.', '2022-03-10');
    expect(codeOf(a, 'enemy')).toBe('---MIL');
  });
});

describe('enemyOf', () => {
  const wars: War[] = [
    { sides: ['AAA', 'BBB'], from: '2020-01-10', until: '2020-02-01' },
    { sides: ['CCC', 'AAA'], from: '2021-05-01' },
  ];

  it('names the other side on the days of the war only', () => {
    expect(enemyOf(wars, 'AAA', '2020-01-10')).toBe('BBB');
    expect(enemyOf(wars, 'BBB', '2020-02-01T12:00:00Z')).toBe('AAA');
    expect(enemyOf(wars, 'AAA', '2020-02-02')).toBeUndefined();
    expect(enemyOf(wars, 'AAA', '2023-01-01')).toBe('CCC');
    expect(enemyOf(wars, 'DDD', '2023-01-01')).toBeUndefined();
  });

  it('names no one for a state at war with two at once', () => {
    const two: War[] = [...wars, { sides: ['AAA', 'EEE'], from: '2022-01-01' }];
    expect(enemyOf(two, 'AAA', '2022-06-01')).toBeUndefined();
  });
});
