import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { codedDyads, titledRelease } from '../helpers/events.js';

// "the country", "this country": which state the context gives it.

const knowledge = loadKnowledge();
const published = '2022-03-01';

function run(text: string): Analysis {
  return analyze({ id: articleId(text, published), published, text, lang: 'en' }, knowledge);
}

const codeOf = (a: Analysis, text: string) => a.mentions.find((m) => m.text === text)?.actor?.code;
const dyads = (text: string) => codedDyads(text, { published });

describe('"the country" in a domestic phrase', () => {
  it("is the acting person's own state, not a state named in the sentence before", () => {
    const a = run(
      'Belarus let troops gather near its border. President Zelensky then imposed a curfew across the country.',
    );
    expect(codeOf(a, 'the country')).toBe('UKR');
  });

  it('is the state the act is aimed at when one is named after the actor', () => {
    const a = run('Russia shelled Ukraine on Monday, hitting power stations throughout the country.');
    expect(codeOf(a, 'the country')).toBe('UKR');
  });

  it("is the publishing state's own when its release names no other", () => {
    const a = titledRelease(
      'Meeting on the economy',
      'Wages grew in the country last year. This country will build more roads.',
      '2022-02-07',
      'President of Russia (en.kremlin.ru)',
    );
    expect(codeOf(a, 'the country')).toBe('RUS');
    expect(codeOf(a, 'This country')).toBe('RUS');
  });
});

describe('"the country" after a state the sentences are about', () => {
  it('is the state visited in the sentence before', () => {
    const a = run(
      'The Estonian Prime Minister paid a visit to Finland on Tuesday. Russia was the first to recognise the country’s independence.',
    );
    expect(codeOf(a, 'the country')).toBe('FIN');
    expect(dyads('Norway welcomed Iceland. Sweden praised the country for its help.')).toContainEqual(
      'SWE>ISL 051',
    );
  });

  it('is never the actor sending something to it', () => {
    expect(dyads('Armenia asked Russia for help, and Moscow sent troops to the country.')).toContainEqual(
      'RUSGOV>ARM 154',
    );
    const a = run('Russia sent troops to the country.');
    expect(codeOf(a, 'the country')).toBeUndefined();
  });
});

describe('"the country" with nothing to give it a state', () => {
  it('stays unresolved when no state is named and no state publishes the text', () => {
    expect(codeOf(run('The country will hold an election in May.'), 'The country')).toBeUndefined();
  });

  it('is no reference with a modifier, after a copula, or before a defining phrase', () => {
    const a = run(
      'Estonia was the first country to act. Estonia is the country that helped. Latvia is the country of my birth.',
    );
    expect(a.mentions.filter((m) => m.text.toLowerCase() === 'the country')).toEqual([]);
  });
});
