import type { Article, RawArticle, Rejection } from '../core/article.js';
import { articleId } from '../core/identity.js';
import { normalizeText } from '../nlp/normalize.js';

/**
 * Turns what a reader found into an article: the date from the input or the default, the id from the
 * normalised text. An article with no date, or no text once normalised, is rejected with the reason.
 */
export function prepareArticle(raw: RawArticle, defaultDate?: string): Article | Rejection {
  const published = raw.published ?? defaultDate;
  if (published === undefined) {
    return {
      kind: 'rejection',
      origin: raw.origin,
      reason: "no date: add a first line 'date YYYY-MM-DD' or pass --date",
    };
  }
  const normalized = normalizeText(raw.text).text;
  if (normalized.length === 0) return { kind: 'rejection', origin: raw.origin, reason: 'no text' };
  return {
    id: articleId(normalized, published),
    published,
    text: raw.text,
    lang: 'en',
    ...(raw.title !== undefined && { title: raw.title }),
    ...(raw.url !== undefined && { url: raw.url }),
    ...(raw.source !== undefined && { source: raw.source }),
    ...(raw.externalId !== undefined && { externalId: raw.externalId }),
  };
}
