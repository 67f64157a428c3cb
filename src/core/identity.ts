import { createHash } from 'node:crypto';

/** An article's id: the sha256 of its normalised text and its date, so the same report twice is one article. */
export function articleId(normalizedText: string, published: string): string {
  return createHash('sha256').update(published).update('\n').update(normalizedText).digest('hex');
}

/** A record id derived from the article and what identifies the record within it: stable across re-runs. */
export function recordId(articleId: string, ...parts: readonly (string | number)[]): string {
  return createHash('sha256').update(articleId).update(parts.join('\u0001')).digest('hex').slice(0, 20);
}
