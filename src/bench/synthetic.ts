import type { Analysis } from '../core/analysis.js';
import type { QuadClass } from '../core/codes.js';
import { articleId, recordId } from '../core/identity.js';
import type { ActorRef, Commitment, Event, Mention, Place, Quote, Sentence } from '../core/records.js';

// Generated analyses for measuring the store and the API at volume: realistic actors, codes, places and
// dates drawn from a seeded generator, so every run stores the same records. Not for tests of meaning.

/** A small, fast, seeded generator (mulberry32): the same seed gives the same sequence. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const COUNTRIES: readonly [string, string][] = [
  ['USA', 'United States'],
  ['RUS', 'Russia'],
  ['UKR', 'Ukraine'],
  ['DEU', 'Germany'],
  ['FRA', 'France'],
  ['GBR', 'United Kingdom'],
  ['POL', 'Poland'],
  ['BLR', 'Belarus'],
  ['TUR', 'Turkey'],
  ['CHN', 'China'],
];
const SECTORS: readonly [string, string][] = [
  ['GOV', 'government'],
  ['MIL', 'armed forces'],
  ['CVL', 'civilians'],
  ['REB', 'rebels'],
];
const ACTORS: readonly ActorRef[] = [
  ...COUNTRIES.flatMap(([c, name]) =>
    SECTORS.map(([s, sector]) => ({ id: `${c}${s}`, code: `${c}${s}`, name: `${name} ${sector}` })),
  ),
  { id: 'NATO', code: 'NATO', name: 'NATO' },
  { id: 'EU', code: 'IGOEUREEC', name: 'European Union' },
];
/** The actors most reports are about get picked more often, as in the news. */
const WEIGHTED = [...ACTORS.slice(0, 12), ...ACTORS.slice(0, 12), ...ACTORS];

const CODES: readonly [string, number, QuadClass, string][] = [
  ['010', 0, 1, 'CONSULT'],
  ['020', 3, 1, 'REQUEST'],
  ['036', 4, 1, 'CONSULT'],
  ['042', 1.9, 1, 'CONSULT'],
  ['043', 2.8, 1, 'CONSULT'],
  ['046', 7, 1, 'CONSULT'],
  ['057', 8, 1, 'AGREE'],
  ['070', 7, 2, 'AID'],
  ['081', 5, 2, 'YIELD'],
  ['100', -5, 3, 'REQUEST'],
  ['111', -2, 3, 'ACCUSE'],
  ['112', -2, 3, 'ACCUSE'],
  ['130', -4.4, 3, 'THREATEN'],
  ['154', -7.2, 4, 'MOBILIZE'],
  ['163', -8, 4, 'SANCTION'],
  ['173', -5, 4, 'COERCE'],
  ['190', -10, 4, 'ASSAULT'],
  ['194', -10, 4, 'ASSAULT'],
  ['195', -10, 4, 'ASSAULT'],
];
const PLACES: readonly [string, string, number, number][] = [
  ['Kyiv', 'UKR', 50.45, 30.523],
  ['Kharkiv', 'UKR', 49.993, 36.231],
  ['Mariupol', 'UKR', 47.097, 37.543],
  ['Moscow', 'RUS', 55.756, 37.617],
  ['Washington', 'USA', 38.895, -77.036],
  ['Geneva', 'CHE', 46.204, 6.143],
  ['Brussels', 'BEL', 50.85, 4.349],
  ['Minsk', 'BLR', 53.9, 27.567],
  ['Istanbul', 'TUR', 41.013, 28.955],
  ['Berlin', 'DEU', 52.52, 13.405],
  ['Paris', 'FRA', 48.857, 2.352],
  ['Warsaw', 'POL', 52.23, 21.011],
];
const SPEAKERS: readonly ActorRef[] = [
  { id: 'antony-blinken', code: 'USAGOV', name: 'Antony Blinken' },
  { id: 'sergey-lavrov', code: 'RUSGOV', name: 'Sergey Lavrov' },
  { id: 'dmytro-kuleba', code: 'UKRGOV', name: 'Dmytro Kuleba' },
  { id: 'jens-stoltenberg', code: 'NATO', name: 'Jens Stoltenberg' },
  { id: 'olaf-scholz', code: 'DEUGOV', name: 'Olaf Scholz' },
];
const WORDS = 'talks sanctions troops border ceasefire corridor security guarantees pipeline drills'.split(
  ' ',
);

const START = Date.UTC(2021, 5, 1);
const DAYS = 400;

