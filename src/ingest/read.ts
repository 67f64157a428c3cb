/**
 * The entry point of ingestion: paths in, articles and rejections out, in input order. A bad input never
 * stops the run; it becomes a Rejection with its origin and a reason, and the next input is read.
 */
import type { RawArticle, Rejection } from '../core/article.js';
import { parseDate } from './dates.js';
import { readFile } from './file.js';
import type { ReaderContext } from './result.js';
import { readStdin } from './stdin.js';
import { expandPath } from './walk.js';

export interface ReadOptions {
  /** YYYY-MM-DD given to articles that carry no date of their own (--date). */
  readonly date?: string;
  /** Files larger than this many bytes are rejected unread (--max-bytes). */
  readonly maxBytes: number;
  /** Read for the path `-`; process.stdin when absent. */
  readonly stdin?: NodeJS.ReadableStream;
  /** The format of standard input; sniffed from its first character when absent. */
  readonly stdinFormat?: 'text' | 'jsonl' | 'csv' | 'html';
}

/** The path that stands for standard input. */
export const STDIN_PATH = '-';

/**
 * Reads files, directories (recursively, in sorted order, skipping dotfiles and READMEs) and `-` for
 * standard input, yielding each article or rejection as soon as it is read.
 *
 * @throws RangeError before reading anything when `options.date` is not a date.
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions,
): AsyncGenerator<RawArticle | Rejection> {
  const defaultDate = options.date === undefined ? undefined : parseDate(options.date);
  if (options.date !== undefined && defaultDate === undefined) {
    throw new RangeError(`--date ${JSON.stringify(options.date)} is not a date: use YYYY-MM-DD`);
  }
  const context = (file: string): ReaderContext =>
    defaultDate === undefined ? { file } : { file, defaultDate };

  for (const path of paths) {
    if (path === STDIN_PATH) {
      yield* readStdin(options.stdin ?? process.stdin, context(path), options.maxBytes, options.stdinFormat);
      continue;
    }
    for await (const entry of expandPath(path)) {
      if (typeof entry === 'string') yield* readFile(entry, context(entry), options.maxBytes);
      else yield entry;
    }
  }
}
