// Case folding and character classes by table lookup: String#toLowerCase
// allocates, and the tagger looks at every character of every token.

/** Characters above this are treated as caseless symbols (CJK, emoji, …). */
const TABLE_SIZE = 0x2000;

/** Class of a character, as used by word shapes. */
export const UPPER = 1;
export const LOWER = 2;
export const DIGIT = 3;
export const OTHER = 0;

const lowerTable = new Uint16Array(TABLE_SIZE);
const classTable = new Uint8Array(TABLE_SIZE);

// One-off build: a few thousand single-character strings at module load.
// Caseless letters (Arabic, Hebrew, …) count as lower case: they never mark a
// capitalised word.
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase();
  lowerTable[c] = lo.length === 1 ? lo.charCodeAt(0) : c;
  if (/\p{Nd}/u.test(ch)) classTable[c] = DIGIT;
  else if (/[\p{Lu}\p{Lt}]/u.test(ch)) classTable[c] = UPPER;
  else if (/\p{L}/u.test(ch)) classTable[c] = LOWER;
  else classTable[c] = OTHER;
}

/** Lower-case form of a UTF-16 code unit (identity outside the table). */
export function lowerCode(c: number): number {
  return c < TABLE_SIZE ? lowerTable[c]! : c;
}

/** UPPER, LOWER, DIGIT or OTHER. */
export function charClass(c: number): number {
  return c < TABLE_SIZE ? classTable[c]! : OTHER;
}
