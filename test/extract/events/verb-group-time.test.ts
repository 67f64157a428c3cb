import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { chunkPhrases } from '../../../src/extract/events/phrases.js';
import { findPredicates, verbGroupTime } from '../../../src/extract/events/predicates.js';
import { buildSentence } from '../../../src/extract/events/sentence.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';

/** The time of each verb group of a one-sentence text, as "head:time". */
function groupTimes(text: string): string[] {
  const published = '2022-02-10';
  const a = analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
  const view = buildSentence(a.sentences[0]!, a.tokens, a.mentions, a.places, a.times);
  return findPredicates(view, chunkPhrases(view)).map(
    (p) => `${view.norm[p.head]}:${verbGroupTime(view, p)}`,
  );
}

describe('events coder: the time of a verb group', () => {
  it('reads the simple past and the past perfect as past', () => {
    expect(groupTimes('The ministers met in Geneva.')).toEqual(['met:past']);
    expect(groupTimes('The talks were held in Geneva.')).toEqual(['held:past']);
    expect(groupTimes('The sides had agreed on a truce.')).toEqual(['agreed:past']);
  });

  it('reads a perfect of the present or after a modal as perfect', () => {
    expect(groupTimes('The sides have agreed on a truce.')).toEqual(['agreed:perfect']);
    expect(groupTimes('The army would have attacked the city.')).toEqual(['attacked:perfect']);
  });

  it('reads the present, the progressive and the future as present', () => {
    expect(groupTimes('The minister meets the president.')).toEqual(['meets:present']);
    expect(groupTimes('The minister is visiting Kyiv.')).toEqual(['visiting:present']);
    expect(groupTimes('The minister will visit Kyiv.')).toEqual(['visit:present']);
  });
});
