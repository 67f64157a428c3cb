import type { Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import type { CaseRule, LexEntry, LexValue } from '../../knowledge/actors/types.js';

export interface LexHit {
  readonly start: number;
  readonly end: number;
  readonly values: readonly LexValue[];
}

function caseOk(rule: CaseRule, text: string, lowerNames: boolean): boolean {
  if (rule === 'any') return true;
  if (rule === 'upper') {
    const letters = text.replace(/[^\p{L}]/gu, '');
    return letters === letters.toUpperCase();
  }
  if (rule === 'name' || lowerNames) return true;
  // a capital anywhere ("Israel", "iSrael") shows a name, however odd the typing
  const first = text.charAt(0);
  return first !== first.toLowerCase() || text !== text.toLowerCase();
}

/**
 * Dictionary phrases starting at token `start` (within the sentence end), longest first, keeping only the
 * readings whose capitalisation the text honours ("US" the country, not "us" the pronoun). With `lowerNames`
 * a capitalised dictionary word may also be written all in lower case (a name right after a title).
 */
export function lexiconAt(
  k: ActorKnowledge,
  tokens: readonly Token[],
  norms: readonly string[],
  start: number,
  end: number,
  lowerNames = false,
): LexHit[] {
  const hits: LexHit[] = [];
  for (const match of k.lexicon.all(norms, start, end)) {
    const values = match.values.filter((v) =>
      v.cases.every((rule, i) => caseOk(rule, tokens[start + i]!.text, lowerNames)),
    );
    if (values.length > 0) hits.push({ start, end: start + match.length, values });
  }
  return hits;
}

export function entriesOf<K extends LexEntry['kind']>(
  hit: LexHit | undefined,
  kind: K,
): Extract<LexEntry, { kind: K }>[] {
  if (!hit) return [];
  return hit.values.map((v) => v.entry).filter((e): e is Extract<LexEntry, { kind: K }> => e.kind === kind);
}

/** The longest hit that has an entry of one of these kinds. */
export function firstOfKind(hits: readonly LexHit[], kinds: readonly LexEntry['kind'][]): LexHit | undefined {
  return hits.find((h) => h.values.some((v) => kinds.includes(v.entry.kind)));
}
