import type { Attribution, Part } from './attribution.js';
import { clauseEnd } from './content.js';
import { type QuoteContext, sentenceOf } from './context.js';
import type { CueHit } from './cues.js';
import { type NounPhrase, phraseStartingAt } from './phrases.js';

/**
 * "According to X, …" and "…, according to X": the speaker follows the cue and the rest of the sentence is
 * what they said; in mid-sentence ("Russia, according to Lavrov, hopes …") both sides are.
 */
export function accordingTo(ctx: QuoteContext, cue: CueHit): Attribution | undefined {
  const { tokens } = ctx;
  const sentence = sentenceOf(ctx, cue.start);
  const speaker = objectPronounAt(ctx, cue.end) ?? phraseStartingAt(tokens, sentence, cue.end);
  if (!speaker) return undefined;
  const parts: Part[] = [];
  let lead = sentence.tokenStart;
  while (lead < cue.start && (tokens[lead]!.pos === 'CCONJ' || tokens[lead]!.pos === 'ADV')) lead++;
  if (lead < cue.start) {
    let end = cue.start;
    while (end > lead && tokens[end - 1]!.pos === 'PUNCT' && ctx.segmentAt[end - 1]! < 0) end--;
    if (end > lead) parts.push({ start: lead, end });
  }
  let after = speaker.end;
  if (tokens[after]?.text === ',') after++;
  if (after < sentence.tokenEnd && (parts.length === 0 || tokens[speaker.end]?.text === ',')) {
    const end = clauseEnd(ctx, after);
    if (end - after >= 2) parts.push({ start: after, end });
  }
  if (parts.length === 0) return undefined;
  return { cue, speaker, parts, partials: [], rule: 'according-to' };
}

/** Object pronouns that name the speaker after "according to": "According to him, …". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);

/** "him" in "According to him, …": a pronoun standing for a speaker named before. */
function objectPronounAt(ctx: QuoteContext, t: number): NounPhrase | undefined {
  const token = ctx.tokens[t];
  return token?.pos === 'PRON' && OBJECT_PRONOUNS.has(token.norm)
    ? { start: t, end: t + 1, head: t }
    : undefined;
}
