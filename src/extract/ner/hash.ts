// Hashing primitives for feature indices. Features are never built as strings:
// each one is a template id folded together with per-token hashes, then mixed
// and masked into a fixed-size table, so the hot loop allocates nothing.

/** FNV-1a 32-bit offset basis: the starting state of every hash. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Folds one value (a char code or a whole 32-bit hash) into an FNV-1a state. */
export function mix(h: number, x: number): number {
  return Math.imul(h ^ x, FNV_PRIME);
}

/**
 * Murmur3's finaliser. FNV's multiply only carries bits upwards, so the low
 * bits we mask with would ignore the high bits of folded 32-bit values; this
 * avalanche step brings every input bit down into the low bits.
 */
export function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** FNV-1a over a string's UTF-16 code units (used for lexicon entries and tests). */
export function hashString(s: string, h: number = FNV_OFFSET): number {
  let x = h;
  for (let k = 0; k < s.length; k++) x = mix(x, s.charCodeAt(k));
  return x;
}
