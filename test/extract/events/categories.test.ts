import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import type { Event } from '../../../src/core/records.js';
import { codeEvents } from '../../../src/extract/events/stage.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { type ActorPhrase, actor, mentionsFor } from '../../helpers/mentions.js';

// Which event and which PLOVER category a sentence gets, on actors we name ourselves.
const ACTORS: ActorPhrase[] = [
  { phrase: 'Kenya', actor: actor('KEN', 'KEN') },
  { phrase: 'Kenyan police', actor: actor('KEN', 'KENCOP') },
  { phrase: 'Nairobi', actor: actor('KEN', 'KENGOV') },
  { phrase: 'Peru', actor: actor('PER', 'PER') },
  { phrase: 'the prime minister', actor: actor('PER', 'PERGOV') },
  { phrase: 'Peruvian troops', actor: actor('PER', 'PERMIL') },
  { phrase: 'students', actor: actor('---EDU', '---EDU') },
];

function code(text: string): Event[] {
  const article = { id: articleId(text, '2022-01-22'), published: '2022-01-22', text, lang: 'en' };
  const kb = loadKnowledge();
  const analysis = analyze(article, kb, { until: 'nlp' });
  return codeEvents(
    { ...analysis, mentions: mentionsFor(analysis, ACTORS), times: [], places: [] },
    kb.cameo,
  );
}

const coded = (text: string) =>
  code(text)
    .filter((e) => e.polarity === 'asserted')
    .map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code} ${e.plover}`);

describe('events coder: PLOVER categories the manual defines', () => {
  it('lifting a curfew or emergency rule is a concession (CONCEDE)', () => {
    expect(coded('Nairobi lifted the curfew on Monday.')).toEqual(['KENGOV>- 0813 CONCEDE']);
    expect(coded('Nairobi lifted the state of emergency.')).toEqual(['KENGOV>- 0814 CONCEDE']);
  });

  it('a resignation takes effect at once (RETREAT)', () => {
    expect(coded('The prime minister resigned on Friday.')).toEqual(['PERGOV>- 0831 RETREAT']);
  });

  it('destroying property is coercion, not assault', () => {
    expect(coded('Peruvian troops demolished the farmhouses.')).toEqual(['PERMIL>- 1712 COERCE']);
  });
});

describe('events coder: a participle after the object', () => {
  it('describes the object, which the verb still takes', () => {
    expect(coded('Kenyan police prevented the demonstration staged by students.')).toContain(
      'KENCOP>- 170 COERCE',
    );
  });
});
