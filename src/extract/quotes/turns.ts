import type { Attribution } from './attribution.js';
import type { QuoteContext } from './context.js';
import { phraseEndingAt } from './phrases.js';

// Transcripts: a speaker's name, a colon, and their words ("President of Russia Vladimir Putin: Friends, …").

/** A transcript turn in quotation marks: ""PENCE: Well, look, …"" — the speaker's name in capitals, a colon. */
export function quotedTurn(ctx: QuoteContext, s: number): Attribution | undefined {
  const seg = ctx.segments[s]!;
  const name = ctx.tokens[seg.start]!;
  if (ctx.tokens[seg.start + 1]?.text !== ':' || seg.end - seg.start < 4) return undefined;
  if (!/^[A-Z][A-Z'.-]+$/.test(name.text)) return undefined;
  return {
    speaker: { start: seg.start, end: seg.start + 1, head: seg.start },
    parts: [{ start: seg.start + 2, end: seg.end, segment: s }],
    partials: [],
    rule: 'transcript',
  };
}

/**
 * Paragraphs that open with a person's name and a colon, as transcripts print them: the rest of the paragraph
 * is that person's own words. Only a name the actor stage read as a person or an office counts, so datelines
 * and labels ("WASHINGTON:", "Update:") are not taken for speakers.
 */
export function speakerTurns(ctx: QuoteContext, isPerson: (t: number) => boolean): Attribution[] {
  const { tokens } = ctx;
  const turns: Attribution[] = [];
  for (let first = 0; first < tokens.length; first++) {
    if (first > 0 && ctx.paragraph[first - 1] === ctx.paragraph[first]) continue;
    if (ctx.segmentAt[first]! >= 0) continue;
    let colon = first;
    while (
      colon < tokens.length &&
      colon - first < 12 &&
      ctx.paragraph[colon] === ctx.paragraph[first] &&
      tokens[colon]!.text !== ':'
    )
      colon++;
    if (tokens[colon]?.text !== ':' || ctx.paragraph[colon] !== ctx.paragraph[first]) continue;
    const sentence = ctx.units[ctx.unit[first]!]!;
    const speaker = phraseEndingAt(tokens, sentence, colon - 1);
    if (!speaker || speaker.start !== first || !isPerson(speaker.head)) continue;
    let end = colon + 1;
    while (end < tokens.length && ctx.paragraph[end] === ctx.paragraph[first]) end++;
    if (end - colon < 3) continue;
    // "Pence: Flowers Won't Be at Debate" over an article is a headline's summary, not the words spoken.
    const headline = first === 0 && end < tokens.length && end - first <= 25;
    turns.push({
      speaker,
      parts: [{ start: colon + 1, end }],
      partials: [],
      ...(headline ? { rule: 'headline' } : { rule: 'turn', verbatim: true }),
    });
  }
  return turns;
}
