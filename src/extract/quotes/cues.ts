import type { Token } from '../../core/records.js';
import type { CueEntry, QuoteKnowledge } from '../../knowledge/quotes/cues.js';

/** A cue found in the text: tokens [start, end) and the table entry it matched. */
export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly entry: CueEntry;
}

const VERB_TAGS = new Set(['VERB']);

function wordMatches(token: Token | undefined, word: string): boolean {
  return token !== undefined && (token.norm === word || token.lemma === word);
}

/**
 * Every cue outside quotation marks, in text order: phrases first ("according to", "pointed out"), then single
 * reporting verbs by lemma. A listed word counts only when tagged as a verb, so "the report" and "a call" are
 * not cues while "reported" and "called" are.
 */
export function findCues(k: QuoteKnowledge, tokens: readonly Token[], quoted: Uint8Array): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (quoted[i]) continue;
    const token = tokens[i]!;
    const phrases = k.phrases.get(token.norm) ?? k.phrases.get(token.lemma);
    const phrase = phrases?.find(
      (p) =>
        (p.frame === 'source' || VERB_TAGS.has(token.pos)) &&
        p.words.every(
          (w, j) =>
            !quoted[i + j] && tokens[i + j]?.sentence === token.sentence && wordMatches(tokens[i + j], w),
        ),
    );
    if (phrase) {
      out.push({ start: i, end: i + phrase.words.length, entry: phrase });
      i += phrase.words.length - 1;
      continue;
    }
    if (!VERB_TAGS.has(token.pos)) continue;
    // "so-called", "much-touted": a verb glued into a compound adjective reports nothing.
    if (token.space === '' && tokens[i - 1]?.text === '-') continue;
    const entry = k.verbs.get(token.lemma) ?? k.verbs.get(token.norm);
    if (entry) out.push({ start: i, end: i + 1, entry });
  }
  return out;
}
