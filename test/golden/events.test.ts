import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../src/paths.js';
import { sharedPath } from '../helpers/shared.js';
import { analyzeArticle, matchesGolden, readArticles, stableEvent } from './golden.js';

// Whole articles through the whole pipeline, compared with reviewed golden files. A difference writes
// `<name>-changed.json` beside the golden file; SITREP_UPDATE_GOLDEN=1 rewrites the golden files.
const GOLDEN_DIR = join(import.meta.dirname, 'events');

async function check(name: string, path: string): Promise<void> {
  const [article] = await readArticles(path);
  expect(article, `no article in ${path}`).toBeDefined();
  const analysis = analyzeArticle(article!);
  const golden = join(GOLDEN_DIR, `${name}.json`);
  const value = {
    article: article!.id,
    published: article!.published,
    events: analysis.events.map(stableEvent),
  };
  expect(matchesGolden(golden, value), `events differ from ${golden}: review ${name}-changed.json`).toBe(
    true,
  );
}

describe('golden events', () => {
  it('codes the seed article as reviewed', async () => {
    const seed = sharedPath('seed');
    if (!seed) return;
    await check('seed', seed);
  });

  const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt'));
  it.each(examples)('codes the example %s as reviewed', async (file) => {
    await check(basename(file, '.txt'), join(EXAMPLES_DIR, file));
  });
});
