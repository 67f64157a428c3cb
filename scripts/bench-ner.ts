// Tagging speed of the shipped NER model on one thread:
//   npx tsx scripts/bench-ner.ts [--passes 10]
// Tags the CoNLL-2003 test documents whole, repeatedly, and prints the median
// tokens per second (after one warm-up pass), by wall clock and by the
// process's CPU time (the latter holds up on a busy machine). Needs the
// shared data folder.

import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { conllPath, readConll } from '../src/extract/ner/conll.js';
import { loadModel } from '../src/extract/ner/weights.js';

const { values: args } = parseArgs({ options: { passes: { type: 'string', default: '10' } } });
const path = conllPath('test');
if (!existsSync(path)) {
  process.stderr.write(`missing ${path}: set SITREP_SHARED to the shared folder\n`);
  process.exit(2);
}
const docs = readConll(path);
const tokens = docs.reduce((a, d) => a + d.tokens.length, 0);
const t0 = performance.now();
const model = loadModel();
const loadMs = performance.now() - t0;
const wall: number[] = [];
const cpu: number[] = [];
for (let pass = 0; pass <= Number(args.passes); pass++) {
  const start = performance.now();
  const startCpu = process.cpuUsage();
  for (const d of docs) model.labels(d.tokens, d.starts);
  const used = process.cpuUsage(startCpu);
  if (pass === 0) continue;
  wall.push(tokens / ((performance.now() - start) / 1000));
  cpu.push(tokens / ((used.user + used.system) / 1e6));
}
const median = (xs: number[]): number =>
  Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
console.log(
  `model load ${loadMs.toFixed(0)} ms; ${tokens} tokens × ${wall.length} passes: median ${median(wall)} tokens/s by wall clock, ${median(cpu)} per CPU second`,
);
