import { createRequire } from 'node:module';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Sentence, Token } from '../core/records.js';
import { type NormalizedText, toOriginalSpan } from './normalize.js';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/**
 * wink adds every out-of-vocabulary word it meets to its lexicon, and its tokenizer consults that lexicon
 * when deciding where to split ("Inc's" is split into "Inc" + "'s" by a fresh model, but kept whole once an
 * earlier document taught it "Inc's"). Its output would then depend on the documents read before, in this
 * process, in this order, and workers sharing a corpus would disagree with a single process. So before each
 * document the words learnt from the previous one are taken out of the lexicon's word → index table, and
 * every document is read as by a freshly loaded model. (wink keeps the learnt entries in its lists even so;
 * the pipeline is rebuilt once they pile up, which changes no output.)
 */
interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}
let lexemes: LexemeTable | undefined;
/** The parts of wink's loaded model that say which parts of speech a known word can take. */
interface CoreModel {
  readonly features: {
    lexeme: LexemeTable;
    posClusters: { list: ReadonlySet<number>[] };
    pos: { list: string[] };
  };
  readonly packing: { layout: Record<string, readonly [number, number, number]>; size: number };
  readonly lexicon: ArrayLike<number>;
}
let loadedModel: CoreModel | undefined;
/** Entries of `lexemes.list` from here on were learnt from the document being read. */
let learntFrom = 0;
const REBUILD_AFTER = 200_000;

/**
 * The model, loadable more than once per process: its custom-entity loader re-encodes its own module-level
 * JSON on every call (the string grows until V8 refuses it), so its first answer is kept and handed out again.
 */
const reloadable: typeof model = (() => {
  const loaders = model as unknown as { metaCER: () => unknown };
  let meta: unknown;
  const metaCER = (): unknown => {
    meta ??= loaders.metaCER();
    return meta;
  };
  return { ...model, metaCER } as typeof model;
})();

function modelWithLexemeAccess(): typeof model {
  const core = (): unknown => {
    const loaded = (model as unknown as { core: () => CoreModel }).core();
    loadedModel = loaded;
    lexemes = loaded.features.lexeme;
    learntFrom = lexemes.list.length;
    return loaded;
  };
  return { ...reloadable, core } as typeof model;
}

/** Takes the words learnt from the previous document out of the lexicon: call before reading the next. */
function forgetLearntWords(): void {
  if (!lexemes) return;
  const { hash, list } = lexemes;
  for (let i = learntFrom; i < list.length; i++) if (hash[list[i]!] === i) delete hash[list[i]!];
  learntFrom = list.length;
}

/** The wink pipeline, built once per process: sentence boundaries and POS (lemmas come with POS). */
function wink(): Wink {
  if (lexemes && lexemes.list.length > lexemes.intrinsicSize + REBUILD_AFTER) instance = undefined;
  instance ??= winkNLP(modelWithLexemeAccess(), ['sbd', 'pos']);
  return instance;
}

/**
 * Whether wink's English vocabulary knows this lower-case word as something other than a proper noun:
 * "turkey", "china", "bush", "may" are; "israel", "chad" (known only as names) and "obama" (unknown) are not.
 * For compile-time use: it tells a name that can be written in lower case from one that is also a word.
 */
export function isOrdinaryWord(word: string): boolean {
  wink();
  const { features, packing, lexicon } = loadedModel!;
  const index = Object.hasOwn(features.lexeme.hash, word) ? features.lexeme.hash[word] : undefined;
  if (index === undefined || index >= features.lexeme.intrinsicSize) return false;
  const [offset, mask, shift] = packing.layout.lexemeCID!;
  const cluster = features.posClusters.list[(lexicon[offset + index * packing.size]! & mask) >>> shift];
  const properNoun = features.pos.list.indexOf('PROPN');
  for (const pos of cluster ?? []) if (pos !== properNoun) return true;
  return false;
}

const BE = new Set(['am', 'are', 'is', 'was', 'were', "'m", "'re", "'s"]);

/** What wink hands a per-token function: its packed tokens (4 numbers each) and its lexicon. */
interface WinkDocData {
  readonly tokens: readonly number[];
  readonly cache: {
    mappedSpelling(lexeme: number): number;
    property(lexeme: number, name: string): number;
    intrinsicSize(): number;
  };
}
type TokenFunction = (index: number, rdd: WinkDocData, addons: unknown) => string;
const TOKEN_SIZE = 4;
/** A token's second number above this points into wink's table of contraction expansions. */
const EXPANSION = 65535;

/**
 * wink's lemma, except for a contraction it keeps whole ("cannot" before a comma): the lexicon entry of a
 * contraction holds a pointer to its expansion where the lemma would be, and wink reads that pointer as a
 * word index, past the end of its own vocabulary, into the words it learnt from earlier documents; the
 * lemma came out as some unrelated word, different from run to run. Such a token's lemma is its normal
 * form ("be" for the forms of be). wink maps tokens only through functions it lists as allowed, so this one
 * is added to its list.
 */
const stableLemma: TokenFunction = (index, rdd, addons) => {
  // Called only while `tokenize` reads a document, so the pipeline exists.
  const { its } = instance!;
  const { cache } = rdd;
  if (rdd.tokens[index * TOKEN_SIZE + 1]! <= EXPANSION) {
    const lexeme = cache.mappedSpelling(rdd.tokens[index * TOKEN_SIZE]!);
    const intrinsic = cache.intrinsicSize();
    if (
      lexeme < intrinsic &&
      cache.property(lexeme, 'isSLemma') === 1 &&
      cache.property(lexeme, 'lemma') >= intrinsic
    ) {
      const normal = (its.normal as unknown as TokenFunction)(index, rdd, addons);
      return BE.has(normal) ? 'be' : normal;
    }
  }
  return (its.lemma as unknown as TokenFunction)(index, rdd, addons);
};
(createRequire(import.meta.url)('wink-nlp/src/allowed.js') as { its4tokens: Set<unknown> }).its4tokens.add(
  stableLemma,
);

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
  forgetLearntWords();
  const doc = nlp.readDoc(norm.text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(stableLemma as never) as unknown as string[];
  const normals = all.out(its.normal) as string[];
  const types = all.out(its.type) as string[];
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];

  // wink token index → our token index (whitespace tokens are dropped).
  const ours = new Int32Array(values.length + 1);
  const tokens: { -readonly [K in keyof Token]: Token[K] }[] = [];
  let offset = 0;
  let previousEnd = 0; // in the normalised text
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    offset += spaces[k]!.length;
    ours[k] = tokens.length;
    if (types[k] === 'tabCRLF' || value.trim() === '') {
      offset += value.length;
      continue;
    }
    const start = offset;
    const end = offset + value.length;
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

let bare: Wink | undefined;

function bareWink(): Wink {
  bare ??= winkNLP(reloadable, []);
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
