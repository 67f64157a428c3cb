/** Standard input, the path `-`: read whole (it cannot be sized or re-read), then checked like a file. */
import { Buffer } from 'node:buffer';
import { decodeText, streamSizeProblem } from './decode.js';
import { readDecoded } from './dispatch.js';
import type { Format } from './format.js';
import { sniffFormat } from './format.js';
import type { ReaderContext, ReadResult } from './result.js';
import { rejection } from './result.js';

export async function* readStdin(
  stream: NodeJS.ReadableStream,
  ctx: ReaderContext,
  maxBytes: number,
  format: Format | undefined,
): AsyncGenerator<ReadResult> {
  const origin = { file: ctx.file };
  const bytes = await readLimited(stream, maxBytes);
  if (bytes === undefined) {
    yield rejection(origin, streamSizeProblem(maxBytes, 'input'));
    return;
  }
  const decoded = decodeText(bytes, 'input');
  if ('reason' in decoded) {
    yield rejection(decoded.line === undefined ? origin : { ...origin, line: decoded.line }, decoded.reason);
    return;
  }
  yield* readDecoded(format ?? sniffFormat(decoded.text.slice(0, 1024)), decoded.text, ctx);
}

/** The stream's bytes, or undefined once they pass `maxBytes`: reading stops there, not at the end. */
async function readLimited(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    if (total > maxBytes) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
