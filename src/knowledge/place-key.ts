/**
 * Place names are looked up by a key that ignores case, accents, periods, apostrophes, hyphens and commas, so
 * "St. Louis", "Winston-Salem", "Kramators’k" and "Côte d'Ivoire" match however the text writes them. The
 * text side builds the same key from token norms with `keyPart`, one token at a time.
 */

const MARKS = /\p{M}/gu;
const DROPPED = /[.'’()]/g;
/** Names of plain ASCII letters and single spaces need no work beyond lower-casing. */
const SIMPLE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The key of one token's norm (already lower case): "st." → "st", "côte" → "cote", "-" → "". */
export function keyPart(norm: string): string {
  let part = isAscii(norm) ? norm : norm.normalize('NFD').replace(MARKS, '');
  if (part.includes('.') || part.includes("'") || part.includes('’') || part.includes('('))
    part = part.replace(DROPPED, '');
  return part === '-' || part === ',' ? '' : part;
}

/** The key of a whole name: its words' keys joined by single spaces. */
export function placeKey(name: string): string {
  if (SIMPLE.test(name)) return name.toLowerCase();
  return name
    .toLowerCase()
    .split(/[\s,\-–/]+/)
    .map(keyPart)
    .filter((part) => part !== '')
    .join(' ');
}

const VARIANTS: readonly (readonly [string, string])[] = [
  ['saint ', 'st '],
  ['sainte ', 'ste '],
  ['fort ', 'ft '],
  ['mount ', 'mt '],
];

/** A key and its spelling variants ("saint louis" ↔ "st louis"). */
export function keyVariants(key: string): string[] {
  const keys = [key];
  for (const [long, short] of VARIANTS) {
    if (key.startsWith(long)) keys.push(short + key.slice(long.length));
    else if (key.startsWith(short)) keys.push(long + key.slice(short.length));
  }
  return keys;
}
