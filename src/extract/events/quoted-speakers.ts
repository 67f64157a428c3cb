// First-person words in a speaker's own words: '"I spoke with Macron. We agreed …," Putin said' names Putin.
import type { Mention, Quote, Token } from '../../core/records.js';
import { isIdentifiedCode } from './words.js';

/**
 * Pronouns that, in words quoted as spoken, stand for the one who speaks (or, plural, their side). Not "my"
 * or "our": "our partners who stand by us" are others, whom the owner would stand for.
 */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);

/**
 * Quotes read as transcript turns: a turn runs to the paragraph's end, and a transcript printed as one
 * paragraph holds the turns of other speakers after it, whose "I" is not the first speaker.
 */
const TURN_RULES = new Set(['quote.direct.turn', 'quote.direct.transcript', 'quote.direct.headline']);

/** Rule id of a first-person pronoun read as the speaker of the quote around it. */
const RULE = 'quote.speaker.first-person';

/**
 * Mentions for the first-person pronouns inside direct quotes whose speaker is a known actor, so every
 * sentence of a quote has the subject that the one closed by "Putin said" has. Only the quote's own text is read; a word an actor mention already covers keeps that mention.
 */
export function quotedSpeakerMentions(quotes: readonly Quote[], tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (quote.kind !== 'direct' || !speaker || !isIdentifiedCode(speaker.code) || TURN_RULES.has(quote.rule))
      continue;
    for (const part of quote.parts ?? [quote.span]) {
      for (let t = firstTokenAt(tokens, part.start); t < tokens.length; t++) {
        const token = tokens[t]!;
        if (token.span.start >= part.end) break;
        if (!FIRST_PERSON.has(token.norm.toLowerCase()) || token.pos !== 'PRON') continue;
        out.push({
          sentence: token.sentence,
          span: token.span,
          tokenStart: t,
          tokenEnd: t + 1,
          text: token.text,
          type: 'pronoun',
          actor: speaker,
          rule: RULE,
          confidence: 0.7,
        });
      }
    }
  }
  return out;
}

/** The index of the first token that starts at or after `offset` (tokens are in text order). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
