import type { Sentence, Token } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Gazetteer, GazetteerEntry } from '../../knowledge/gazetteer.js';
import { keyPart } from '../../knowledge/place-key.js';
import { addDemonymFocus, qualifierAfter } from './extract.js';
import { addToponymFocus, emptyFocus, type Resolution, resolveToponyms, type Toponym } from './resolve.js';

/** Words a span may carry that the gazetteer's names do not: "Jefferson County", "the Netherlands", "Kyiv's". */
const TRAILING = new Set([
  'county',
  'parish',
  'city',
  'state',
  'province',
  'region',
  'oblast',
  'district',
  's',
  "'s",
]);

function entriesFor(
  parts: readonly string[],
  gaz: Gazetteer,
): { key: string; entries: readonly GazetteerEntry[] } | undefined {
  let words = parts.filter((p) => p !== '');
  if (words[0] === 'the') words = words.slice(1);
  while (words.length > 0) {
    const key = words.join(' ');
    // A demonym marked as a toponym ("Russian" officials) stands for its country, even where a town shares it
    // ("Canadian", Texas); an abbreviation stands for its state.
    const demonym = gaz.demonymPlaces.get(key);
    if (demonym) return { key, entries: [demonym] };
    const entries = gaz.byKey.get(key);
    if (entries) return { key, entries };
    const region = gaz.abbreviations.get(key) ?? gaz.abbreviations.get(key.replaceAll(' ', ''));
    if (region) return { key, entries: [region] };
    if (words.length > 1 && TRAILING.has(words.at(-1)!)) words = words.slice(0, -1);
    else return undefined;
  }
  return undefined;
}

/**
 * Resolves spans someone else marked as toponyms (a gold set's), with the same disambiguation as the
 * stage: the article's focus from these spans and its demonyms, anchors from the unambiguous ones.
 * A span whose words the gazetteer does not know resolves to nothing.
 */
export function resolveSpans(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  spans: readonly Span[],
  gaz: Gazetteer,
): (Resolution | undefined)[] {
  const toponyms: (Toponym | undefined)[] = spans.map((span) => {
    let first = -1;
    let last = -1;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      if (token.span.end <= span.start) continue;
      if (token.span.start >= span.end) break;
      if (first < 0) first = t;
      last = t;
    }
    if (first < 0) return undefined;
    const found = entriesFor(
      tokens.slice(first, last + 1).map((t) => keyPart(t.norm)),
      gaz,
    );
    if (!found) return undefined;
    const sentence = sentences[tokens[first]!.sentence]!;
    const qualifier = qualifierAfter(tokens, last + 1, sentence.tokenEnd, gaz);
    return { key: found.key, entries: found.entries, ...(qualifier && { qualifier }) };
  });
  const known = toponyms.filter((t): t is Toponym => t !== undefined);
  const focus = emptyFocus();
  addToponymFocus(focus, known);
  addDemonymFocus(focus, tokens, gaz);
  const resolved = resolveToponyms(known, focus);
  let k = 0;
  return toponyms.map((t) => (t === undefined ? undefined : resolved[k++]));
}