export interface SyntheticOptions {
  readonly articles: number;
  readonly eventsPerArticle: number;
  readonly seed?: number;
}

/** `articles` generated analyses with `eventsPerArticle` events each, plus quotes, mentions, places, promises. */
export function* syntheticAnalyses(options: SyntheticOptions): Generator<Analysis> {
  const random = seeded(options.seed ?? 20220224);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  for (let n = 0; n < options.articles; n++) {
    const day = new Date(START + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const parts: string[] = [];
    const spans: { start: number; end: number }[] = [];
    let length = 0;
    const say = (sentence: string) => {
      spans.push({ start: length, end: length + sentence.length });
      parts.push(sentence);
      length += sentence.length + 1;
    };
    const drafts = Array.from({ length: options.eventsPerArticle }, () => {
      const source = pick(WEIGHTED);
      let target = pick(WEIGHTED);
      if (target === source) target = pick(ACTORS);
      const [code, goldstein, quadClass, plover] = pick(CODES);
      const place = random() < 0.6 ? pick(PLACES) : undefined;
      say(
        `${source.name} acted on ${target.name} over ${pick(WORDS)}${place ? ` in ${place[0]}` : ''} (${code}).`,
      );
      return { source, target, code, goldstein, quadClass, plover, place };
    });
    const speaker = pick(SPEAKERS);
    const quoteText = `We discussed ${pick(WORDS)} and ${pick(WORDS)} at length`;
    say(`"${quoteText}," ${speaker.name} said.`);
    const text = parts.join(' ');
    const id = articleId(text, day);
    const sentences: Sentence[] = spans.map((span, index) => ({ index, span, tokenStart: 0, tokenEnd: 0 }));
    const events: Event[] = drafts.map((d, i) => {
      const span = spans[i]!;
      const place: Place | undefined = d.place && {
        sentence: i,
        span,
        rule: 'bench.place',
        confidence: 0.9,
        text: d.place[0],
        name: d.place[0],
        country: d.place[1],
        lat: d.place[2],
        lon: d.place[3],
        gazetteerId: `bench:${d.place[0]}`,
      };
      const modality = random() < 0.05 ? 'hypothetical' : random() < 0.1 ? 'intended' : 'actual';
      return {
        id: recordId(id, 'event', i),
        sentence: i,
        span,
        rule: `bench.${d.code}`,
        confidence: 0.8,
        date: day,
        source: d.source,
        target: d.target,
        code: d.code,
        root: d.code.slice(0, 2),
        quadClass: d.quadClass,
        goldstein: d.goldstein,
        plover: d.plover,
        polarity: random() < 0.03 ? 'negated' : 'asserted',
        modality,
        ...(place && { place }),
        text: text.slice(span.start, span.end),
      };
    });
    const quoteSpan = spans[spans.length - 1]!;
    const quote: Quote = {
      id: recordId(id, 'quote', 0),
      sentence: spans.length - 1,
      span: { start: quoteSpan.start + 1, end: quoteSpan.start + 1 + quoteText.length },
      rule: 'bench.quote',
      confidence: 0.85,
      text: quoteText,
      kind: 'direct',
      cue: 'said',
      speaker,
      date: day,
    };
    const mentions: Mention[] = drafts.slice(0, 4).map((d, i) => ({
      sentence: i,
      span: { start: spans[i]!.start, end: spans[i]!.start + d.source.name.length },
      rule: 'bench.mention',
      confidence: 0.9,
      text: d.source.name,
      type: 'agent',
      actor: d.source,
    }));
    const intended = events.find((e) => e.modality === 'intended');
    const commitments: Commitment[] = intended
      ? [
          {
            id: recordId(id, 'commitment', 0),
            eventId: intended.id,
            sentence: intended.sentence,
            span: intended.span,
            rule: 'bench.commitment',
            confidence: 0.7,
            source: intended.source,
            ...(intended.target && { target: intended.target }),
            code: intended.code,
            due: { from: day, to: day, precision: 'day' },
            text: intended.text,
          },
        ]
      : [];
    yield {
      article: {
        id,
        published: day,
        text,
        lang: 'en',
        title: `Report ${n + 1}: ${pick(WORDS)}`,
        source: 'bench',
      },
      knowledgeVersion: 'bench',
      stages: ['text', 'nlp', 'mentions', 'actors', 'times', 'places', 'quotes', 'events'],
      normalizedText: text,
      sentences,
      tokens: [],
      mentions,
      times: [],
      places: events.flatMap((e) => (e.place ? [e.place] : [])),
      quotes: [quote],
      events,
      commitments,
    };
  }
}
