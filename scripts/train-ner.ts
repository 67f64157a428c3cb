// Retrains the named-entity tagger shipped in data/models/ner/.
//
//   npx tsx scripts/train-ner.ts [--epochs 50] [--runs 3] [--dropout 0.4]
//     [--hash-bits 20] [--seed 12345] [--lexicon FILE.json]
//     [--out data/models/ner] [--dry-run]
//
// --lexicon trains with gazetteers: a JSON object from lexicon name to a list
// of phrases ({"PER": ["sergey lavrov", …], "LOC": […]}). The model then
// expects lexicons of those names at run time (NerModel.setLexicon).
//
// Trains on CoNLL-2003 train, picks the epoch and the pruning threshold on
// validation, reports test once at the end, and writes the weights with a
// header that records all of it. The data is read from the shared folder
// ($SITREP_SHARED, default ../shared), never copied into the repository.

import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type ConllDoc, conllPath, readConll } from '../src/extract/ner/conll.js';
import { evaluateDocs } from '../src/extract/ner/evaluate.js';
import type { Lexicon } from '../src/extract/ner/lexicon.js';
import { NerModel, Trainer } from '../src/extract/ner/model.js';
import type { Counts, NerScore } from '../src/extract/ner/score.js';
import { DenseTable, SparseTable } from '../src/extract/ner/table.js';
import { bilouFromIob2, NUM_LABELS } from '../src/extract/ner/tags.js';
import { decodeTable, encodeTable, saveModel } from '../src/extract/ner/weights.js';
import { DATA_DIR } from '../src/paths.js';

const MAX_BYTES = 6 * 1024 * 1024;
/** Pruning may cost at most this much dev F1 (in points). */
const PRUNE_TOLERANCE = 0.05;
const PRUNE_THRESHOLDS = [0, 0.5, 1, 2, 4, 8];

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    dropout: { type: 'string', default: '0.4' },
    'hash-bits': { type: 'string', default: '20' },
    seed: { type: 'string', default: '12345' },
    patience: { type: 'string', default: '8' },
    out: { type: 'string' },
    lexicon: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const maxEpochs = Number(args.epochs);
const runs = Number(args.runs);
const dropout = Number(args.dropout);
const hashBits = Number(args['hash-bits']);
const seed = Number(args.seed);
const patience = Number(args.patience);
for (const [name, value, ok] of [
  ['epochs', maxEpochs, maxEpochs >= 1],
  ['runs', runs, runs >= 1],
  ['dropout', dropout, dropout >= 0 && dropout < 1],
  ['hash-bits', hashBits, hashBits >= 8 && hashBits <= 24],
  ['seed', seed, Number.isFinite(seed)],
  ['patience', patience, patience >= 1],
] as const) {
  if (!ok || Number.isNaN(value)) {
    process.stderr.write(`bad --${name}: ${value}\n`);
    process.exit(2);
  }
}
const outDir = args.out ?? join(DATA_DIR, 'models', 'ner');
const lexicon = args.lexicon === undefined ? undefined : readLexicon(args.lexicon);
const lexiconNames = lexicon === undefined ? [] : [...lexicon.keys()];

/** A lexicon file: {name: [phrase, …]}, phrases lower-cased. */
function readLexicon(path: string): Lexicon {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const lexicon = new Map<string, Set<string>>();
  for (const [name, phrases] of Object.entries(json)) {
    if (!Array.isArray(phrases) || !phrases.every((p) => typeof p === 'string'))
      throw new Error(`${path}: "${name}" must be a list of strings`);
    lexicon.set(name, new Set(phrases.map((p: string) => p.toLowerCase())));
  }
  return lexicon;
}

/** A model over a table, with the training lexicon plugged in. */
function modelOf(table: SparseTable): NerModel {
  const model = new NerModel(table, lexiconNames);
  model.setLexicon(lexicon);
  return model;
}

const log = (msg: string): void => {
  process.stderr.write(`${msg}\n`);
};
const pct = (x: number): number => Math.round(x * 10000) / 100;
const brief = (s: NerScore): string =>
  `${pct(s.overall.f1).toFixed(2)} (${Object.entries(s.byType)
    .map(([t, c]) => `${t} ${pct(c.f1).toFixed(2)}`)
    .join(', ')})`;
const table = (s: NerScore): Record<string, { p: number; r: number; f1: number }> => {
  const row = (c: Counts) => ({ p: pct(c.precision), r: pct(c.recall), f1: pct(c.f1) });
  return {
    ...Object.fromEntries(Object.entries(s.byType).map(([t, c]) => [t, row(c)])),
    overall: row(s.overall),
  };
};

