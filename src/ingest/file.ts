/** One file, from the checks on its bytes to the reader for its format. */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Problem } from './decode.js';
import { binaryProblem, bomLength, checkFileStream, decodeText, HEAD_BYTES, sizeProblem } from './decode.js';
import { readDecoded } from './dispatch.js';
import type { Format } from './format.js';
import { formatFromName, sniffFormat } from './format.js';
import { fsReason, isFsError } from './fs-errors.js';
import { readJsonLines } from './jsonl.js';
import { splitLines } from './lines.js';
import type { ReaderContext, ReadResult } from './result.js';
import { rejection } from './result.js';

export async function* readFile(
  file: string,
  ctx: ReaderContext,
  maxBytes: number,
): AsyncGenerator<ReadResult> {
  const loaded = await load(file, maxBytes);
  if ('reason' in loaded) {
    yield rejection(loaded.line === undefined ? { file } : { file, line: loaded.line }, loaded.reason);
  } else if ('text' in loaded) {
    yield* readDecoded(loaded.format, loaded.text, ctx);
  } else {
    yield* streamJsonLines(file, ctx, loaded.bom);
  }
}

/** A file's decoded text, or for JSON Lines only the go-ahead to stream it, or why it cannot be read. */
type Loaded = Problem | { readonly format: Format; readonly text: string } | { readonly bom: number };

async function load(file: string, maxBytes: number): Promise<Loaded> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, 'r');
    // Size and the first bytes are checked before reading the rest: a 2 GB video is never loaded.
    const { size } = await handle.stat();
    if (size === 0) return { reason: 'empty file' };
    const tooLarge = sizeProblem(size, maxBytes, 'file');
    if (tooLarge) return { reason: tooLarge };
    const buffer = new Uint8Array(Math.min(size, HEAD_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    const binary = binaryProblem(head);
    if (binary) return { reason: binary };

    const format = formatFromName(file) ?? sniffFormat(new TextDecoder().decode(head));
    if (format === 'jsonl') return { bom: bomLength(head) };
    // The head was read at an explicit position, so the handle still reads from the start here.
    const decoded = decodeText(await handle.readFile(), 'file');
    return 'reason' in decoded ? decoded : { format, text: decoded.text };
  } catch (error) {
    if (!isFsError(error)) throw error;
    return { reason: fsReason(error) };
  } finally {
    await handle?.close();
  }
}

/** JSON Lines shards can be large: checked, then read, as a stream of lines rather than one string. */
async function* streamJsonLines(file: string, ctx: ReaderContext, bom: number): AsyncGenerator<ReadResult> {
  try {
    const problem = await checkFileStream(file, 'file');
    if (problem) {
      yield rejection(problem.line === undefined ? { file } : { file, line: problem.line }, problem.reason);
      return;
    }
    const chunks = createReadStream(file, { encoding: 'utf8', start: bom }) as AsyncIterable<string>;
    yield* readJsonLines(splitLines(chunks), ctx);
  } catch (error) {
    if (!isFsError(error)) throw error;
    // A read error part-way (a file removed or a disk failing) ends this file, not the whole run.
    yield rejection({ file }, fsReason(error));
  }
}
