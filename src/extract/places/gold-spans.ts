import type { Sentence, Token } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Gazetteer, GazetteerEntry } from '../../knowledge/gazetteer.js';
import { keyPart } from '../../knowledge/place-key.js';
import { distanceKm } from './distance.js';
import { addDemonymFocus, describedCountries, qualifierAfter } from './extract.js';
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
  dotted: boolean,
): { key: string; entries: readonly GazetteerEntry[] } | undefined {
  let words = parts.filter((p) => p !== '');
  if (words[0] === 'the') words = words.slice(1);
  while (words.length > 0) {
    const key = words.join(' ');
    // A demonym marked as a toponym ("Russian" officials) stands for its country, even where a town shares it
    // ("Canadian", Texas); an abbreviation stands for its state.
    // "Fla." is Florida, not Flå, Norway; "L.A." stays Los Angeles.
    const abbreviation = dotted ? gaz.abbreviations.get(key.replaceAll(' ', '')) : undefined;
    const named = gaz.byKey.get(key);
    if (abbreviation && !named?.some((e) => e.population >= 100_000)) return { key, entries: [abbreviation] };
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
 * stage: the article's focus from these spans and its demonyms, support from the other spans. A span whose
 * words the gazetteer does not know goes to the article's centre (or nothing, when nothing resolved).
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
    const words = tokens.slice(first, last + 1);
    const found = entriesFor(
      words.map((t) => keyPart(t.norm)),
      gaz,
      words.some((t) => t.text.includes('.')),
    );
    if (!found) return undefined;
    const sentence = sentences[tokens[first]!.sentence]!;
    const qualifier = qualifierAfter(tokens, last + 1, sentence.tokenEnd, gaz);
    return {
      key: found.key,
      entries: found.entries,
      ...(qualifier && { qualifier }),
      sentenceCountries: describedCountries(tokens, sentence, gaz),
    };
  });
  const known = toponyms.filter((t): t is Toponym => t !== undefined);
  const focus = emptyFocus();
  addToponymFocus(focus, known);
  addDemonymFocus(focus, tokens, gaz);
  const resolved = resolveToponyms(known, focus);
  const centre = articleCentre(resolved);
  let k = 0;
  return toponyms.map((t) => (t === undefined ? centre : resolved[k++]));
}

/**
 * Where a name the gazetteer lacks most likely is: at the article's centre, the resolved town or county with
 * the most others within 150 km. A creek, a township or a village too small for the gazetteer in local news
 * is almost always near the story's other places. Low confidence, and its own rule.
 */
function articleCentre(resolved: readonly Resolution[]): Resolution | undefined {
  const points = resolved
    .map((r) => r.entry)
    .filter((e) => e.kind === 'city' || e.kind === 'county' || e.kind === 'area');
  let best: GazetteerEntry | undefined;
  let bestCount = -1;
  for (const a of points) {
    let count = 0;
    for (const b of points) if (distanceKm(a.lat, a.lon, b.lat, b.lon) < 150) count++;
    if (count > bestCount) {
      bestCount = count;
      best = a;
    }
  }
  return best && { entry: best, confidence: 0.2, rule: 'place.article-centre' };
}
