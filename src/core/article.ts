/** Where an input record came from: the file (or `-` for stdin) and, for line-based formats, the 1-based line. */
export interface Origin {
  readonly file: string;
  readonly line?: number;
}

/** An article as a reader found it, before normalisation. `published` is YYYY-MM-DD when the input had a date. */
export interface RawArticle {
  readonly kind: 'article';
  readonly text: string;
  readonly published?: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  /** The id the input gave the article, if any (kept for reference; our id is the content hash). */
  readonly externalId?: string;
  readonly origin: Origin;
}

/** An input that could not become an article, with a reason a person can act on. */
export interface Rejection {
  readonly kind: 'rejection';
  readonly origin: Origin;
  readonly reason: string;
}

/** A stored article. `id` is the sha256 of the normalised text and the date; `text` is the original text. */
export interface Article {
  readonly id: string;
  readonly published: string;
  readonly text: string;
  readonly lang: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  readonly externalId?: string;
}

export function describeOrigin(origin: Origin): string {
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
}

/** One line for a rejection: where, then why (readers that name the line in the reason are not repeated). */
export function describeRejection(rejection: Rejection): string {
  const { origin, reason } = rejection;
  const where = reason.startsWith(`line ${origin.line}:`) ? origin.file : describeOrigin(origin);
  return `${where}: ${reason}`;
}
