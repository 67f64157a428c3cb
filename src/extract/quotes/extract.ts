import type { Article } from '../../core/article.js';
import { recordId } from '../../core/identity.js';
import type { Mention, Quote, Sentence, TimeExpression, Token } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { type Attribution, kindOf, type Part } from './attribution.js';
import type { QuoteReading } from './reading.js';

/** How sure each construction is; a quote with no speaker found is the least sure. */
const CONFIDENCE: Readonly<Record<string, number>> = {
  'before-cue': 0.9,
  'after-cue': 0.9,
  split: 0.9,
  'according-to': 0.8,
  partial: 0.8,
  clause: 0.75,
  continued: 0.75,
  cue: 0.8,
  turn: 0.85,
  headline: 0.7,
  transcript: 0.85,
  signed: 0.85,
  colon: 0.75,
  fragment: 0.5,
  unattributed: 0.5,
};

export interface QuoteInput {
  readonly article: Article;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Mentions with their token ranges and the actors the actor stage resolved. */
  readonly mentions: readonly Mention[];
  /** Time expressions, when the times stage ran: a statement's own date ("said on Friday"). */
  readonly times: readonly TimeExpression[];
}

/**
 * Quotes of an article: direct (the words in quotation marks), indirect (reported clauses) and mixed (a
 * reported clause with quoted words in it), each with its cue and the speaker the actor stage resolved for
 * the words that name them. Quoted words inside a reported clause are also given as direct quotes of their own
 * (rule `…partial`): they are the speaker's exact words. `reading` is the text's quotes and who says each,
 * the reading the actors stage used.
 */
export function extractQuotes(reading: QuoteReading, input: QuoteInput): Quote[] {
  const { article, tokens } = input;
  const ctx = reading.context;
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  input.mentions.forEach((m, i) => {
    if (m.tokenStart === undefined || m.tokenEnd === undefined) return;
    for (let t = m.tokenStart; t < m.tokenEnd; t++) mentionAt[t] = i;
  });
  const spanOf = (start: number, end: number): Span => ({
    start: tokens[start]!.span.start,
    end: tokens[end - 1]!.span.end,
  });
  // A quotation's own trailing comma ("…after that," Blinken said) belongs to the sentence around it.
  const partSpan = (p: Part): Span => {
    const end =
      p.segment !== undefined && p.end - 1 > p.start && tokens[p.end - 1]!.text === ',' ? p.end - 1 : p.end;
    return spanOf(p.start, end);
  };

  const quotes: Quote[] = [];
  const seen = new Set<string>();
  const emit = (a: Attribution, parts: readonly Part[], kind: Quote['kind'], rule: string): void => {
    const spans = parts.map(partSpan);
    const span = { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
    const id = recordId(article.id, 'quote', kind, span.start, span.end);
    if (seen.has(id)) return;
    seen.add(id);
    const speaker = a.speaker;
    const mention = speaker ? input.mentions[mentionAt[speaker.head]!] : undefined;
    quotes.push({
      id,
      sentence: tokens[parts[0]!.start]!.sentence,
      span,
      rule: `quote.${kind}.${rule}`,
      confidence: a.speaker ? (CONFIDENCE[rule] ?? 0.7) : CONFIDENCE.unattributed!,
      text: spans.map((s) => article.text.slice(s.start, s.end)).join(' … '),
      kind,
      ...(a.cue && { cue: a.cue.entry.cue, cueSpan: spanOf(a.cue.start, a.cue.end) }),
      ...(mention?.actor && { speaker: mention.actor }),
      ...(speaker && {
        speakerText: article.text.slice(tokens[speaker.start]!.span.start, tokens[speaker.end - 1]!.span.end),
        speakerSpan: spanOf(speaker.start, speaker.end),
      }),
      ...(spans.length > 1 && { parts: spans }),
      date: statementDate(input, a, parts) ?? article.published,
    });
  };

  for (const a of reading.attributions) {
    if (a.parts.length > 0) emit(a, a.parts, kindOf(a), a.rule);
    for (const s of a.partials) {
      const seg = ctx.segments[s]!;
      emit(a, [{ start: seg.start, end: seg.end, segment: s }], 'direct', 'partial');
    }
  }
  return quotes.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}

/**
 * The day a statement was made, when the cue's own clause dates it ("Blinken on Friday said", "said on
 * Friday that"): a day-precise time expression between the speaker and the content.
 */
function statementDate(input: QuoteInput, a: Attribution, parts: readonly Part[]): string | undefined {
  if (!a.cue || input.times.length === 0) return undefined;
  const { tokens } = input;
  const from = Math.min(a.speaker?.start ?? a.cue.start, a.cue.start);
  const sentence = input.sentences[tokens[a.cue.start]!.sentence]!;
  const following = parts.find((p) => p.start >= a.cue!.end)?.start ?? sentence.tokenEnd;
  const to = Math.min(following, a.cue.end + 5, sentence.tokenEnd);
  const start = tokens[from]!.span.start;
  const end = tokens[to - 1]!.span.end;
  const time = input.times.find(
    (t) => t.span.start >= start && t.span.end <= end && t.value.precision === 'day',
  );
  return time?.value.from;
}
