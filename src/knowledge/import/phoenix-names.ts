/**
 * Phoenix dictionaries write every phrase in capitals ("VLADIMIR_PUTIN_"). sitrep's knowledge files spell
 * names as news does, because a name's own capitals decide how it matches ("US" only as "US"). These turn
 * the capitals back into a plausible spelling, and make ids.
 */

/** Small words that stay lower case inside an organisation's name (they then match in any case). */
const FUNCTION_WORDS = new Set([
  'OF',
  'THE',
  'AND',
  'FOR',
  'IN',
  'ON',
  'TO',
  'AT',
  'BY',
  'WITH',
  'AGAINST',
  'DE',
  'DU',
  'DES',
  'LA',
  'LE',
  'LES',
  'DEL',
  'DI',
  'Y',
  'ET',
  'WA',
]);

/**
 * "AL-ASSAD" → "Al-Assad", "O'BRIEN" → "O'Brien", "PEOPLE'S" → "People's": a capital after a hyphen, a
 * full stop, or an apostrophe that follows a single letter.
 */
function capitalise(word: string): string {
  return word
    .toLowerCase()
    .replace(
      /(^|[-./]|^\p{L}['’])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

/** A person's name: every word capitalised, as names are written. */
export function personName(words: readonly string[]): string {
  return words.map(capitalise).join(' ');
}

/**
 * An organisation's name: words capitalised, function words in lower case. A one-word name of up to five
 * letters ("UNDP", "FSB") stays in capitals, as an abbreviation, so that it matches only when written so;
 * a bracketed abbreviation inside a longer name ("(AAIA)") stays as written.
 */
export function organisationName(words: readonly string[]): string {
  const letters = (w: string): string => w.replace(/[^\p{L}]/gu, '');
  if (words.length === 1 && letters(words[0]!).length <= 5) return words[0]!;
  return words
    .map((w, i) => {
      if (/^\(.*\)$/.test(w)) return w;
      if (i > 0 && FUNCTION_WORDS.has(w)) return w.toLowerCase();
      return capitalise(w);
    })
    .join(' ');
}

/** Agent words are common nouns: lower case, which matches in any case. */
export function agentPhrase(words: readonly string[]): string {
  return words.join(' ').toLowerCase();
}

/** A name without a bracketed part, "Islamic Army of Aden (IAA)" → "Islamic Army of Aden", or undefined. */
export function withoutBrackets(words: readonly string[]): string[] | undefined {
  const kept = words.filter((w) => !/^\(.*\)$/.test(w));
  return kept.length > 0 && kept.length < words.length ? kept : undefined;
}

/** ASCII letters and digits of a name, other runs turned into single hyphens. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A person id in sitrep's style: "vladimir-putin". */
export function personId(words: readonly string[]): string {
  return slug(words.join(' ')).toLowerCase() || 'person';
}

/** An organisation id for the layer: "PHX-" and the name, so it never equals a country code or a built-in id. */
export function organisationId(words: readonly string[]): string {
  return `PHX-${slug(words.join(' ')).toUpperCase() || 'ORGANISATION'}`;
}

/** A key to compare names by: lower case, letters and digits only, words single-spaced. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
