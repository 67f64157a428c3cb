import type { Sentence, Token } from '../../core/records.js';
import type { QuoteKnowledge } from '../../knowledge/quotes/cues.js';
import { type CueHit, findCues } from './cues.js';
import { findQuotedSegments, paragraphsOf, type QuotedSegment } from './marks.js';

/** What every quote rule looks at, computed once per article. */
export interface QuoteContext {
  readonly tokens: readonly Token[];
  /**
   * Sentences cut at paragraph breaks: the units quote rules read. (A sentence splitter may run a sentence on
   * over a line break after a closing quotation mark; a quotation's attribution never crosses one.)
   */
  readonly units: readonly Sentence[];
  /** The unit of each token. */
  readonly unit: Int32Array;
  readonly segments: readonly QuotedSegment[];
  /** The segment each token belongs to (its marks included), or -1. */
  readonly segmentAt: Int32Array;
  readonly cues: readonly CueHit[];
  /** The cue each token belongs to, or -1. */
  readonly cueAt: Int32Array;
  readonly paragraph: Int32Array;
}

export function quoteContext(k: QuoteKnowledge, text: string, tokens: readonly Token[]): QuoteContext {
  const segments = findQuotedSegments(tokens, text);
  const segmentAt = new Int32Array(tokens.length).fill(-1);
  segments.forEach((s, index) => {
    const last = s.close >= 0 ? s.close : s.end - 1;
    for (let t = s.open; t <= last; t++) segmentAt[t] = index;
  });
  const quoted = new Uint8Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) quoted[t] = segmentAt[t]! >= 0 ? 1 : 0;
  const cues = findCues(k, tokens, quoted);
  const cueAt = new Int32Array(tokens.length).fill(-1);
  cues.forEach((c, index) => {
    for (let t = c.start; t < c.end; t++) cueAt[t] = index;
  });
  const paragraph = paragraphsOf(tokens);
  const { units, unit } = unitsOf(tokens, paragraph);
  return { tokens, units, unit, segments, segmentAt, cues, cueAt, paragraph };
}

function unitsOf(tokens: readonly Token[], paragraph: Int32Array): { units: Sentence[]; unit: Int32Array } {
  const units: Sentence[] = [];
  const unit = new Int32Array(tokens.length);
  let start = 0;
  for (let t = 1; t <= tokens.length; t++) {
    const ends =
      t === tokens.length ||
      tokens[t]!.sentence !== tokens[t - 1]!.sentence ||
      paragraph[t] !== paragraph[t - 1];
    if (!ends) continue;
    const index = units.length;
    for (let k = start; k < t; k++) unit[k] = index;
    units.push({
      index,
      tokenStart: start,
      tokenEnd: t,
      span: { start: tokens[start]!.span.start, end: tokens[t - 1]!.span.end },
    });
    start = t;
  }
  return { units, unit };
}

/** The unit (a sentence, cut at paragraph breaks) that token `token` belongs to. */
export function sentenceOf(ctx: QuoteContext, token: number): Sentence {
  return ctx.units[ctx.unit[token]!]!;
}

/** The segment whose opening mark is token `t`, if any. */
export function segmentOpeningAt(ctx: QuoteContext, t: number): number | undefined {
  const s = ctx.segmentAt[t] ?? -1;
  return s >= 0 && ctx.segments[s]!.open === t ? s : undefined;
}

/** The segment whose closing mark is token `t`, if any. */
export function segmentClosingAt(ctx: QuoteContext, t: number): number | undefined {
  const s = ctx.segmentAt[t] ?? -1;
  return s >= 0 && ctx.segments[s]!.close === t ? s : undefined;
}

/** A segment and the segments that continue it over the following paragraphs, in order. */
export function segmentChain(ctx: QuoteContext, first: number): number[] {
  const chain = [first];
  for (let i = first + 1; i < ctx.segments.length; i++) {
    if (ctx.segments[i]!.continues === chain[chain.length - 1]) chain.push(i);
  }
  return chain;
}

/** The first segment of the chain that `s` belongs to. */
export function chainStart(ctx: QuoteContext, s: number): number {
  let at = s;
  while (ctx.segments[at]!.continues !== undefined) at = ctx.segments[at]!.continues!;
  return at;
}
