import type { MentionScan } from './scan.js';

/** Adjectives that may stand between "our" and the noun for the speaker's country: "our beautiful country". */
const MAX_OWN_COUNTRY_ADJECTIVES = 2;
/** Marks after which a capitalised word opens a clause: "Vladimir Putin: Yesterday I …". */
const CLAUSE_MARKS = new Set([':', ',', ';', '"', '(', '–', '—']);

/** "You" and "your": the party a speaker addresses ("thank you for your invitation"), its own words' other side. */
export function isAddresseeWord(word: string): boolean {
  return word === 'you' || word === 'your';
}

/**
 * Whether the first-person word at `t` is the pronoun: not "US" in capitals, nor the numeral of a ruler's
 * name ("Peter I") or a war ("World War I").
 */
export function isFirstPersonWord(scan: MentionScan, t: number, sentenceStart: number): boolean {
  const token = scan.tokens[t]!;
  if (token.norm === 'i') return token.text === 'I' && !isRegnalNumeral(scan, t, sentenceStart);
  return token.text.length === 1 || token.text !== token.text.toUpperCase();
}

/**
 * "I" after a name that does not open its clause ("in 1700 Peter I founded", "World War I"): the numeral; a
 * capitalised word opening the clause before it ("Yesterday I met …") leaves it the pronoun.
 */
function isRegnalNumeral(scan: MentionScan, t: number, sentenceStart: number): boolean {
  const tokens = scan.tokens;
  const before = t - 1;
  if (before < sentenceStart || tokens[before]!.pos !== 'PROPN') return false;
  return before > sentenceStart && !CLAUSE_MARKS.has(tokens[before - 1]!.text);
}

/**
 * A first-person word: "our state", "our beautiful country" (the speaker's country), or a pronoun alone.
 * "our troops", "our people" are agents owned by the pronoun, found before this as other possessives are.
 * Returns the token after what it read.
 */
export function firstPersonAt(scan: MentionScan, t: number, end: number, sentence: number): number {
  const { tokens, norms, k } = scan;
  const word = norms[t]!;
  if (word === 'our' || word === 'my') {
    let q = t + 1;
    while (q < end && q - t <= MAX_OWN_COUNTRY_ADJECTIVES && tokens[q]!.pos === 'ADJ') q++;
    if (q < end && k.ownCountryNouns.has(norms[q]!) && tokens[q]!.pos !== 'ADJ') {
      scan.emit(
        t,
        q + 1,
        sentence,
        'country',
        { kind: 'first-person', word, country: true },
        'first-person.country',
      );
      return q + 1;
    }
    // "our proposals", "my visit": whose act or thing it is, the events stage reads from the clause
    return t + 1;
  }
  scan.emit(t, t + 1, sentence, 'pronoun', { kind: 'first-person', word }, 'first-person');
  return t + 1;
}
