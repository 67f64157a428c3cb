import { describe, expect, it } from 'vitest';
import { findInvalidUtf8, Utf8Validator } from '../../src/ingest/utf8.js';

const fatal = new TextDecoder('utf-8', { fatal: true });
function decodes(bytes: Uint8Array): boolean {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Utf8Validator', () => {
  it('accepts valid UTF-8 of every width', () => {
    expect(findInvalidUtf8(new TextEncoder().encode('a é € 😀 “quotes”'))).toBeUndefined();
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a Latin-1 é', [0x4b, 0xe9, 0x76], 1],
    ['an overlong encoding', [0x41, 0xc0, 0xaf], 1],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut off at the end', [0x61, 0x62, 0xe2, 0x82], 2],
    ['a byte never used in UTF-8', [0x61, 0xff], 1],
  ])('finds %s and reports where the sequence starts', (_, bytes, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))?.offset).toBe(offset);
  });

  it('reports the line of the bad byte', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('one\ntwo\nthr'), 0xe9, 0x65]);
    expect(findInvalidUtf8(bytes)).toEqual({ offset: 11, line: 3 });
  });

  it('finds a sequence split across chunks, with offsets counted over the whole input', () => {
    const validator = new Utf8Validator();
    expect(validator.push(Uint8Array.from([0x61, 0xe2]))).toBeUndefined();
    expect(validator.push(Uint8Array.from([0x82, 0xac, 0x62, 0xe2]))).toBeUndefined();
    expect(validator.push(Uint8Array.from([0x41]))).toEqual({ offset: 5, line: 1 });
  });

  it('agrees with TextDecoder({ fatal: true }) on random bytes, fed whole or in chunks', () => {
    const next = random(42);
    const alphabet = [
      0x0a, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef,
    ];
    alphabet.push(0xf0, 0xf1, 0xf4, 0xf5, 0xff);
    for (let round = 0; round < 3000; round++) {
      const length = 1 + Math.floor(next() * 8);
      const bytes = Uint8Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]!);
      const whole = findInvalidUtf8(bytes);
      expect(whole === undefined, `bytes ${[...bytes].map((b) => b.toString(16))}`).toBe(decodes(bytes));
      if (whole) expect(decodes(bytes.subarray(0, whole.offset))).toBe(true);

      const validator = new Utf8Validator();
      const cut = Math.floor(next() * length);
      const chunked =
        validator.push(bytes.subarray(0, cut)) ?? validator.push(bytes.subarray(cut)) ?? validator.end();
      expect(chunked).toEqual(whole);
    }
  });
});
