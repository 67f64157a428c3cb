import type { Analysis } from '../core/analysis.js';
import type { Article } from '../core/article.js';
import type { Modality, Polarity, QuadClass, QuoteKind, TimePrecision } from '../core/codes.js';
import type { ActorRef, Commitment, Event, Mention, Place, Quote } from '../core/records.js';
import type { StoredEvent, StoredQuote } from './port.js';
import type {
  AnalysisRow,
  ArticleRow,
  CommitmentRow,
  EventRow,
  MentionRow,
  PlaceRow,
  QuoteRow,
} from './schema.js';

// Records ↔ rows, in one place, so every dialect stores and reads them the same way.

export interface AnalysisRows {
  readonly article: ArticleRow;
  readonly analysis: AnalysisRow;
  readonly mentions: MentionRow[];
  readonly events: EventRow[];
  readonly quotes: QuoteRow[];
  readonly places: PlaceRow[];
  readonly commitments: CommitmentRow[];
}

function wordCount(analysis: Analysis): number {
  if (analysis.tokens.length > 0) return analysis.tokens.length;
  const words = analysis.article.text.match(/\S+/g);
  return words ? words.length : 0;
}

export function toRows(analysis: Analysis): AnalysisRows {
  const a = analysis.article;
  const articleId = a.id;
  const evidence = (r: Mention | Event | Quote | Place | Commitment) => ({
    article_id: articleId,
    sentence: r.sentence,
    start: r.span.start,
    end: r.span.end,
    rule: r.rule,
    confidence: r.confidence,
  });
  return {
    article: {
      id: articleId,
      published: a.published,
      title: a.title ?? null,
      url: a.url ?? null,
      source: a.source ?? null,
      external_id: a.externalId ?? null,
      lang: a.lang,
      text: a.text,
      words: wordCount(analysis),
    },
    analysis: {
      article_id: articleId,
      knowledge_version: analysis.knowledgeVersion,
      stages: analysis.stages.join(','),
      record: JSON.stringify({
        sentences: analysis.sentences.map((s) => [s.span.start, s.span.end]),
        times: analysis.times,
      }),
    },
    mentions: analysis.mentions.map((m, idx) => ({
      ...evidence(m),
      idx,
      text: m.text,
      type: m.type,
      actor_id: m.actor?.id ?? null,
      actor_code: m.actor?.code ?? null,
      actor_name: m.actor?.name ?? null,
    })),
    events: analysis.events.map((e) => ({
      ...evidence(e),
      id: e.id,
      text: e.text,
      date: e.date,
      ...dyadColumns(e.source, e.target),
      code: e.code,
      root: e.root,
      quad_class: e.quadClass,
      goldstein: e.goldstein,
      plover: e.plover,
      polarity: e.polarity,
      modality: e.modality,
      place_name: e.place?.name ?? null,
      place_country: e.place?.country ?? null,
      lat: e.place?.lat ?? null,
      lon: e.place?.lon ?? null,
    })),
    quotes: analysis.quotes.map((q) => ({
      ...evidence(q),
      id: q.id,
      text: q.text,
      kind: q.kind,
      cue: q.cue ?? null,
      speaker_id: q.speaker?.id ?? null,
      speaker_code: q.speaker?.code ?? null,
      speaker_name: q.speaker?.name ?? null,
      date: q.date,
      cue_start: q.cueSpan?.start ?? null,
      cue_end: q.cueSpan?.end ?? null,
      speaker_text: q.speakerText ?? null,
      speaker_start: q.speakerSpan?.start ?? null,
      speaker_end: q.speakerSpan?.end ?? null,
      parts: q.parts ? JSON.stringify(q.parts.map((p) => [p.start, p.end])) : null,
    })),
    places: analysis.places.map((p, idx) => ({
      ...evidence(p),
      idx,
      text: p.text,
      name: p.name,
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      gazetteer_id: p.gazetteerId,
    })),
    commitments: analysis.commitments.map((c) => ({
      ...evidence(c),
      id: c.id,
      event_id: c.eventId,
      text: c.text,
      ...dyadColumns(c.source, c.target),
      code: c.code,
      due_from: c.due.from,
      due_to: c.due.to,
      due_precision: c.due.precision,
    })),
  };
}

