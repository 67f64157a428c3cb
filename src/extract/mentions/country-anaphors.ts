import type { MentionScan } from './scan.js';

// "the country", "this country" standing for a state the context gives: "Russia was the first to recognise
// Greece and the country's independence", "martial law across the country". Which state it is, the actor
// stage decides (`actors/country-anaphor.ts`).

/** Nouns that, after a bare "the" or "this", refer to a country. "the state" and "the nation" are left out:
 * in a state's own words they are its government or its people ("the state must support business", "the
 * nation's health", Kazakhstan's "Leader of the Nation"); "the republic" in Russia's releases is mostly one
 * of its own republics (Tatarstan, Chechnya), not a state. */
const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['country', 'kingdom']);
/** Determiners that make the noun a reference: "the country", "this country". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this']);
/** Words before "the country" that make it a description, not a reference: "Ukraine is the country that …". */
const COPULAS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'become',
  'becomes',
]);
/**
 * Words after the noun that make it a kind, not one country: "the country of origin", "the country where …".
 * ("across the country with missiles", "troops to the country in March" still refer.)
 */
const DEFINING_NEXT: ReadonlySet<string> = new Set(['of', 'that', 'which', 'where', 'whose']);

/**
 * Emits "the country" (or "this country", "the kingdom") at `t` as a country mention whose
 * state the context gives; returns the position after it, or undefined when none starts there. Only the bare
 * noun counts: with a modifier it describes ("the first country", "the aggressor country"), and a name
 * follows a capitalised one ("the Republic of Croatia").
 */
export function countryAnaphorAt(
  scan: MentionScan,
  t: number,
  end: number,
  sentence: number,
): number | undefined {
  const { norms, tokens } = scan;
  if (!DETERMINERS.has(norms[t]!) || t + 1 >= end || !COUNTRY_NOUNS.has(norms[t + 1]!)) return undefined;
  const noun = tokens[t + 1]!;
  if (noun.text[0] !== noun.text[0]!.toLowerCase()) return undefined;
  const before = norms[t - 1];
  if (before !== undefined && tokens[t - 1]!.sentence === sentence && COPULAS.has(before)) return undefined;
  const after = norms[t + 2];
  // "the country's", "the country.", "the country and …": a reference; "the country of origin": a kind
  if (after !== undefined && t + 2 < end && DEFINING_NEXT.has(after)) return undefined;
  scan.emit(t, t + 2, sentence, 'country', { kind: 'country-anaphor' }, 'coref.country-anaphor');
  return t + 2;
}
