import type { Token } from '../../core/records.js';

/** A stretch of text between quotation marks. Token indices; `close` is -1 when the paragraph ended first. */
export interface QuotedSegment {
  /** First and one-past-last token inside the marks. */
  readonly start: number;
  readonly end: number;
  readonly open: number;
  readonly close: number;
  readonly mark: '"' | "'";
  readonly paragraph: number;
  /** The segment this one carries on: a quote left open at a paragraph's end, reopened at the next one's start. */
  readonly continues?: number;
}

type Role = 'open' | 'close' | 'either';

const OPENING_CURLY = new Set(['\u201c', '\u201e', '\u2018', '\u201a', '\u00ab']);
const CLOSING_CURLY = new Set(['\u201d', '\u2019', '\u00bb']);
/** Punctuation a quote may open right after ("(“", "—“") or close right before (”. ”,). */
const OPENERS = new Set(['(', '[', '—', '–', '-', ':']);
const CLOSERS = new Set(['.', ',', ';', ':', '?', '!', ')', ']', '—', '–']);

/** Paragraph index of each token: a line break in the whitespace before a token starts a new paragraph. */
export function paragraphsOf(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i]!.space.includes('\n')) p++;
    out[i] = p;
  }
  return out;
}

/**
 * What a quotation mark token does, read from the spacing: a mark after a space and before a word opens, one
 * after a word and before a space closes. Where spacing cannot tell, a curly mark in the original text does.
 */
function roleOf(tokens: readonly Token[], text: string, i: number, paragraph: Int32Array): Role {
  const spacing = roleBySpacing(tokens, i, paragraph);
  if (spacing !== 'either') return spacing;
  // Spacing cannot tell ("word"word, " alone): trust the curly mark, which converters sometimes turn the wrong way.
  const original = text.charAt(tokens[i]!.span.start);
  if (OPENING_CURLY.has(original)) return 'open';
  if (CLOSING_CURLY.has(original) && original !== '\u2019') return 'close';
  return 'either';
}

function roleBySpacing(tokens: readonly Token[], i: number, paragraph: Int32Array): Role {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const startsHere = before === undefined || paragraph[i - 1] !== paragraph[i];
  const endsHere = after === undefined || paragraph[i + 1] !== paragraph[i];
  const spaceBefore = startsHere || token.space !== '' || OPENERS.has(before.text);
  const spaceAfter = endsHere || after.space !== '' || CLOSERS.has(after.text);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

/**
 * Finds quoted stretches paragraph by paragraph. Double marks pair up in order; a quote still open when its
 * paragraph ends runs to that end, and when the next paragraph opens with a mark, that quote continues it
 * (the news convention for a quotation over several paragraphs). Single marks count only outside double
 * quotes, and only when they pair within a sentence, so apostrophes (Russia's, the girls' game, '90s) are
 * never read as quotation marks.
 */
export function findQuotedSegments(tokens: readonly Token[], text: string): QuotedSegment[] {
  const paragraph = paragraphsOf(tokens);
  const doubles = pairDoubles(tokens, text, paragraph);
  const inside = new Uint8Array(tokens.length);
  for (const s of doubles) for (let t = s.open; t <= (s.close < 0 ? s.end - 1 : s.close); t++) inside[t] = 1;
  const all = [...doubles, ...pairSingles(tokens, text, paragraph, inside)]
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.open - b.open);
  // `continues` held the opening token of the segment continued; turn it into that segment's index.
  const byOpen = new Map(all.map((s, i) => [s.open, i]));
  return all.map((s) => {
    if (s.continues === undefined) return s;
    const { continues, ...rest } = s;
    const index = byOpen.get(continues);
    return index === undefined ? rest : { ...rest, continues: index };
  });
}

function pairDoubles(tokens: readonly Token[], text: string, paragraph: Int32Array): QuotedSegment[] {
  const out: QuotedSegment[] = [];
  let open = -1;
  let continues: number | undefined; // opening token of the segment the open quote carries on
  let cut: number | undefined; // opening token of a quote the previous paragraph's end cut off
  const emit = (end: number, close: number): void => {
    out.push({
      start: open + 1,
      end,
      open,
      close,
      mark: '"',
      paragraph: paragraph[open]!,
      ...(continues !== undefined && { continues }),
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const firstOfParagraph = i === 0 || paragraph[i - 1] !== paragraph[i];
    if (i > 0 && firstOfParagraph) {
      cut = undefined;
      if (open >= 0) {
        emit(i, -1);
        cut = open;
        open = -1;
      }
    }
    if (tokens[i]!.text !== '"') continue;
    const role = roleOf(tokens, text, i, paragraph);
    if (open < 0) {
      if (role === 'close') continue; // a stray closing mark
      open = i;
      continues = firstOfParagraph ? cut : undefined;
      continue;
    }
    // A mark that can only open, while a quote is open: the earlier quote lost its closing mark.
    emit(i, role === 'open' ? -1 : i);
    open = role === 'open' ? i : -1;
    continues = undefined;
  }
  if (open >= 0) emit(tokens.length, -1);
  return out;
}

function pairSingles(
  tokens: readonly Token[],
  text: string,
  paragraph: Int32Array,
  insideDouble: Uint8Array,
): QuotedSegment[] {
  const out: QuotedSegment[] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Single quotes do not run over sentences: an opening one left unpaired was an apostrophe.
    if (open >= 0 && paragraph[i] !== paragraph[open]) open = -1;
    if (open >= 0 && token.sentence !== tokens[open]!.sentence && token.text !== "'") open = -1;
    if (token.text !== "'" || insideDouble[i]) continue;
    const role = roleOf(tokens, text, i, paragraph);
    if (open < 0) {
      if (role === 'open') open = i;
      continue;
    }
    if (role === 'open') {
      open = i;
      continue;
    }
    const words = tokens.slice(open + 1, i).reduce((n, t) => n + t.text.length, 0);
    if (words >= 2)
      out.push({ start: open + 1, end: i, open, close: i, mark: "'", paragraph: paragraph[open]! });
    open = -1;
  }
  return out;
}
