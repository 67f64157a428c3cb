import { describe, expect, it } from 'vitest';
import { binaryProblem, decodeText, formatBytes, sizeProblem } from '../../src/ingest/decode.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('size limit', () => {
  it('says how large the file is and what the limit is', () => {
    expect(sizeProblem(12_300_000, 10_000_000, 'file')).toBe(
      'file is 12.3 MB, over the 10 MB limit (--max-bytes)',
    );
    expect(sizeProblem(2500, 2000, 'file')).toBe('file is 2.5 kB, over the 2 kB limit (--max-bytes)');
  });

  it('accepts a file exactly at the limit', () => {
    expect(sizeProblem(10_000_000, 10_000_000, 'file')).toBeUndefined();
  });

  it('falls back to exact byte counts when the rounded sizes would read the same', () => {
    expect(sizeProblem(10_040_000, 10_000_000, 'file')).toBe(
      'file is 10040000 bytes, over the 10000000-byte limit (--max-bytes)',
    );
  });

  it('formats sizes in decimal units', () => {
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1000)).toBe('1 kB');
    expect(formatBytes(3_500_000)).toBe('3.5 MB');
    expect(formatBytes(2e9)).toBe('2 GB');
  });
});

describe('binaryProblem', () => {
  it.each([
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), /PNG/],
    ['PDF', utf8('%PDF-1.7\n'), /PDF/],
    ['ZIP', bytes(0x50, 0x4b, 0x03, 0x04, 0x14), /ZIP/],
    ['gzip', bytes(0x1f, 0x8b, 0x08, 0x00), /gzip: decompress/],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), /JPEG/],
  ])('recognises %s by its magic number', (_, head, kind) => {
    const reason = binaryProblem(head);
    expect(reason).toMatch(/^binary file, not text/);
    expect(reason).toMatch(kind);
  });

  it('calls a file with NUL bytes near the start binary', () => {
    expect(binaryProblem(utf8('text\u0000more'))).toBe('binary file, not text');
  });

  it('looks only at the first 8 KB for NUL bytes', () => {
    const late = new Uint8Array(9000).fill(0x61);
    late[8500] = 0;
    expect(binaryProblem(late)).toBeUndefined();
  });

  it('names UTF-16 instead of calling it binary', () => {
    expect(binaryProblem(bytes(0xff, 0xfe, 0x61, 0x00))).toMatch(/^UTF-16 text, not UTF-8/);
    expect(binaryProblem(bytes(0xfe, 0xff, 0x00, 0x61))).toMatch(/^UTF-16/);
  });

  it('lets plain text through', () => {
    expect(binaryProblem(utf8('date 2022-01-22\nText “quoted”.'))).toBeUndefined();
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM and keeps the rest as written', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('  a\r\nb ')), 'file')).toEqual({ text: '  a\r\nb ' });
  });

  it('rejects empty and whitespace-only input as empty', () => {
    expect(decodeText(bytes(), 'file')).toEqual({ reason: 'empty file' });
    expect(decodeText(utf8(' \n\t\r\n '), 'file')).toEqual({ reason: 'empty file' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x0a), 'input')).toEqual({ reason: 'empty input' });
  });

  it('names the byte and line of invalid UTF-8', () => {
    const latin1 = bytes(...utf8('date 2022-01-01\nK'), 0xe9, 0x76);
    expect(decodeText(latin1, 'file')).toEqual({
      reason: 'invalid UTF-8 at byte 17: save the file as UTF-8',
      line: 2,
    });
  });

  it('rejects binary content', () => {
    expect(decodeText(utf8('%PDF-1.4 ...'), 'file')).toEqual({
      reason: expect.stringMatching(/^binary file/),
    });
  });
});
