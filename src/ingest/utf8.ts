/**
 * Finds where UTF-8 goes wrong. TextDecoder({ fatal: true }) says *that* bytes are invalid but not *where*;
 * a person fixing the file needs the position. This follows the WHATWG UTF-8 decoder, the algorithm
 * TextDecoder implements, so both agree on what counts as invalid (overlongs, surrogates, > U+10FFFF,
 * truncated sequences). It is incremental so a file can be checked chunk by chunk without holding it.
 */
export class Utf8Validator {
  #offset = 0;
  #line = 1;
  #needed = 0;
  #seen = 0;
  #lower = 0x80;
  #upper = 0xbf;
  #lead = 0;
  #leadLine = 1;

  /** Feeds the next bytes. Returns the error position when an invalid sequence is found, else undefined. */
  push(bytes: Uint8Array): Utf8Error | undefined {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const at = this.#offset + i;
      if (this.#needed === 0) {
        if (b < 0x80) {
          if (b === 0x0a) this.#line++;
          continue;
        }
        if (b >= 0xc2 && b <= 0xdf) this.#needed = 1;
        else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) this.#lower = 0xa0;
          if (b === 0xed) this.#upper = 0x9f;
          this.#needed = 2;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) this.#lower = 0x90;
          if (b === 0xf4) this.#upper = 0x8f;
          this.#needed = 3;
        } else return { offset: at, line: this.#line };
        this.#lead = at;
        this.#leadLine = this.#line;
        continue;
      }
      // The error is reported at the start of the broken sequence: that is the character to fix.
      if (b < this.#lower || b > this.#upper) return { offset: this.#lead, line: this.#leadLine };
      this.#lower = 0x80;
      this.#upper = 0xbf;
      if (++this.#seen === this.#needed) this.#needed = this.#seen = 0;
    }
    this.#offset += bytes.length;
    return undefined;
  }

  /** Call once after the last bytes: a sequence cut off by the end of input is an error too. */
  end(): Utf8Error | undefined {
    return this.#needed === 0 ? undefined : { offset: this.#lead, line: this.#leadLine };
  }
}

/** Where the first invalid UTF-8 sequence starts: a 0-based byte offset and the 1-based line holding it. */
export interface Utf8Error {
  readonly offset: number;
  readonly line: number;
}

export function findInvalidUtf8(bytes: Uint8Array): Utf8Error | undefined {
  const validator = new Utf8Validator();
  return validator.push(bytes) ?? validator.end();
}
