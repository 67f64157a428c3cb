// The tagger: an averaged perceptron over hashed features, decoded greedily
// left to right so each token sees the two labels before it and what its word
// was tagged earlier in the same document.

import { DocMemory } from './doc-memory.js';
import { FeatureExtractor, MAX_FEATURES } from './features.js';
import { CompiledLexicon, type Lexicon } from './lexicon.js';
import type { DenseTable, WeightTable } from './table.js';
import { IOB2_OF, NUM_LABELS, nextFrom, nextTo, START, typeSlot } from './tags.js';
import { F_HAS_UPPER, TokenTable } from './tokens.js';

export type { Span } from './spans.js';
export { entities } from './spans.js';

/** Receives the perceptron updates while the model decodes training data. */
export interface Learner {
  /** Called once per token with its features, gold label and predicted label. */
  learn(feats: Int32Array, n: number, gold: number, predicted: number): void;
  /** May remove features before scoring (returns the new count). */
  thin(feats: Int32Array, n: number): number;
}

export class NerModel {
  readonly extractor: FeatureExtractor;
  private readonly tt = new TokenTable();
  private readonly mem = new DocMemory();
  private lexicon: CompiledLexicon | undefined;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly scores = new Float64Array(NUM_LABELS);

  /**
   * `lexiconNames`: the lexicons the weights were trained with. Only those
   * can be plugged in: any other lexicon's features would have no weights of
   * their own and would only hit colliding rows of other features.
   */
  constructor(
    readonly table: WeightTable,
    readonly lexiconNames: readonly string[] = [],
  ) {
    this.extractor = new FeatureExtractor(table.hashBits);
  }

  get hashBits(): number {
    return this.table.hashBits;
  }

  /**
   * Plugs in (or, with undefined, removes) gazetteers used as features. Their
   * names must be among lexiconNames; the phrases may differ from training
   * (a bigger or newer dictionary under the same name is the point).
   */
  setLexicon(lexicon: Lexicon | undefined): void {
    if (lexicon === undefined) {
      this.lexicon = undefined;
      return;
    }
    for (const name of lexicon.keys())
      if (!this.lexiconNames.includes(name))
        throw new Error(
          `lexicon "${name}" was not used in training (trained with: ${this.lexiconNames.join(', ') || 'none'}); retrain with it`,
        );
    this.lexicon = new CompiledLexicon(lexicon);
  }

  /**
   * IOB2 tags for a token sequence: one sentence, or a whole document with
   * `startsSentence[i]` true at each sentence's first token. Passing a whole
   * document lets later mentions of a name use the earlier ones.
   */
  tag(tokens: readonly string[], startsSentence?: ArrayLike<boolean>): string[] {
    const ids = this.labels(tokens, startsSentence);
    const out = new Array<string>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = IOB2_OF[ids[i]!]!;
    return out;
  }

  /** As tag(), as internal BILOU label ids (indices into LABELS). */
  labels(tokens: readonly string[], startsSentence?: ArrayLike<boolean>): Uint8Array {
    const out = new Uint8Array(tokens.length);
    this.decode(tokens, startsSentence, out, undefined, undefined);
    return out;
  }