/** A small deterministic PRNG, so a retrain reproduces the shipped weights. */
function lcg(state: number): () => number {
  let x = state >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

for (const split of ['train', 'valid', 'test'] as const) {
  if (!existsSync(conllPath(split))) {
    log(`missing ${conllPath(split)}: set SITREP_SHARED to the shared folder`);
    process.exit(2);
  }
}
const started = performance.now();
const startedCpu = process.cpuUsage();
const train = readConll(conllPath('train'));
const valid = readConll(conllPath('valid'));
const test = readConll(conllPath('test'));
const gold = train.map((d) => bilouFromIob2(d.tags));
const count = (docs: ConllDoc[]) => ({
  documents: docs.length,
  sentences: docs.reduce((a, d) => a + d.bounds.length - 1, 0),
  tokens: docs.reduce((a, d) => a + d.tokens.length, 0),
});
log(`train ${JSON.stringify(count(train))}, valid ${JSON.stringify(count(valid))}`);

// Several perceptrons, each on its own shuffle and dropout draws; their
// averaged weights are summed (an ensemble at the cost of one model).
const trainers = Array.from(
  { length: runs },
  (_, r) =>
    new Trainer(new DenseTable(hashBits), {
      dropout,
      seed: seed + 7919 * (r + 1),
      ...(lexicon === undefined ? {} : { lexicon }),
    }),
);
const shuffles = trainers.map((_, r) => lcg(seed + r));
const order = train.map((_, i) => i);
let best: { epoch: number; dev: NerScore; weights: Float32Array } | undefined;
for (let epoch = 1; epoch <= maxEpochs; epoch++) {
  const t0 = performance.now();
  let wrong = 0;
  trainers.forEach((trainer, r) => {
    const rand = shuffles[r]!;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) wrong += trainer.train(train[k]!.tokens, train[k]!.starts, gold[k]!);
  });
  const weights = new Float32Array((1 << hashBits) * NUM_LABELS);
  for (const trainer of trainers) trainer.addAveraged(weights);
  const dev = evaluateDocs(modelOf(SparseTable.fromDense(new DenseTable(hashBits, weights))), valid);
  log(
    `epoch ${epoch}: ${wrong} training errors, ${((performance.now() - t0) / 1000).toFixed(1)} s, dev F1 ${brief(dev)}`,
  );
  if (best === undefined || dev.overall.f1 > best.dev.overall.f1) best = { epoch, dev, weights };
  else if (epoch - best.epoch >= patience) break;
}
if (best === undefined) throw new Error('no epochs run');
const trainSeconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(startedCpu);
const trainCpuSeconds = (cpu.user + cpu.system) / 1e6;
log(`best epoch ${best.epoch}, dev F1 ${brief(best.dev)}`);

// Pruning: drop rows whose largest weight is small, as long as dev F1 (of
// the weights exactly as they will be loaded) stays within tolerance.
const dense = new DenseTable(hashBits, best.weights);
let chosen: { threshold: number; table: SparseTable; bytes: number; dev: NerScore } | undefined;
let reference = 0;
for (const threshold of PRUNE_THRESHOLDS) {
  const bytes = encodeTable(SparseTable.fromDense(dense, threshold));
  const loaded = decodeTable(bytes);
  const dev = evaluateDocs(modelOf(loaded), valid);
  if (threshold === 0) reference = dev.overall.f1;
  log(`prune ≤ ${threshold}: ${loaded.rowCount} rows, ${bytes.length} bytes, dev F1 ${brief(dev)}`);
  const ok = bytes.length <= MAX_BYTES && pct(reference) - pct(dev.overall.f1) <= PRUNE_TOLERANCE;
  if (ok && (chosen === undefined || bytes.length < chosen.bytes))
    chosen = { threshold, table: loaded, bytes: bytes.length, dev };
}
if (chosen === undefined) throw new Error(`no pruning threshold fits ${MAX_BYTES} bytes`);
log(`pruning threshold ${chosen.threshold}: ${chosen.bytes} bytes`);

// The final model, scored once on test; sentence-at-a-time scores show what
// the document-level features are worth.
const model = modelOf(chosen.table);
const testScore = evaluateDocs(model, test);
const devSentences = evaluateDocs(model, valid, { sentences: true });
const testSentences = evaluateDocs(model, test, { sentences: true });
log(`dev F1 ${brief(chosen.dev)}`);
log(`test F1 ${brief(testScore)}`);
log(`sentence by sentence: dev ${brief(devSentences)}, test ${brief(testSentences)}`);

// Speed: whole test documents, one thread, after a warm-up pass; by wall
// clock and per CPU second (the latter holds up on a busy machine).
const testTokens = count(test).tokens;
const wall: number[] = [];
const perCpu: number[] = [];
for (let rep = 0; rep < 6; rep++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const d of test) model.labels(d.tokens, d.starts);
  const used = process.cpuUsage(c0);
  if (rep === 0) continue;
  wall.push(testTokens / ((performance.now() - t0) / 1000));
  perCpu.push(testTokens / ((used.user + used.system) / 1e6));
}
const median = (xs: number[]): number =>
  Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
const tokensPerSecond = { wallClock: median(wall), perCpuSecond: median(perCpu) };
log(
  `tagging speed: ${tokensPerSecond.wallClock} tokens/s by wall clock, ${tokensPerSecond.perCpuSecond} per CPU second (median of ${wall.length} passes over test)`,
);

if (args['dry-run']) {
  log('dry run: nothing written');
} else {
  const header = saveModel(outDir, chosen.table, {
    lexicons: lexiconNames,
    training: {
      data: 'CoNLL-2003 English (Reuters RCV1): trained on train (eng.train), epoch and pruning chosen on validation (eng.testa), test (eng.testb) reported only',
      train: count(train),
      valid: count(valid),
      test: count(test),
      gazetteer: args.lexicon === undefined ? 'none' : args.lexicon,
      labels: 'BILOU internally, IOB2 output',
      epochs: best.epoch,
      runs,
      dropout,
      seed,
      pruneThreshold: chosen.threshold,
      trainSeconds: Math.round(trainSeconds),
      trainCpuSeconds: Math.round(trainCpuSeconds),
      command: `npx tsx scripts/train-ner.ts${process.argv.slice(2).length > 0 ? ` ${process.argv.slice(2).join(' ')}` : ''}`,
    },
    scores: {
      metric: 'exact-span F1 in percent (conlleval), documents tagged whole',
      dev: table(chosen.dev),
      test: table(testScore),
      devSentenceBySentence: table(devSentences),
      testSentenceBySentence: table(testSentences),
      tokensPerSecond,
    },
  });
  log(
    `wrote ${relative(process.cwd(), join(outDir, header.weightsFile))} (${header.weightsBytes} bytes) and ner.json`,
  );
}
