import type { LexEntry } from '../../knowledge/actors/types.js';
import { emitOrganisation } from './dictionary-names.js';
import type { MentionScan } from './scan.js';
import { hasCapital } from './token-shape.js';

// Two names that share their last words, written once in the plural after both: "the Donetsk and Lugansk
// people's republics" is the Donetsk People's Republic and the Lugansk People's Republic; "North and South
// Korea" is North Korea and South Korea. Each first word opens a dictionary name when the shared words
// (made singular) follow it.

/** The most words the shared part may have ("people 's republics"). */
const MOST_SHARED = 3;

/**
 * Two organisation or country mentions at token `t` ("Donetsk and Lugansk people's republics"): the first
 * spans its own word, the second the rest. Returns the position after them, or undefined.
 */
export function sharedTailNamesAt(
  scan: MentionScan,
  t: number,
  end: number,
  sentence: number,
): number | undefined {
  const { norms, tokens, k } = scan;
  if (norms[t + 1] !== 'and' || t + 3 >= end || !hasCapital(tokens[t]!) || !hasCapital(tokens[t + 2]!))
    return undefined;
  for (let shared = Math.min(MOST_SHARED, end - t - 3); shared >= 1; shared--) {
    const tail = norms.slice(t + 3, t + 3 + shared);
    const last = tail[tail.length - 1]!;
    const singular = last.endsWith('s') ? last.slice(0, -1) : last;
    const first = named(k.lexicon.get([norms[t]!, ...tail.slice(0, -1), singular]));
    const second = named(k.lexicon.get([norms[t + 2]!, ...tail.slice(0, -1), singular]));
    if (!first || !second || first.kind !== second.kind) continue;
    const after = t + 3 + shared;
    emitNamed(scan, t, t + 1, sentence, first);
    emitNamed(scan, t + 2, after, sentence, second);
    return after;
  }
  return undefined;
}

type Named = Extract<LexEntry, { kind: 'org' | 'country' }>;

function named(values: readonly { readonly entry: LexEntry }[] | undefined): Named | undefined {
  const entry = values?.find((v) => v.entry.kind === 'org' || v.entry.kind === 'country')?.entry;
  return entry as Named | undefined;
}

function emitNamed(scan: MentionScan, start: number, end: number, sentence: number, entry: Named): void {
  if (entry.kind === 'country')
    scan.emit(
      start,
      end,
      sentence,
      'country',
      { kind: 'country', iso3: entry.iso3 },
      'kb.country.shared-tail',
    );
  else emitOrganisation(scan, start, end, sentence, entry.id, 'kb.org.shared-tail');
}
