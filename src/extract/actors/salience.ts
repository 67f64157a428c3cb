import type { Token } from '../../core/records.js';
import { DAY_WORDS } from '../../nlp/day-words.js';
import type { Detected } from '../mentions/types.js';

/** Index of the first token after `i` that is not an adverb, comma or a short time phrase ("on Friday"). */
function nextContentToken(tokens: readonly Token[], i: number, sentence: number): Token | undefined {
  let j = i;
  while (j < tokens.length && tokens[j]!.sentence === sentence) {
    const t = tokens[j]!;
    if (t.pos === 'ADV' || t.text === ',') {
      j++;
      continue;
    }
    if (t.norm === 'on' && DAY_WORDS.has(tokens[j + 1]?.norm ?? '')) {
      j += 2;
      continue;
    }
    if (DAY_WORDS.has(t.norm)) {
      j++;
      continue;
    }
    return t;
  }
  return undefined;
}

/**
 * How likely a person mention is the subject of its sentence's main clause, the usual antecedent of a
 * pronoun that opens the next sentence: followed by a verb (after adverbs and "on Friday"), not the object of
 * a preposition, before the sentence's first verb, early in the sentence.
 */
export function subjectScore(
  tokens: readonly Token[],
  m: Detected,
  sentenceStart: number,
  roleStart?: number,
): number {
  const start = roleStart ?? m.tokenStart;
  let score = 0;
  const next = nextContentToken(tokens, m.tokenEnd, m.sentence);
  if (next && (next.pos === 'VERB' || next.pos === 'AUX')) score += 3;
  const previous = tokens[start - 1];
  if (previous && previous.sentence === m.sentence && previous.pos === 'ADP') score -= 3;
  for (let i = sentenceStart; i < start; i++) {
    if (tokens[i]!.pos === 'VERB') {
      score -= 1;
      break;
    }
  }
  if (start === sentenceStart || (start === sentenceStart + 1 && tokens[sentenceStart]!.pos === 'DET'))
    score += 0.5;
  return score;
}
