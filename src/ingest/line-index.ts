/**
 * Maps byte offsets of a buffer to 1-based line numbers, counting `\r\n`, `\n` and a lone `\r` as one line
 * break each. The CSV parser reports positions in bytes and its own line count is off for CRLF files.
 */
export class LineIndex {
  readonly #bytes: Uint8Array;
  readonly #starts: number[] = [0];

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
      if (b === 0x0d || b === 0x0a) this.#starts.push(i + 1);
    }
  }

  /** The line holding the byte at `offset`; a line break belongs to the line it ends. */
  lineOf(offset: number): number {
    let [lo, hi] = [0, this.#starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The line of the first non-whitespace byte at or after `offset`: where the next record starts. */
  nextContentLine(offset: number): number {
    let i = offset;
    while (i < this.#bytes.length && [0x09, 0x0a, 0x0d, 0x20].includes(this.#bytes[i]!)) i++;
    return this.lineOf(Math.min(i, Math.max(0, this.#bytes.length - 1)));
  }
}

/** Line breaks inside a string, counted as LineIndex counts them. */
export function countLineBreaks(s: string): number {
  return s.match(/\r\n|\r|\n/g)?.length ?? 0;
}
