import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Sentence, Token } from '../core/records.js';
import { type NormalizedText, toOriginalSpan } from './normalize.js';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/** The wink pipeline, built once per process: sentence boundaries and POS (lemmas come with POS). */
function wink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

export interface Tokenized {
  readonly sentences: Sentence[];
  readonly tokens: Token[];
}

/**
 * Sentences, tokens, POS and lemmas of a normalised text. wink is lossless (the text is the concatenation of
 * each token's preceding spaces and value), which gives us character offsets without searching.
 */
export function tokenize(norm: NormalizedText): Tokenized {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(norm.text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as never) as unknown as string[];
  const normals = all.out(its.normal) as string[];
  const types = all.out(its.type) as string[];
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];

  // wink token index → our token index (whitespace tokens are dropped).
  const ours = new Int32Array(values.length + 1);
  const tokens: { -readonly [K in keyof Token]: Token[K] }[] = [];
  let offset = 0;
  let gap = '';
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    offset += spaces[k]!.length;
    ours[k] = tokens.length;
    if (types[k] === 'tabCRLF' || value.trim() === '') {
      gap += spaces[k]! + value;
      offset += value.length;
      continue;
    }
    tokens.push({
      text: value,
      norm: normals[k]!,
      lemma: lemmas[k]!,
      pos: pos[k]!,
      sentence: 0,
      span: toOriginalSpan(norm, offset, offset + value.length),
      space: gap + spaces[k]!,
    });
    gap = '';
    offset += value.length;
  }
  ours[values.length] = tokens.length;

  const sentences: Sentence[] = [];
  for (const [from, to] of sentenceSpans) {
    const tokenStart = ours[from]!;
    const tokenEnd = ours[to + 1]!;
    if (tokenEnd <= tokenStart) continue;
    const index = sentences.length;
    for (let t = tokenStart; t < tokenEnd; t++) tokens[t]!.sentence = index;
    sentences.push({
      index,
      tokenStart,
      tokenEnd,
      span: { start: tokens[tokenStart]!.span.start, end: tokens[tokenEnd - 1]!.span.end },
    });
  }
  return { sentences, tokens };
}

let bare: Wink | undefined;

function bareWink(): Wink {
  bare ??= winkNLP(model, []);
  return bare;
}

/** Token count from wink with no pipes at all: the speed ceiling the bench compares our stages against. */
export function bareTokenCount(text: string): number {
  return bareWink().readDoc(text).tokens().length();
}

/** Lower-cased token norms of a short text, split exactly as article text is, without POS (compile time). */
export function tokenNorms(text: string): string[] {
  const nlp = bareWink();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.normal) as string[];
  return values.filter((v) => v.trim() !== '');
}
