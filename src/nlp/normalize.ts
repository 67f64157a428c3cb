/**
 * Text normalisation with an offset map. Later stages work on the normalised text; `starts`/`ends` give the
 * original range of each normalised code unit, so every span maps back to the original text.
 *
 * What it does, and why:
 * - Unicode NFC, so "é" typed two ways matches one dictionary entry;
 * - curly, low and angle quotes to ASCII quotes, so quote and apostrophe rules are written once; two
 *   apostrophes or two backticks in a row (the typewriter way some archives write a double quote) to one `"`;
 * - CR/CRLF to LF, exotic spaces and tabs to one space, runs of spaces collapsed, more than one blank line
 *   collapsed to one, zero-width characters and soft hyphens dropped, the ends trimmed.
 */
export interface NormalizedText {
  readonly text: string;
  /** Original offset where normalised code unit i starts. */
  readonly starts: Int32Array;
  /** Original offset just after the original character(s) normalised code unit i came from. */
  readonly ends: Int32Array;
}

const DOUBLE_QUOTES = new Set([
  0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0x301d, 0x301e, 0xff02,
]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a]);
const DROPPED = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

function isHorizontalSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

const COMBINING = /\p{M}/u;

export function normalizeText(original: string): NormalizedText {
  const source = original.normalize('NFC') === original ? original : null;
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (char: string, from: number, to: number): void => {
    out.push(char);
    starts.push(from);
    ends.push(to);
  };
  let pendingSpace = -1; // original offset of a pending collapsed space, -1 when none
  let newlines = 0; // newlines seen in the current whitespace run
  let newlineAt = -1;

  const flushWhitespace = (): void => {
    if (out.length === 0) {
      pendingSpace = -1;
      newlines = 0;
      return;
    }
    if (newlines > 0) {
      const count = Math.min(newlines, 2);
      for (let k = 0; k < count; k++) {
        emit('\n', newlineAt, newlineAt + 1);
      }
    } else if (pendingSpace >= 0) {
      emit(' ', pendingSpace, pendingSpace + 1);
    }
    pendingSpace = -1;
    newlines = 0;
  };

  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (code === 0x0d || code === 0x0a || code === 0x2028 || code === 0x2029) {
      if (newlines === 0) newlineAt = i;
      newlines += code === 0x2029 ? 2 : 1;
      i += code === 0x0d && original.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      continue;
    }
    if (isHorizontalSpace(code)) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    if (DROPPED.has(code)) {
      i++;
      continue;
    }
    flushWhitespace();
    if (DOUBLE_QUOTES.has(code)) {
      emit('"', i, i + 1);
      i++;
      continue;
    }
    if ((code === 0x27 || code === 0x60) && original.charCodeAt(i + 1) === code) {
      emit('"', i, i + 2);
      i += 2;
      continue;
    }
    if (SINGLE_QUOTES.has(code)) {
      emit("'", i, i + 1);
      i++;
      continue;
    }
    if (source !== null) {
      emit(original[i]!, i, i + 1);
      i++;
      continue;
    }
    // Not NFC: normalise one base character with the combining marks that follow it, mapping the result to it.
    const start = i;
    const first = original.codePointAt(i)!;
    i += first > 0xffff ? 2 : 1;
    while (i < original.length) {
      const next = original.codePointAt(i)!;
      if (!COMBINING.test(String.fromCodePoint(next))) break;
      i += next > 0xffff ? 2 : 1;
    }
    const segment = original.slice(start, i).normalize('NFC');
    for (let k = 0; k < segment.length; k++) {
      emit(segment[k]!, start, i);
    }
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Maps a normalised [start, end) range back to the original text. */
export function toOriginalSpan(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.starts.length ? norm.starts[start]! : (norm.ends[norm.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}
