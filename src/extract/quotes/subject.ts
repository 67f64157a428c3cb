import type { Sentence, Token } from '../../core/records.js';
import { type QuoteContext, segmentClosingAt, sentenceOf } from './context.js';
import type { CueHit } from './cues.js';
import { isTimeWord, type NounPhrase, phraseEndingAt, phraseStartingAt } from './phrases.js';

/** Where a cue's speaker is: a phrase, or "the same as the verb it is joined to" ("added but said", ", adding"). */
export type SubjectFind =
  | { readonly kind: 'phrase'; readonly phrase: NounPhrase; readonly inverted: boolean }
  | { readonly kind: 'linked' }
  | { readonly kind: 'none' };

const NONE: SubjectFind = { kind: 'none' };

/** Words between a subject and its verb that the subject search steps over: "also", "has", "did not". */
function skippable(t: Token): boolean {
  return t.pos === 'ADV' || t.pos === 'AUX' || t.norm === 'not' || t.norm === "n't";
}

/**
 * From token `j` leftwards, past adverbs, auxiliaries and a time adverbial ("Blinken on Friday said",
 * "Lavrov last week said"), to the token that ends the subject.
 */
function skipBack(ctx: QuoteContext, from: number, limit: number): number {
  const { tokens } = ctx;
  let j = from;
  while (j >= limit && ctx.segmentAt[j]! < 0) {
    const t = tokens[j]!;
    if (skippable(t)) j--;
    else if (isTimeWord(t)) {
      j--;
      const previous = tokens[j];
      if (
        j >= limit &&
        previous &&
        (previous.pos === 'ADP' || previous.norm === 'last' || previous.norm === 'this')
      )
        j--;
    } else break;
  }
  return j;
}

function isParticiple(t: Token): boolean {
  return t.pos === 'VERB' && /ing$/i.test(t.text);
}

/**
 * The speaker phrase of a reporting verb: the subject before it ("Blinken said", "He concluded", "the top US
 * official stated"), through an apposition ("Flynn, a top Trump surrogate, said"), or after it when a quotation
 * ends right before ("…," said Blinken). A verb joined to an earlier one ("Lavrov added but said", ",
 * adding that") is `linked`: it shares that verb's speaker.
 */
export function subjectOf(ctx: QuoteContext, cue: CueHit, isNamed: (t: number) => boolean): SubjectFind {
  const { tokens } = ctx;
  const verb = tokens[cue.start]!;
  const sentence = subjectScope(ctx, cue.start);
  const j = skipBack(ctx, cue.start - 1, sentence.tokenStart);
  const inverted = (): SubjectFind => {
    const phrase = phraseStartingAt(tokens, sentence, cue.end);
    return phrase && phrase.head - cue.end < 8 ? { kind: 'phrase', phrase, inverted: true } : NONE;
  };
  if (j < sentence.tokenStart) return isParticiple(verb) ? { kind: 'linked' } : inverted();
  const before = tokens[j]!;
  if (before.pos === 'CCONJ') return { kind: 'linked' };
  if (ctx.segmentAt[j]! >= 0) return segmentClosingAt(ctx, j) !== undefined ? inverted() : NONE;
  if (before.text === ',') {
    if (isParticiple(verb)) return { kind: 'linked' };
    if (j > 0 && segmentClosingAt(ctx, j - 1) !== undefined) return inverted();
    const appositive = appositionSubject(ctx, j, isNamed);
    // "…, says the BBC's Imogen Foulkes."
    return appositive ? { kind: 'phrase', phrase: appositive, inverted: false } : inverted();
  }
  if (before.norm === 'who' && tokens[j - 1]?.text === ',') {
    const phrase = phraseEndingAt(tokens, sentence, j - 2);
    return phrase ? { kind: 'phrase', phrase, inverted: false } : NONE;
  }
  const phrase = phraseEndingAt(tokens, sentence, j);
  if (phrase) return { kind: 'phrase', phrase, inverted: false };
  return isParticiple(verb) ? { kind: 'linked' } : NONE;
}

/**
 * Where to look for a verb's subject: its sentence, joined to the one before when the verb opens a sentence in
 * lower case within a paragraph — the splitter broke after an abbreviation ("Sen. Claire McCaskill (D-Mo.) said").
 */
function subjectScope(ctx: QuoteContext, verb: number): Sentence {
  const sentence = sentenceOf(ctx, verb);
  const previous = ctx.units[ctx.unit[verb]! - 1];
  if (verb !== sentence.tokenStart || !previous || !/^[a-z]/.test(ctx.tokens[verb]!.text)) return sentence;
  if (ctx.paragraph[verb - 1] !== ctx.paragraph[verb]) return sentence;
  return { ...sentence, tokenStart: previous.tokenStart };
}

/** "Flynn, a top Trump surrogate, said": the name before the apposition that ends at comma `comma`. */
function appositionSubject(
  ctx: QuoteContext,
  comma: number,
  isNamed: (t: number) => boolean,
): NounPhrase | undefined {
  const { tokens } = ctx;
  const sentence = sentenceOf(ctx, comma);
  for (let p = comma - 1; p > sentence.tokenStart && comma - p < 30; p--) {
    if (ctx.segmentAt[p]! >= 0) return undefined;
    if (tokens[p]!.text !== ',') continue;
    const phrase = phraseEndingAt(tokens, sentence, p - 1);
    if (phrase && (tokens[phrase.head]!.pos === 'PROPN' || isNamed(phrase.head))) return phrase;
    return undefined;
  }
  return undefined;
}

/** The subject of a sentence's first verb outside quotes: the speaker a linked cue falls back on. */
export function sentenceSubject(
  ctx: QuoteContext,
  sentenceIndex: number,
  before: number,
): NounPhrase | undefined {
  const { tokens } = ctx;
  const sentence = ctx.units[sentenceIndex]!;
  for (let v = sentence.tokenStart; v < before; v++) {
    const t = tokens[v]!;
    if (ctx.segmentAt[v]! >= 0 || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    const j = skipBack(ctx, v - 1, sentence.tokenStart);
    return j >= sentence.tokenStart ? phraseEndingAt(tokens, sentence, j) : undefined;
  }
  return undefined;
}
