import type { Token } from '../../core/records.js';
import type { Part } from './attribution.js';
import {
  type QuoteContext,
  segmentChain,
  segmentClosingAt,
  segmentOpeningAt,
  sentenceOf,
} from './context.js';
import type { CueHit } from './cues.js';
import { isTimeWord, phraseStartingAt } from './phrases.js';

// Where the reported words of a cue are: after it (a quotation, a that-clause, a bare clause) or before it
// (a quotation or a clause the cue closes: ""…," Blinken said", "…, sources said").

/** Words that open a reported question: "asked whether the talks would go on". */
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);
const CLAUSE_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
const ENDING_PUNCT = new Set(['.', '!', '?', ';', ',', ':', '—', '–', '-']);

function isVerb(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/** Steps over adverbials between a cue and its content: "said on Friday that", "told reporters in Geneva:". */
function skipAdjuncts(ctx: QuoteContext, from: number, limit: number): number {
  const { tokens } = ctx;
  let i = from;
  while (i < limit && ctx.segmentAt[i]! < 0) {
    const t = tokens[i]!;
    if (t.pos === 'ADV' || isTimeWord(t)) {
      i++;
      continue;
    }
    if (t.pos === 'ADP' && t.norm !== 'that') {
      const phrase = phraseStartingAt(tokens, sentenceOf(ctx, i), i + 1);
      if (!phrase || phrase.end > limit) return i;
      i = phrase.end;
      // "in an interview with Fox News": one more prepositional phrase.
      continue;
    }
    return i;
  }
  return i;
}

/** Does a clause start at `i`: a subject-like word and a verb soon after, before any stop? */
function startsClause(ctx: QuoteContext, i: number, limit: number): boolean {
  const { tokens } = ctx;
  const first = tokens[i];
  if (!first || i >= limit) return false;
  if (!CLAUSE_OPENERS.has(first.pos) && !(ctx.segmentAt[i]! >= 0)) return false;
  if (first.pos === 'PRON' && OBJECT_PRONOUNS.has(first.norm) && first.norm !== 'it' && first.norm !== 'you')
    return false;
  for (let j = i + 1; j < Math.min(limit, i + 12); j++) {
    const t = tokens[j]!;
    if (isVerb(t)) return true;
    if (t.norm === 'that' || t.norm === 'which' || t.norm === 'who' || t.pos === 'SCONJ') return false;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '"' && t.text !== "'") return false;
  }
  return false;
}

/**
 * The end of a reported clause that starts at `from`: the sentence's end, or earlier where another report
 * takes over (", adding that", "and argues that", ", according to"). A quotation opened inside the clause
 * is kept whole even when it runs past the sentence.
 */
export function clauseEnd(ctx: QuoteContext, from: number): number {
  const { tokens } = ctx;
  const sentence = sentenceOf(ctx, from);
  let end = sentence.tokenEnd;
  for (let j = from + 1; j < sentence.tokenEnd; j++) {
    if (ctx.segmentAt[j]! >= 0) continue;
    const t = tokens[j]!;
    if (t.text === ';') {
      end = j;
      break;
    }
    if ((t.text === ',' || t.pos === 'CCONJ') && cueFollows(ctx, j + 1, sentence.tokenEnd)) {
      end = j;
      break;
    }
  }
  for (let j = from; j < end; j++) {
    const s = ctx.segmentAt[j]!;
    if (s >= 0 && ctx.segments[s]!.open === j) {
      const last = ctx.segments[s]!.close >= 0 ? ctx.segments[s]!.close + 1 : ctx.segments[s]!.end;
      if (last > end) end = last;
    }
  }
  return trimEnd(ctx, from, end);
}

function cueFollows(ctx: QuoteContext, j: number, limit: number): boolean {
  let k = j;
  while (k < limit && ctx.tokens[k]!.pos === 'ADV') k++;
  return k < limit && ctx.cueAt[k]! >= 0;
}

/** Drops trailing punctuation other than a closing quotation mark. */
function trimEnd(ctx: QuoteContext, start: number, end: number): number {
  let e = end;
  while (e > start && ENDING_PUNCT.has(ctx.tokens[e - 1]!.text) && ctx.segmentAt[e - 1]! < 0) e--;
  return e;
}

export interface Found {
  readonly parts: Part[];
  readonly rule: string;
}

/** The quoted segments of a chain as parts. */
function chainParts(ctx: QuoteContext, first: number): Part[] {
  return segmentChain(ctx, first).map((s) => {
    const seg = ctx.segments[s]!;
    return { start: seg.start, end: seg.end, segment: s };
  });
}

