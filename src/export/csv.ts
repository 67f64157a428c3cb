import type { StoredEvent, StoredQuote } from '../store/port.js';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (fields: readonly (string | number | undefined)[]): string =>
  `${fields.map(csvField).join(',')}\r\n`;

export const EVENT_CSV_COLUMNS = [
  'id',
  'article_id',
  'date',
  'source_id',
  'source_code',
  'source_name',
  'target_id',
  'target_code',
  'target_name',
  'code',
  'root',
  'quad_class',
  'goldstein',
  'plover',
  'polarity',
  'modality',
  'place_name',
  'place_country',
  'lat',
  'lon',
  'sentence',
  'start',
  'end',
  'rule',
  'confidence',
  'text',
] as const;

export function eventCsvFields(e: StoredEvent): (string | number | undefined)[] {
  return [
    e.id,
    e.articleId,
    e.date,
    e.source.id,
    e.source.code,
    e.source.name,
    e.target?.id,
    e.target?.code,
    e.target?.name,
    e.code,
    e.root,
    e.quadClass,
    e.goldstein,
    e.plover,
    e.polarity,
    e.modality,
    e.place?.name,
    e.place?.country,
    e.place?.lat,
    e.place?.lon,
    e.sentence,
    e.span.start,
    e.span.end,
    e.rule,
    e.confidence,
    e.text,
  ];
}

export const QUOTE_CSV_COLUMNS = [
  'id',
  'article_id',
  'date',
  'speaker_id',
  'speaker_code',
  'speaker_name',
  'kind',
  'cue',
  'text',
  'sentence',
  'start',
  'end',
  'rule',
  'confidence',
] as const;

export function quoteCsvFields(q: StoredQuote): (string | number | undefined)[] {
  return [
    q.id,
    q.articleId,
    q.date,
    q.speaker?.id,
    q.speaker?.code,
    q.speaker?.name,
    q.kind,
    q.cue,
    q.text,
    q.sentence,
    q.span.start,
    q.span.end,
    q.rule,
    q.confidence,
  ];
}
