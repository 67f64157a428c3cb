import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { storyAnalyses } from '../store/story.js';

/** A SQLite store file in `dir` holding the hand-made crisis story; returns its `sqlite:` URL. */
export async function storyDb(dir: string, name = 'story.db'): Promise<string> {
  const url = `sqlite:${join(dir, name)}`;
  const store = await openStore(url);
  try {
    for (const analysis of storyAnalyses()) await store.saveAnalysis(analysis);
  } finally {
    await store.close();
  }
  return url;
}
