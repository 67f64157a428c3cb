import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import type { StageName } from '../../src/core/codes.js';
import { articleId } from '../../src/core/identity.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

/** The record of a short text published on `date`, up to a stage. */
export function record(text: string, date = '2022-01-22', until: StageName = 'places'): Analysis {
  return analyze({ id: articleId(text, date), published: date, text, lang: 'en' }, loadKnowledge(), {
    until,
  });
}

/** The mentions of a short text published on `date`, as the whole analysis resolves them. */
export function mentionsOf(text: string, date: string): Analysis['mentions'] {
  return record(text, date, 'events').mentions;
}
