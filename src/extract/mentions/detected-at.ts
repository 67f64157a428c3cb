import type { Detected } from './types.js';

/**
 * The detected mention each token belongs to, or -1: built once per text by the mentions stage, read by
 * whatever asks "is this token part of a name?" (transcript turns, speakers, quote attribution).
 */
export function detectedAt(tokenCount: number, detected: readonly Detected[]): Int32Array {
  const at = new Int32Array(tokenCount).fill(-1);
  detected.forEach((d, i) => {
    for (let t = d.tokenStart; t < d.tokenEnd; t++) at[t] = i;
  });
  return at;
}
