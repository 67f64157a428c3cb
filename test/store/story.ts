import type { Analysis } from '../../src/core/analysis.js';
import type { Modality, Polarity, QuadClass } from '../../src/core/codes.js';
import { articleId, recordId } from '../../src/core/identity.js';
import type { ActorRef, Commitment, Event, Mention, Place, Quote, Sentence } from '../../src/core/records.js';
import type { Span } from '../../src/core/span.js';
import { STORY } from './story-articles.js';

/*
 * A hand-made story of the 2021–22 crisis as our own records: ten short reports with the actors, events,
 * quotes, places and commitments a careful coder would write down, every span pointing at the words in the
 * text. It goes through the real store like the analysis stages' output will, so the API, exports and
 * dashboard can be tested on it before (and after) those stages exist.
 */

const actor = (id: string, code: string, name: string): ActorRef => ({ id, code, name });
export const ACTORS = {
  usa: actor('USAGOV', 'USAGOV', 'United States government'),
  blinken: actor('antony-blinken', 'USAGOV', 'Antony Blinken'),
  biden: actor('joe-biden', 'USAGOV', 'Joe Biden'),
  rus: actor('RUSGOV', 'RUSGOV', 'Russian government'),
  lavrov: actor('sergey-lavrov', 'RUSGOV', 'Sergey Lavrov'),
  putin: actor('vladimir-putin', 'RUSGOV', 'Vladimir Putin'),
  ryabkov: actor('sergei-ryabkov', 'RUSGOV', 'Sergei Ryabkov'),
  rusmil: actor('RUSMIL', 'RUSMIL', 'Russian armed forces'),
  ukr: actor('UKRGOV', 'UKRGOV', 'Ukrainian government'),
  kuleba: actor('dmytro-kuleba', 'UKRGOV', 'Dmytro Kuleba'),
  zelensky: actor('volodymyr-zelensky', 'UKRGOV', 'Volodymyr Zelensky'),
  reznikov: actor('oleksii-reznikov', 'UKRGOV', 'Oleksii Reznikov'),
  ukrciv: actor('UKRCVL', 'UKRCVL', 'Ukrainian civilians'),
  separatists: actor('UKRREB', 'UKRREB', 'Donbas separatists'),
  nato: actor('NATO', 'NATO', 'NATO'),
  germany: actor('DEUGOV', 'DEUGOV', 'German government'),
} as const;
export type ActorKey = keyof typeof ACTORS;

interface Gazetteer {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly id: string;
}
const PLACES: Record<string, Gazetteer> = {
  Washington: { name: 'Washington', country: 'USA', lat: 38.895, lon: -77.036, id: 'gn:4140963' },
  Geneva: { name: 'Geneva', country: 'CHE', lat: 46.204, lon: 6.143, id: 'gn:2660646' },
  Belarus: { name: 'Belarus', country: 'BLR', lat: 53.9, lon: 27.567, id: 'gn:630336' },
  'Stanytsia Luhanska': {
    name: 'Stanytsia Luhanska',
    country: 'UKR',
    lat: 48.655,
    lon: 39.482,
    id: 'gn:698740',
  },
  Kyiv: { name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.523, id: 'gn:703448' },
  Kharkiv: { name: 'Kharkiv', country: 'UKR', lat: 49.993, lon: 36.231, id: 'gn:706483' },
  Gomel: { name: 'Gomel', country: 'BLR', lat: 52.434, lon: 30.975, id: 'gn:627907' },
  Antalya: { name: 'Antalya', country: 'TUR', lat: 36.908, lon: 30.695, id: 'gn:323777' },
  Brussels: { name: 'Brussels', country: 'BEL', lat: 50.85, lon: 4.349, id: 'gn:2800866' },
};

/** The CAMEO facts the story uses: Goldstein value, QuadClass, PLOVER category. */
const CODES: Record<string, readonly [number, QuadClass, string]> = {
  '020': [3.0, 1, 'REQUEST'],
  '033': [5.2, 1, 'AID'],
  '036': [4.0, 1, 'CONSULT'],
  '043': [2.8, 1, 'CONSULT'],
  '044': [2.5, 1, 'CONSULT'],
  '046': [7.0, 1, 'CONSULT'],
  '070': [7.0, 2, 'AID'],
  '100': [-5.0, 3, 'REQUEST'],
  '111': [-2.0, 3, 'ACCUSE'],
  '112': [-2.0, 3, 'ACCUSE'],
  '130': [-4.4, 3, 'THREATEN'],
  '154': [-7.2, 4, 'MOBILIZE'],
  '163': [-8.0, 4, 'SANCTION'],
  '190': [-10.0, 4, 'ASSAULT'],
  '194': [-10.0, 4, 'ASSAULT'],
  '195': [-10.0, 4, 'ASSAULT'],
};

