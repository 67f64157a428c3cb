import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

function run(text: string, published = '2022-03-01'): Analysis {
  return analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
}

const codeOf = (a: Analysis, text: string) => a.mentions.find((m) => m.text === text)?.actor?.code;

describe('actor words of crisis news', () => {
  it('reads the Houthis by their adjective before an agent word', () => {
    const a = run('Iran-backed Houthi rebels fired a missile at the port.');
    expect(codeOf(a, 'Houthi rebels')).toBe('YEMREB');
  });

  it('gives an agent word joined after a country agent of its sector that country', () => {
    const fled = run('Belarusian women and children crossed into Lithuania.');
    expect(codeOf(fled, 'children')).toBe('BLRCVL');
    expect(codeOf(run('Georgian soldiers and officers paraded.'), 'officers')).toBe('GEOMIL');
    // another sector, or a phrase of its own, may be anyone's
    expect(codeOf(run('Georgian troops and civilians were hurt.'), 'civilians')).toBe('---CVL');
    expect(codeOf(run('Georgian women and the children were hurt.'), 'children')).toBe('---CVL');
    expect(codeOf(run('Georgian men and women protested.'), 'Georgian men and women')).toBe('GEOCVL');
  });

  it('takes bare officers for the military, and police or company officers for their own sector', () => {
    expect(codeOf(run('Belarusian officers crossed the border.'), 'Belarusian officers')).toBe('BLRMIL');
    expect(codeOf(run('Police officers detained the crowd.'), 'Police officers')).toBe('---COP');
    expect(codeOf(run('Law enforcement officers detained the crowd.'), 'Law enforcement officers')).toBe(
      '---COP',
    );
    expect(codeOf(run('The chief executive officer of the bank resigned.'), 'executive officer')).toBe(
      '---BUS',
    );
  });

  it("codes a ministry of no country named in a state official's words as that official's government", () => {
    const a = run(
      'Vladimir Putin: Colleagues, good afternoon. Last year Transport Ministry planes brought the children home.',
    );
    expect(codeOf(a, 'Transport Ministry')).toBe('RUSGOV');
  });
});
