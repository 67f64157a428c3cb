import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import { matchWords, nounKeys, type Pieces } from './pieces.js';

/**
 * The first noun row (longest words at a token) whose words lie within tokens [start, end) and whose code
 * `accept` takes: the act a phrase names ("for economic aid" → 071, "in a firefight" → 193), whether or not
 * the noun is an event of its own.
 */
export function nounRowIn(
  pieces: Pieces,
  cameo: CameoKnowledge,
  start: number,
  end: number,
  accept: (code: string) => boolean,
): EventPattern | undefined {
  for (let t = start; t < end; t++) {
    const first = pieces.norm[t]![0];
    if (first === undefined) continue;
    let best: EventPattern | undefined;
    let longest = 0;
    for (const key of nounKeys(first, pieces.lemma[t]![0] ?? first)) {
      for (const pattern of cameo.nouns.get(key) ?? []) {
        if (pattern.words.length <= longest) continue;
        const stop = matchWords(pieces, pattern.words, t);
        if (stop < 0 || stop > end) continue;
        best = pattern;
        longest = pattern.words.length;
      }
    }
    if (best !== undefined && accept(best.code)) return best;
  }
  return undefined;
}
