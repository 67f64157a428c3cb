/** What every reader yields, and the context a reader is given. */
import type { Origin, RawArticle, Rejection } from '../core/article.js';

export type ReadResult = RawArticle | Rejection;

export interface ReaderContext {
  /** The path as given or joined, or `-` for standard input: every origin carries it. */
  readonly file: string;
  /** YYYY-MM-DD from --date, for articles that carry no date of their own. */
  readonly defaultDate?: string;
}

export function rejection(origin: Origin, reason: string): Rejection {
  return { kind: 'rejection', origin, reason };
}

/** A rejection for one line of a line-based input; the reason names the line too, as it is read alone. */
export function lineRejection(file: string, line: number, reason: string): Rejection {
  return rejection({ file, line }, `line ${line}: ${reason}`);
}