  /**
   * Greedy decoding into `out`. With `gold` and a learner, every token's
   * features and labels go to the learner (which updates the weights when
   * they differ) and decoding goes on from the model's own prediction, as it
   * must at run time.
   */
  decode(
    tokens: readonly string[],
    starts: ArrayLike<boolean> | undefined,
    out: Uint8Array,
    gold: Uint8Array | undefined,
    learner: Learner | undefined,
  ): void {
    const tt = this.tt;
    const mem = this.mem;
    const lex = this.lexicon;
    tt.fill(tokens, starts);
    mem.fill(tt);
    lex?.fill(tt);
    const fx = this.extractor;
    const feats = this.feats;
    const scores = this.scores;
    const table = this.table;
    let prev = START;
    let prev2 = START;
    for (let i = 0; i < tt.n; i++) {
      if (tt.sentStart[i] === i) {
        prev = START;
        prev2 = START;
      }
      const upper = (tt.flags[i]! & F_HAS_UPPER) !== 0;
      let n = fx.staticFeatures(tt, mem, lex, i, feats, 0);
      n = fx.dynamicFeatures(tt, i, prev, prev2, upper ? mem.history(i) : -1, feats, n);
      if (learner !== undefined) n = learner.thin(feats, n);
      // Only the labels BILOU allows after the previous one are scored.
      const from = nextFrom[prev]!;
      const to = nextTo[prev]!;
      scores.fill(0);
      table.score(feats, n, scores, from, to);
      let best = from;
      for (let t = from + 1; t < to; t++) if (scores[t]! > scores[best]!) best = t;
      if (gold !== undefined && learner !== undefined) learner.learn(feats, n, gold[i]!, best);
      out[i] = best;
      if (upper) mem.record(i, typeSlot(best));
      prev2 = prev;
      prev = best;
    }
  }
}

export interface TrainerOptions {
  /**
   * Chance of hiding each feature of a training token. Names in new text are
   * mostly unseen; dropping features makes the model rely on context and
   * form as well as on remembered words (+1.3 dev F1 at 0.4).
   */
  dropout?: number;
  /** Seed of the dropout draws. */
  seed?: number;
  /** Gazetteers to train with; tag with lexicons of the same names. */
  lexicon?: Lexicon;
}

/**
 * Perceptron training with weight averaging (Daumé's lazy trick): alongside
 * the live weights w keep u = Σ step·Δw; the average over all steps is then
 * w − u/steps, computed once at the end instead of after every token.
 */
export class Trainer implements Learner {
  private readonly totals: Float64Array;
  private step = 1;
  private readonly model: NerModel;
  private readonly dropout: number;
  private rng: number;

  constructor(
    readonly table: DenseTable,
    options: TrainerOptions = {},
  ) {
    this.totals = new Float64Array(table.weights.length);
    this.model = new NerModel(table, options.lexicon === undefined ? [] : [...options.lexicon.keys()]);
    this.model.setLexicon(options.lexicon);
    this.dropout = options.dropout ?? 0;
    this.rng = (options.seed ?? 1) >>> 0 || 1;
  }

  /** Feature dropout (see TrainerOptions). */
  thin(feats: Int32Array, n: number): number {
    if (this.dropout <= 0) return n;
    const cut = this.dropout * 4294967296;
    let m = 0;
    let x = this.rng;
    for (let k = 0; k < n; k++) {
      // xorshift32
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      if (x >>> 0 >= cut) feats[m++] = feats[k]!;
    }
    this.rng = x;
    return m;
  }

  /** The perceptron rule: move weight from the predicted to the gold label. */
  learn(feats: Int32Array, n: number, gold: number, predicted: number): void {
    if (gold !== predicted) {
      const w = this.table.weights;
      const u = this.totals;
      const c = this.step;
      for (let k = 0; k < n; k++) {
        const row = feats[k]! * NUM_LABELS;
        w[row + gold]! += 1;
        w[row + predicted]! -= 1;
        u[row + gold]! += c;
        u[row + predicted]! -= c;
      }
    }
    this.step++;
  }

  /** Trains on one document (or sentence); returns the number of wrong labels. */
  train(tokens: readonly string[], starts: ArrayLike<boolean> | undefined, gold: Uint8Array): number {
    const out = new Uint8Array(tokens.length);
    this.model.decode(tokens, starts, out, gold, this);
    let wrong = 0;
    for (let i = 0; i < out.length; i++) if (out[i] !== gold[i]) wrong++;
    return wrong;
  }

  /** Adds the averaged weights so far into `into` (training can continue). */
  addAveraged(into: Float32Array): void {
    const w = this.table.weights;
    const u = this.totals;
    const c = this.step;
    if (into.length !== w.length) throw new Error('size mismatch');
    for (let k = 0; k < w.length; k++) into[k]! += w[k]! - u[k]! / c;
  }
}
