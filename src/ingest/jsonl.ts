/**
 * JSON Lines: one object per line, `{id?, url?, title?, source?, date | published, text}`. A bad line is
 * rejected on its own and the rest go on, since corpora of thousands of records often have a few broken ones.
 */
import { splitLines } from './lines.js';
import { recordToArticle } from './record.js';
import type { ReaderContext, ReadResult } from './result.js';
import { lineRejection, rejection } from './result.js';

export async function* readJsonLines(
  lines: AsyncIterable<string> | Iterable<string>,
  ctx: ReaderContext,
): AsyncGenerator<ReadResult> {
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!/\S/.test(line)) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield lineRejection(ctx.file, n, `malformed JSON (${errorMessage(error)})`);
      continue;
    }
    if (!isObject(value)) {
      yield lineRejection(ctx.file, n, `expected a JSON object, got ${describe(value)}`);
      continue;
    }
    yield recordToArticle(value, { file: ctx.file, line: n }, ctx, `line ${n}`);
  }
}

/**
 * A `.json` file or JSON on standard input: a whole document (an array of records, or a single object,
 * possibly pretty-printed) when it parses as one, else JSON Lines. Trying the document first avoids one
 * "malformed JSON" per line of a pretty-printed file.
 */
export async function* readJson(text: string, ctx: ReaderContext): AsyncGenerator<ReadResult> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    yield* readJsonLines(splitLines([text]), ctx);
    return;
  }
  if (Array.isArray(document)) {
    for (const [i, item] of document.entries()) {
      const where = `item ${i + 1}`;
      yield isObject(item)
        ? recordToArticle(item, { file: ctx.file }, ctx, where)
        : rejection({ file: ctx.file }, `${where}: expected a JSON object, got ${describe(item)}`);
    }
    if (document.length === 0) yield rejection({ file: ctx.file }, 'empty JSON array');
  } else if (isObject(document)) {
    yield recordToArticle(document, { file: ctx.file }, ctx, undefined);
  } else {
    yield rejection(
      { file: ctx.file },
      `expected a JSON object or an array of objects, got ${describe(document)}`,
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** V8 quotes the offending source in its message; a long line would make the reason unreadable. */
function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 160 ? `${message.slice(0, 160)}…` : message;
}