export interface EventSpec {
  /** The words that are the evidence (their first occurrence in the text). */
  readonly phrase: string;
  readonly source: ActorKey;
  readonly target?: ActorKey;
  readonly code: string;
  readonly date?: string;
  readonly place?: string;
  readonly modality?: Modality;
  readonly polarity?: Polarity;
  readonly due?: readonly [string, string];
}
export interface QuoteSpec {
  readonly phrase: string;
  readonly speaker: ActorKey;
  readonly kind: Quote['kind'];
  readonly cue: string;
}
export interface ArticleSpec {
  readonly published: string;
  readonly title: string;
  readonly text: string;
  readonly mentions: readonly (readonly [string, ActorKey, Mention['type']])[];
  readonly places: readonly string[];
  readonly events: readonly EventSpec[];
  readonly quotes: readonly QuoteSpec[];
}

function spanOf(text: string, phrase: string): Span {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`story fixture: '${phrase}' is not in '${text.slice(0, 40)}…'`);
  return { start, end: start + phrase.length };
}

/** Sentences end at '.', '!' or '?' (after a closing quote, if any) followed by a space or the end. */
function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const ends = /[.!?]["”]?(?=\s|$)/g;
  let start = 0;
  for (let m = ends.exec(text); m !== null; m = ends.exec(text)) {
    const end = m.index + m[0].length;
    sentences.push({ index: sentences.length, span: { start, end }, tokenStart: 0, tokenEnd: 0 });
    start = end + 1;
  }
  return sentences;
}

function buildAnalysis(spec: ArticleSpec): Analysis {
  const id = articleId(spec.text, spec.published);
  const sentences = sentencesOf(spec.text);
  const sentenceOf = (span: Span): number =>
    sentences.find((s) => span.start >= s.span.start && span.start < s.span.end)?.index ?? 0;
  const evidence = (phrase: string, rule: string, confidence: number) => {
    const span = spanOf(spec.text, phrase);
    return { span, sentence: sentenceOf(span), rule, confidence };
  };
  const places: Place[] = spec.places.map((name) => {
    const g = PLACES[name]!;
    return {
      ...evidence(name, 'gazetteer.exonym', 0.9),
      text: name,
      name: g.name,
      country: g.country,
      lat: g.lat,
      lon: g.lon,
      gazetteerId: g.id,
    };
  });
  const mentions: Mention[] = spec.mentions.map(([phrase, key, type]) => ({
    ...evidence(phrase, `actors.${type}`, 0.95),
    text: phrase,
    type,
    actor: ACTORS[key],
  }));
  const events: Event[] = spec.events.map((e, i) => {
    const [goldstein, quadClass, plover] = CODES[e.code]!;
    const place = e.place === undefined ? undefined : places.find((p) => p.name === e.place);
    return {
      ...evidence(e.phrase, `events.pattern.${e.code}.${i}`, 0.8),
      id: recordId(id, 'event', i),
      date: e.date ?? spec.published,
      source: ACTORS[e.source],
      ...(e.target !== undefined && { target: ACTORS[e.target] }),
      code: e.code,
      root: e.code.slice(0, 2),
      quadClass,
      goldstein,
      plover,
      polarity: e.polarity ?? 'asserted',
      modality: e.modality ?? 'actual',
      ...(place && { place }),
      text: e.phrase,
    };
  });
  const commitments: Commitment[] = spec.events.flatMap((e, i) => {
    if (!e.due) return [];
    const event = events[i]!;
    return [
      {
        ...evidence(e.phrase, 'commitments.future-intent', 0.7),
        id: recordId(id, 'commitment', i),
        eventId: event.id,
        source: event.source,
        ...(event.target && { target: event.target }),
        code: e.code,
        due: { from: e.due[0], to: e.due[1], precision: 'week' as const },
        text: e.phrase,
      },
    ];
  });
  const quotes: Quote[] = spec.quotes.map((q, i) => ({
    ...evidence(q.phrase, `quotes.${q.kind}.${q.cue}`, 0.85),
    id: recordId(id, 'quote', i),
    text: q.phrase,
    kind: q.kind,
    cue: q.cue,
    speaker: ACTORS[q.speaker],
    date: spec.published,
  }));
  return {
    article: {
      id,
      published: spec.published,
      text: spec.text,
      lang: 'en',
      title: spec.title,
      source: 'sitrep story fixture',
      url: `https://example.org/story/${spec.published}`,
    },
    knowledgeVersion: 'story-kb',
    stages: ['text', 'nlp', 'mentions', 'actors', 'times', 'places', 'quotes', 'events'],
    normalizedText: spec.text,
    sentences,
    tokens: [],
    mentions,
    times: [],
    places,
    quotes,
    events,
    commitments,
  };
}

/** The ten reports of the story, oldest first, as the analysis stages would record them. */
export function storyAnalyses(): Analysis[] {
  return STORY.map(buildAnalysis);
}
