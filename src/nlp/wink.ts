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
  const input = separatePossessives(norm.text);
  const doc = nlp.readDoc(input.text);
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
  let offset = 0; // in wink's input
  let previousEnd = 0; // in the normalised text
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    offset += spaces[k]!.length;
    ours[k] = tokens.length;
    if (types[k] === 'tabCRLF' || value.trim() === '') {
      offset += value.length;
      continue;
    }
    const start = input.toNorm[offset]!;
    const end = input.toNorm[offset + value.length - 1]! + 1;
    tokens.push({
      text: value,
      norm: normals[k]!,
      lemma: lemmas[k]!,
      pos: pos[k]!,
      sentence: 0,
      span: toOriginalSpan(norm, start, end),
      space: norm.text.slice(previousEnd, start),
    });
    previousEnd = end;
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

/** Words whose "'s" is a contraction ("it's" = it is), which wink expands itself. */
const CONTRACTION_BASES = new Set([
  'it',
  'he',
  'she',
  'that',
  'there',
  'here',
  'what',
  'who',
  'where',
  'when',
  'why',
  'how',
  'let',
  'this',
  'everyone',
  'everything',
  'someone',
  'somebody',
  'nobody',
  'nothing',
  'something',
  'one',
]);
const POSSESSIVE = /(\p{L}+)'s(?!\p{L})/gu;

/**
 * wink learns each unknown word it meets, and once "Obama's" has been learnt whole it stops splitting it
 * into "Obama" + "'s", so the same text would tokenize differently depending on what the process read
 * before. Handing wink a space before every possessive "'s" makes the split unconditional, which keeps
 * `analyze` a pure function. `toNorm` maps each index of the input back to the normalised text (the
 * inserted space maps to the apostrophe).
 */
export function separatePossessives(text: string): { text: string; toNorm: Int32Array } {
  const parts: string[] = [];
  const map: number[] = [];
  let last = 0;
  for (const match of text.matchAll(POSSESSIVE)) {
    if (CONTRACTION_BASES.has(match[1]!.toLowerCase())) continue;
    const apostrophe = match.index + match[1]!.length;
    parts.push(text.slice(last, apostrophe), ' ');
    for (let i = last; i < apostrophe; i++) map.push(i);
    map.push(apostrophe);
    last = apostrophe;
  }
  parts.push(text.slice(last));
  for (let i = last; i <= text.length; i++) map.push(i);
  return { text: parts.join(''), toNorm: Int32Array.from(map) };
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

/**
 * `tokenNorms` of many short texts with one wink call: the texts are read as lines of one document and split
 * at the line breaks, which wink keeps as tokens of their own. Much faster than one call per text for the
 * tens of thousands of phrases of a large dictionary. Texts must not contain line breaks.
 */
export function tokenNormsByLine(texts: readonly string[]): string[][] {
  const nlp = bareWink();
  const doc = nlp.readDoc(texts.join('\n'));
  const values = doc.tokens().out(nlp.its.value) as string[];
  const normals = doc.tokens().out(nlp.its.normal) as string[];
  const out: string[][] = [[]];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value.includes('\n')) {
      for (const c of value) if (c === '\n') out.push([]);
      continue;
    }
    if (normals[i]!.trim() !== '') out.at(-1)!.push(normals[i]!);
  }
  return out;
}
