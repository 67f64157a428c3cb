import type { Token } from '../../core/records.js';
import { entities, type NerModel } from '../ner/model.js';
import type { NameSpan } from './detect.js';

/**
 * People and organisations by the statistical tagger, over the whole article at once (it reads other mentions
 * of a name as evidence). Places are the places stage's business, and MISC names no actor.
 */
export function tagNames(ner: NerModel, tokens: readonly Token[]): NameSpan[] {
  const starts = tokens.map((t, i) => i === 0 || tokens[i - 1]!.sentence !== t.sentence);
  const tags = ner.tag(
    tokens.map((t) => t.text),
    starts,
  );
  const names: NameSpan[] = [];
  for (const span of entities(tags)) {
    if (span.type === 'PER' || span.type === 'ORG')
      names.push({ start: span.start, end: span.end, type: span.type });
  }
  return names;
}
