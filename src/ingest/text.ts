/**
 * Plain text, one article per file, in the seed format: an optional first line `date YYYY-MM-DD`, then the
 * body. The body may follow on the same line as the date (`date 2022-01-22 Amid…`), as in the seed files.
 * The body is passed on exactly as written; only the header and the whitespace after it are cut off.
 */
import type { RawArticle } from '../core/article.js';
import { parseDate } from './dates.js';
import type { ReaderContext, ReadResult } from './result.js';
import { lineRejection, rejection } from './result.js';

export const NO_DATE = "no date: add a first line 'date YYYY-MM-DD' or pass --date";

export function readText(text: string, ctx: ReaderContext): ReadResult {
  const header = parseHeader(text);
  if (header?.kind === 'invalid') {
    return lineRejection(
      ctx.file,
      header.line,
      `${JSON.stringify(header.value)} is not a valid date (use YYYY-MM-DD)`,
    );
  }
  const published = header?.date ?? ctx.defaultDate;
  if (published === undefined) return rejection({ file: ctx.file }, NO_DATE);
  const body = header === undefined ? text : text.slice(header.bodyStart);
  if (!/\S/.test(body)) return rejection({ file: ctx.file }, 'no text after the date line');
  const article: RawArticle = { kind: 'article', text: body, published, origin: { file: ctx.file } };
  return article;
}

type Header =
  | { readonly kind: 'date'; readonly date: string; readonly bodyStart: number }
  | { readonly kind: 'invalid'; readonly value: string; readonly line: number };

const KEYWORD = /^(\s*)date:?[ \t]+/i;
/** Looks like someone meant a date (so a typo is reported, not read as prose): 2022-02-30, 01/02/2022. */
const NUMERIC_DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;
const WRITTEN_DATE = /^(?:\d{1,2}\s+[a-z]+\.?,?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4})$/i;

function parseHeader(text: string): Header | undefined {
  const keyword = KEYWORD.exec(text);
  if (!keyword) return undefined;
  const line = 1 + countNewlines(keyword[1] ?? '');
  const from = keyword[0].length;
  const newline = text.indexOf('\n', from);
  const lineEnd = newline === -1 ? text.length : newline;
  const rest = text.slice(from, lineEnd).trim();

  const wholeLine = parseDate(rest);
  if (wholeLine !== undefined) return { kind: 'date', date: wholeLine, bodyStart: skipSpace(text, lineEnd) };

  const token = /^\S+/.exec(rest)?.[0] ?? '';
  const sameLine = parseDate(token);
  if (sameLine !== undefined) {
    return {
      kind: 'date',
      date: sameLine,
      bodyStart: skipSpace(text, text.indexOf(token, from) + token.length),
    };
  }
  if (NUMERIC_DATE.test(token) || WRITTEN_DATE.test(rest)) return { kind: 'invalid', value: rest, line };
  // "Date night ideas…": an article that happens to start with the word, not a header.
  return undefined;
}

function skipSpace(text: string, from: number): number {
  const next = /\S/g;
  next.lastIndex = from;
  return next.exec(text)?.index ?? text.length;
}

function countNewlines(s: string): number {
  let n = 0;
  for (const c of s) if (c === '\n') n++;
  return n;
}