function actor(id: string | null, code: string | null, name: string | null): ActorRef | undefined {
  return id === null ? undefined : { id, code: code ?? '', name: name ?? id };
}

/** The source and target columns of an event or a commitment. */
type DyadColumns = Pick<
  EventRow,
  'source_id' | 'source_code' | 'source_name' | 'target_id' | 'target_code' | 'target_name'
>;

function dyadColumns(source: ActorRef, target: ActorRef | undefined): DyadColumns {
  return {
    source_id: source.id,
    source_code: source.code,
    source_name: source.name,
    target_id: target?.id ?? null,
    target_code: target?.code ?? null,
    target_name: target?.name ?? null,
  };
}

/** The source and, when there is one, the target an event's or a commitment's columns name. */
function dyadOf(row: DyadColumns): { source: ActorRef; target?: ActorRef } {
  const target = actor(row.target_id, row.target_code, row.target_name);
  return {
    source: { id: row.source_id, code: row.source_code, name: row.source_name },
    ...(target && { target }),
  };
}

const evidenceOf = (row: {
  sentence: number;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}) => ({
  sentence: Number(row.sentence),
  span: { start: Number(row.start), end: Number(row.end) },
  rule: row.rule,
  confidence: Number(row.confidence),
});

export function articleFromRow(row: ArticleRow): Article {
  return {
    id: row.id,
    published: row.published,
    text: row.text,
    lang: row.lang,
    ...(row.title !== null && { title: row.title }),
    ...(row.url !== null && { url: row.url }),
    ...(row.source !== null && { source: row.source }),
    ...(row.external_id !== null && { externalId: row.external_id }),
  };
}

export function mentionFromRow(row: MentionRow): Mention {
  const ref = actor(row.actor_id, row.actor_code, row.actor_name);
  return {
    ...evidenceOf(row),
    text: row.text,
    type: row.type as Mention['type'],
    ...(ref && { actor: ref }),
  };
}

export function eventFromRow(row: EventRow): StoredEvent {
  const place: Place | undefined =
    row.place_name === null
      ? undefined
      : {
          ...evidenceOf(row),
          text: row.place_name,
          name: row.place_name,
          country: row.place_country ?? '',
          lat: Number(row.lat),
          lon: Number(row.lon),
          gazetteerId: '',
        };
  return {
    ...evidenceOf(row),
    articleId: row.article_id,
    id: row.id,
    text: row.text,
    date: row.date,
    ...dyadOf(row),
    code: row.code,
    root: row.root,
    quadClass: Number(row.quad_class) as QuadClass,
    goldstein: Number(row.goldstein),
    plover: row.plover,
    polarity: row.polarity as Polarity,
    modality: row.modality as Modality,
    ...(place && { place }),
  };
}

export function quoteFromRow(row: QuoteRow): StoredQuote {
  const speaker = actor(row.speaker_id, row.speaker_code, row.speaker_name);
  return {
    ...evidenceOf(row),
    articleId: row.article_id,
    id: row.id,
    text: row.text,
    kind: row.kind as QuoteKind,
    ...(row.cue !== null && { cue: row.cue }),
    ...(row.cue_start !== null &&
      row.cue_end !== null && { cueSpan: { start: Number(row.cue_start), end: Number(row.cue_end) } }),
    ...(speaker && { speaker }),
    ...(row.speaker_text !== null && { speakerText: row.speaker_text }),
    ...(row.speaker_start !== null &&
      row.speaker_end !== null && {
        speakerSpan: { start: Number(row.speaker_start), end: Number(row.speaker_end) },
      }),
    ...(row.parts !== null && {
      parts: (JSON.parse(row.parts) as [number, number][]).map(([start, end]) => ({ start, end })),
    }),
    date: row.date,
  };
}

export function placeFromRow(row: PlaceRow): Place {
  return {
    ...evidenceOf(row),
    text: row.text,
    name: row.name,
    country: row.country,
    lat: Number(row.lat),
    lon: Number(row.lon),
    gazetteerId: row.gazetteer_id,
  };
}

export function commitmentFromRow(row: CommitmentRow): Commitment {
  return {
    ...evidenceOf(row),
    id: row.id,
    eventId: row.event_id,
    text: row.text,
    ...dyadOf(row),
    code: row.code,
    due: { from: row.due_from, to: row.due_to, precision: row.due_precision as TimePrecision },
  };
}
