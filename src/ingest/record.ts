/**
 * One record of a structured input (a JSON object, a CSV row) turned into an article. JSON Lines and CSV
 * share this so the same field names and the same reasons apply to both.
 */
import type { Origin, RawArticle } from '../core/article.js';
import { parseDate } from './dates.js';
import type { ReaderContext, ReadResult } from './result.js';
import { rejection } from './result.js';

const TEXT_FIELDS = ['text', 'body', 'content'] as const;
const DATE_FIELDS = ['date', 'published'] as const;

/**
 * @param where how the reason names the record (`line 7`, `item 3`), or undefined when the input is the record.
 */
export function recordToArticle(
  record: Readonly<Record<string, unknown>>,
  origin: Origin,
  ctx: ReaderContext,
  where: string | undefined,
): ReadResult {
  const reject = (reason: string) => rejection(origin, where === undefined ? reason : `${where}: ${reason}`);

  const textField = findField(record, TEXT_FIELDS, (v) => v !== undefined && v !== null);
  if (textField === undefined) return reject(`missing field 'text' (or 'body', 'content')`);
  const text = record[textField];
  if (typeof text !== 'string') return reject(`field '${textField}' must be a string, got ${typeName(text)}`);
  if (!/\S/.test(text)) return reject(`field '${textField}' is empty`);

  let published = ctx.defaultDate;
  const dateField = findField(record, DATE_FIELDS, isPresent);
  if (dateField !== undefined) {
    const value = record[dateField];
    if (typeof value !== 'string') {
      return reject(`field '${dateField}' must be a date string like YYYY-MM-DD, got ${typeName(value)}`);
    }
    published = parseDate(value);
    if (published === undefined) {
      return reject(`field '${dateField}' is not a date: ${JSON.stringify(clip(value))} (use YYYY-MM-DD)`);
    }
  }
  if (published === undefined) return reject(`no date: add a 'date' field or pass --date`);

  const title = metadata(record, 'title');
  const url = metadata(record, 'url');
  const source = metadata(record, 'source');
  const externalId = metadata(record, 'id');
  const article: RawArticle = {
    kind: 'article',
    text,
    published,
    ...(title === undefined ? {} : { title }),
    ...(url === undefined ? {} : { url }),
    ...(source === undefined ? {} : { source }),
    ...(externalId === undefined ? {} : { externalId }),
    origin,
  };
  return article;
}

/** null and blank strings count as absent: exports write both for "no value" (Reuters has `"url": null`). */
function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && !/\S/.test(value));
}

/** The first of `names` present in the record, matched exactly and then ignoring case. */
function findField(
  record: Readonly<Record<string, unknown>>,
  names: readonly string[],
  present: (value: unknown) => boolean,
): string | undefined {
  for (const name of names) {
    if (present(record[name])) return name;
    const key = Object.keys(record).find((k) => k.toLowerCase() === name && present(record[k]));
    if (key !== undefined) return key;
  }
  return undefined;
}

/**
 * Optional string fields. Values of other types are dropped rather than rejecting the article: a text with
 * an odd `source` object is still worth reading. Numeric ids are common enough to keep.
 */
function metadata(record: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const key = findField(record, [name], isPresent);
  const value = key === undefined ? undefined : record[key];
  if (typeof value === 'string') return value;
  if (name === 'id' && typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
