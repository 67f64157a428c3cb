import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import type { ActorRef, Event, Mention, Quote } from '../../src/core/records.js';

export const USA: ActorRef = { id: 'USA', code: 'USAGOV', name: 'United States' };
export const RUS: ActorRef = { id: 'RUS', code: 'RUSGOV', name: 'Russia' };
export const UKR: ActorRef = { id: 'UKR', code: 'UKRGOV', name: 'Ukraine' };

function event(id: string, over: Partial<Event>): Event {
  return {
    id,
    sentence: 0,
    span: { start: 0, end: 10 },
    rule: 'test.rule',
    confidence: 0.9,
    date: '2022-01-21',
    source: USA,
    target: RUS,
    code: '040',
    root: '04',
    quadClass: 1,
    goldstein: 1,
    plover: 'CONSULT',
    polarity: 'asserted',
    modality: 'actual',
    text: 'met',
    ...over,
  };
}

/** A small hand-made analysis with one of each record kind, for the store contract. */
export function sampleAnalysis(text: string, published: string, title?: string): Analysis {
  const id = articleId(text, published);
  const mention: Mention = {
    sentence: 0,
    span: { start: 0, end: 7 },
    rule: 'kb.person',
    confidence: 1,
    text: 'Blinken',
    type: 'person',
    actor: { id: 'antony-blinken', code: 'USAGOV', name: 'Antony Blinken' },
  };
  const quote: Quote = {
    id: `${id.slice(0, 8)}-q1`,
    sentence: 1,
    span: { start: 12, end: 30 },
    rule: 'quote.direct',
    confidence: 0.8,
    text: 'We are prepared to talk',
    kind: 'direct',
    cue: 'said',
    speaker: { id: 'antony-blinken', code: 'USAGOV', name: 'Antony Blinken' },
    date: published,
  };
  return {
    article: { id, published, text, lang: 'en', ...(title !== undefined && { title }) },
    knowledgeVersion: 'test-kb',
    stages: ['text', 'nlp'],
    normalizedText: text,
    sentences: [{ index: 0, span: { start: 0, end: text.length }, tokenStart: 0, tokenEnd: 0 }],
    tokens: [],
    mentions: [mention],
    times: [],
    places: [],
    quotes: [quote],
    events: [
      event(`${id.slice(0, 8)}-e1`, { date: published }),
      event(`${id.slice(0, 8)}-e2`, {
        source: RUS,
        target: UKR,
        code: '190',
        root: '19',
        quadClass: 4,
        goldstein: -10,
        plover: 'ASSAULT',
        polarity: 'negated',
        modality: 'denied',
        date: published,
      }),
      event(`${id.slice(0, 8)}-e3`, {
        source: RUS,
        target: UKR,
        code: '154',
        root: '15',
        quadClass: 4,
        goldstein: -7.2,
        plover: 'MOBILIZE',
        date: published,
      }),
    ],
    commitments: [],
  };
}
