/** Hands decoded text to the reader for its format. */
import { readCsv } from './csv.js';
import type { Format } from './format.js';
import { readHtml } from './html.js';
import { readJson, readJsonLines } from './jsonl.js';
import { splitLines } from './lines.js';
import type { ReaderContext, ReadResult } from './result.js';
import { readText } from './text.js';

export async function* readDecoded(
  format: Format,
  text: string,
  ctx: ReaderContext,
): AsyncGenerator<ReadResult> {
  switch (format) {
    case 'text':
      yield readText(text, ctx);
      return;
    case 'jsonl':
      yield* readJsonLines(splitLines([text]), ctx);
      return;
    case 'json':
      yield* readJson(text, ctx);
      return;
    case 'csv':
      yield* readCsv(text, ctx, ',');
      return;
    case 'tsv':
      yield* readCsv(text, ctx, '\t');
      return;
    case 'html':
      yield await readHtml(text, ctx);
      return;
  }
}
