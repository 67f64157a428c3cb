import { runBench } from '../src/bench/run.js';

// `npm run bench`: every corpus, the whole of each, JSON on stdout and progress lines on stderr.
const limitArg = process.argv.find((a) => a.startsWith('--limit='));
const result = await runBench({
  corpora: ['allsides', 'reuters'],
  ...(limitArg !== undefined && { limit: Number(limitArg.slice('--limit='.length)) }),
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
