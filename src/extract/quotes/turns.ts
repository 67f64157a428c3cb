import type { Attribution } from './attribution.js';
import type { QuoteContext } from './context.js';
import { type NounPhrase, phraseEndingAt } from './phrases.js';

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

/** A transcript label the actors stage found: the tokens [start, colon) and the phrase of who it names. */
export interface TurnLabel {
  readonly start: number;
  readonly colon: number;
  /** The words naming the speaker; none for someone unnamed ("Question:"). */
  readonly speaker?: NounPhrase;
}

/**
 * Transcript turns: a speaker's name, a colon, and their words up to the next label or the paragraph's end.
 * A paragraph that opens with a person's name and a colon is a turn; so is each label the actors stage found
 * inside a paragraph (transcripts printed as one block). Only a name read as a person or an office counts, so
 * datelines and labels ("WASHINGTON:", "Update:") are not taken for speakers.
 */
export function speakerTurns(
  ctx: QuoteContext,
  isPerson: (t: number) => boolean,
  labels: readonly TurnLabel[],
): Attribution[] {
  const { tokens } = ctx;
  const turns: Attribution[] = [];
  // where the next label starts, from each token on
  const nextLabel = new Int32Array(tokens.length + 1).fill(tokens.length);
  const labelAt = new Int32Array(tokens.length).fill(-1);
  labels.forEach((l, i) => {
    labelAt[l.start] = i;
  });
  for (let t = tokens.length - 1; t >= 0; t--) nextLabel[t] = labelAt[t]! >= 0 ? t : nextLabel[t + 1]!;
  for (let first = 0; first < tokens.length; first++) {
    const paragraphStart = first === 0 || ctx.paragraph[first - 1] !== ctx.paragraph[first];
    const label = labelAt[first]! >= 0 ? labels[labelAt[first]!]! : undefined;
    if (!paragraphStart && !label?.speaker) continue;
    if (ctx.segmentAt[first]! >= 0) continue;
    // a paragraph's opening name is read here; a label inside a paragraph as the actors stage found it
    const found = paragraphStart ? openingLabel(ctx, first, isPerson) : label;
    if (!found?.speaker) continue;
    const { colon, speaker } = found;
    let end = colon + 1;
    const stop = nextLabel[end]!;
    while (end < stop && ctx.paragraph[end] === ctx.paragraph[first]) end++;
    if (end - colon < 3) continue;
    // "Pence: Flowers Won't Be at Debate" over an article is a headline's summary, not the words spoken.
    const headline =
      first === 0 && end < tokens.length && ctx.paragraph[end] !== ctx.paragraph[first] && end - first <= 25;
    turns.push({
      speaker,
      parts: [{ start: colon + 1, end }],
      partials: [],
      ...(headline ? { rule: 'headline' } : { rule: 'turn', verbatim: true }),
    });
  }
  return turns;
}

/** A person's name and a colon opening the paragraph at `first`: the name's phrase and the colon. */
function openingLabel(
  ctx: QuoteContext,
  first: number,
  isPerson: (t: number) => boolean,
): { colon: number; speaker: NounPhrase } | undefined {
  const { tokens } = ctx;
  let colon = first;
  while (
    colon < tokens.length &&
    colon - first < 12 &&
    ctx.paragraph[colon] === ctx.paragraph[first] &&
    tokens[colon]!.text !== ':'
  )
    colon++;
  if (tokens[colon]?.text !== ':' || ctx.paragraph[colon] !== ctx.paragraph[first]) return undefined;
  const sentence = ctx.units[ctx.unit[first]!]!;
  const speaker = phraseEndingAt(tokens, sentence, colon - 1);
  if (!speaker || speaker.start !== first || !isPerson(speaker.head)) return undefined;
  return { colon, speaker };
}
