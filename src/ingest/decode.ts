/**
 * Whole-input checks that run before any format is parsed, so that a PDF, a gzip archive or a Latin-1 file
 * gets one clear reason instead of a cascade of parse errors from the reader that happened to get it.
 */
import { createReadStream } from 'node:fs';
import { findInvalidUtf8, Utf8Validator } from './utf8.js';

/** How much of the start is inspected for NUL bytes and magic numbers. */
export const HEAD_BYTES = 8192;

/** What is being checked, for messages: a named file, or standard input. */
export type Noun = 'file' | 'input';

/** Why an input cannot be read, and the 1-based line concerned when there is one. */
export interface Problem {
  readonly reason: string;
  readonly line?: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function bomLength(bytes: Uint8Array): number {
  return UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
}

/** Decimal units (1 MB = 1,000,000 bytes), as file managers and `ls --si` show them. */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} bytes`;
  const [value, unit] = n < 1e6 ? [n / 1e3, 'kB'] : n < 1e9 ? [n / 1e6, 'MB'] : [n / 1e9, 'GB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/** `file is 12.3 MB, over the 10 MB limit (--max-bytes)`, or undefined when within the limit. */
export function sizeProblem(size: number, maxBytes: number, noun: Noun): string | undefined {
  if (size <= maxBytes) return undefined;
  let [shown, limit] = [formatBytes(size), formatBytes(maxBytes)];
  // 10.04 MB against 10 MB would read "10 MB, over the 10 MB limit": fall back to exact counts.
  if (shown === limit) [shown, limit] = [`${size} bytes`, `${maxBytes}-byte`];
  return `${noun} is ${shown}, over the ${limit} limit (--max-bytes)`;
}

/** For a stream whose full size is unknown because reading stopped at the limit. */
export function streamSizeProblem(maxBytes: number, noun: Noun): string {
  return `${noun} is over the ${formatBytes(maxBytes)} limit (--max-bytes)`;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Signatures of formats people plausibly drop into a news folder by mistake, with what to do about them. */
const MAGIC: ReadonlyArray<{ readonly bytes: readonly number[]; readonly kind: string }> = [
  { bytes: [0x89, ...ascii('PNG')], kind: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: ascii('GIF8'), kind: 'GIF image' },
  { bytes: ascii('%PDF-'), kind: 'PDF: extract its text first' },
  { bytes: [...ascii('PK'), 0x03, 0x04], kind: 'ZIP archive or Office document: extract its text first' },
  { bytes: [...ascii('PK'), 0x05, 0x06], kind: 'empty ZIP archive' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'legacy Office document: extract its text first',
  },
  { bytes: [0x1f, 0x8b], kind: 'gzip: decompress it first' },
  { bytes: [0xfd, ...ascii('7zXZ'), 0x00], kind: 'xz: decompress it first' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'zstd: decompress it first' },
  { bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c], kind: '7-Zip archive' },
  { bytes: [0x7f, ...ascii('ELF')], kind: 'executable' },
  { bytes: ascii('SQLite format 3'), kind: 'SQLite database' },
];

/** A reason when the first bytes show the input is not UTF-8 text, else undefined. */
export function binaryProblem(head: Uint8Array): string | undefined {
  const startsWith = (sig: readonly number[]): boolean => sig.every((b, i) => head[i] === b);
  // UTF-16/32 text is full of NUL bytes, but calling it binary would hide the easy fix.
  if (startsWith([0xff, 0xfe, 0, 0]) || startsWith([0, 0, 0xfe, 0xff]))
    return 'UTF-32 text, not UTF-8: save it as UTF-8';
  if (startsWith([0xff, 0xfe]) || startsWith([0xfe, 0xff])) return 'UTF-16 text, not UTF-8: save it as UTF-8';
  const magic = MAGIC.find((m) => startsWith(m.bytes));
  if (magic) return `binary file, not text (${magic.kind})`;
  if (head.subarray(0, HEAD_BYTES).includes(0)) return 'binary file, not text';
  return undefined;
}

function emptyProblem(noun: Noun): Problem {
  return { reason: `empty ${noun}` };
}

function utf8Problem(at: { offset: number; line: number }, noun: Noun): Problem {
  return { reason: `invalid UTF-8 at byte ${at.offset}: save the ${noun} as UTF-8`, line: at.line };
}

/** Decodes a whole input held in memory after every check; the BOM, if any, is dropped. */
export function decodeText(bytes: Uint8Array, noun: Noun): { readonly text: string } | Problem {
  if (bytes.length === 0) return emptyProblem(noun);
  const binary = binaryProblem(bytes);
  if (binary) return { reason: binary };
  let text: string;
  try {
    // ignoreBOM false (the default) makes the decoder strip a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return utf8Problem(findInvalidUtf8(bytes) ?? { offset: 0, line: 1 }, noun);
  }
  if (!/\S/.test(text)) return emptyProblem(noun);
  return { text };
}

const ASCII_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/**
 * Checks a file for UTF-8 validity and emptiness by streaming it, for inputs that are then read line by
 * line: a large JSON Lines shard is never held whole, yet a bad byte on its last line still rejects the
 * whole file before any record is taken from it, as for every other format.
 */
export async function checkFileStream(path: string, noun: Noun): Promise<Problem | undefined> {
  const validator = new Utf8Validator();
  let blank = true;
  let start = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const invalid = validator.push(chunk);
    if (invalid) return utf8Problem(invalid, noun);
    if (blank) {
      const from = start ? bomLength(chunk) : 0;
      blank = chunk.subarray(from).every((b) => ASCII_SPACE.has(b));
    }
    start = false;
  }
  const truncated = validator.end();
  if (truncated) return utf8Problem(truncated, noun);
  return blank ? emptyProblem(noun) : undefined;
}