/** Content after the cue (and after the speaker when inverted: "said Blinken, "…""). */
export function contentAfter(ctx: QuoteContext, cue: CueHit, after: number): Found | undefined {
  const { tokens } = ctx;
  const sentence = sentenceOf(ctx, cue.start);
  const limit = sentence.tokenEnd;
  let i = after;
  if (cue.entry.frame === 'listener' && i < limit && ctx.segmentAt[i]! < 0) {
    const t = tokens[i]!;
    if (t.pos === 'PRON' && OBJECT_PRONOUNS.has(t.norm)) i++;
    else {
      const listener = phraseStartingAt(tokens, sentence, i);
      if (listener && !isTimeWord(tokens[listener.head]!)) i = listener.end;
    }
  }
  i = skipAdjuncts(ctx, i, limit);
  // A quotation after a comma or colon, or right after the verb; a colon may end its paragraph.
  const punct = tokens[i]?.text;
  const q = punct === ',' || punct === ':' ? i + 1 : i;
  const opened = segmentOpeningAt(ctx, q);
  // Right after the verb with no comma or colon, only a quoted sentence or clause is what was said
  // ('said "we will win"'); quoted words of another kind belong to the sentence ('reply "in writing"').
  if (opened !== undefined && (q < limit || punct === ':') && (q > i || quotesAClause(ctx, opened))) {
    return { parts: chainParts(ctx, opened), rule: 'after-cue' };
  }
  if (cue.entry.frame === 'quote' || cue.entry.frame === 'source') return undefined;
  const opener = tokens[i]?.norm;
  if (
    opener !== undefined &&
    (opener === 'that' || QUESTION_WORDS.has(opener)) &&
    i < limit &&
    ctx.segmentAt[i]! < 0
  ) {
    const end = clauseEnd(ctx, i);
    return end > i + 1 ? { parts: [{ start: i, end }], rule: 'clause' } : undefined;
  }
  if (startsClause(ctx, i, limit)) {
    const end = clauseEnd(ctx, i);
    return end > i ? { parts: [{ start: i, end }], rule: 'clause' } : undefined;
  }
  return undefined;
}

function quotesAClause(ctx: QuoteContext, segment: number): boolean {
  const seg = ctx.segments[segment]!;
  if (/^[A-Z]/.test(ctx.tokens[seg.start]!.text)) return true;
  for (let t = seg.start; t < seg.end; t++) if (isVerb(ctx.tokens[t]!)) return true;
  return false;
}

/** Only adverbials between `from` and the sentence's end, or a following ", adding …": the cue closes it. */
function closesSentence(ctx: QuoteContext, from: number): boolean {
  // a cue that ends the text with no full stop after it closes its sentence
  if (from >= ctx.tokens.length) return true;
  const sentence = sentenceOf(ctx, from);
  for (let j = from; j < sentence.tokenEnd; j++) {
    const t = ctx.tokens[j]!;
    if (ctx.segmentAt[j]! >= 0)
      return segmentOpeningAt(ctx, j) !== undefined && ctx.tokens[j - 1]?.text === ',';
    if (t.norm === 'that') return false;
    if (isVerb(t))
      return ctx.cueAt[j]! >= 0 && (ctx.tokens[j - 1]?.text === ',' || ctx.tokens[j - 1]?.pos === 'CCONJ');
  }
  return true;
}

/**
 * Content before the cue clause that starts at `clauseStart` (the speaker, or the cue when inverted): the
 * quotation that ends right there (""…," Blinken said"), or — unless `quotationOnly` — the clause before a comma
 * ("…, sources said").
 */
export function contentBefore(
  ctx: QuoteContext,
  clauseStart: number,
  clauseEnd: number,
  quotationOnly: boolean,
): Found | undefined {
  const { tokens } = ctx;
  const j = clauseStart - 1;
  if (j < 0 || ctx.paragraph[j] !== ctx.paragraph[clauseStart]) return undefined;
  let closed = segmentClosingAt(ctx, j);
  if (closed === undefined && tokens[j]!.text === ',' && j > 0) closed = segmentClosingAt(ctx, j - 1);
  if (closed !== undefined) {
    // Walk back to the first segment of the chain this one ends.
    let first = closed;
    while (ctx.segments[first]!.continues !== undefined) first = ctx.segments[first]!.continues!;
    const seg = ctx.segments[first]!;
    const opening = sentenceOf(ctx, seg.open);
    const lead = leadingWords(ctx, opening.tokenStart, seg.open);
    if (lead < 0)
      return { parts: chainParts(ctx, first).filter((p) => p.segment! <= closed), rule: 'before-cue' };
    // Words before the quotation in its sentence: 'The US and Russia "agreed to …," Blinken said.'
    return { parts: [{ start: lead, end: ctx.segments[closed]!.close + 1 }], rule: 'before-cue' };
  }
  if (quotationOnly || tokens[j]!.text !== ',' || !closesSentence(ctx, clauseEnd)) return undefined;
  const sentence = sentenceOf(ctx, clauseStart);
  const start = sentence.tokenStart;
  let verbs = 0;
  for (let t = start; t < j; t++) if (isVerb(tokens[t]!) && ctx.segmentAt[t]! < 0) verbs++;
  if (j - start < 3 || verbs === 0) return undefined;
  return { parts: [{ start, end: j }], rule: 'before-cue' };
}

/**
 * The first word that matters before a quotation in its sentence, or -1 when only conjunctions, adverbs and
 * punctuation stand there ("But "…," he said" is still a direct quotation).
 */
function leadingWords(ctx: QuoteContext, from: number, open: number): number {
  for (let t = from; t < open; t++) {
    const token = ctx.tokens[t]!;
    if (token.pos === 'PUNCT' || token.pos === 'CCONJ' || token.pos === 'ADV') continue;
    return from;
  }
  return -1;
}
