import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { type EventPattern, pieces } from './patterns.js';
import { readTsv } from './tsv.js';

/**
 * Reads `force-nouns.tsv` and gives every pattern row whose note says "any armed force" those nouns as the
 * objects it accepts besides its own: a build-up is told of troops, forces, battalions, tanks or equipment
 * alike, and one list keeps the force-posture rows from multiplying by every noun.
 */
export function withForceNouns(dir: string, patterns: readonly EventPattern[]): EventPattern[] {
  const path = join(dir, 'force-nouns.tsv');
  const nouns: string[][] = [];
  const seen = new Set<string>();
  for (const { line, cells } of readTsv(path, ['words', 'note'])) {
    const words = pieces(cells.words!);
    if (words.length === 0) throw new InputError(path, "field 'words': empty", line);
    const key = words.join(' ');
    if (seen.has(key)) throw new InputError(path, `'${cells.words}' appears twice`, line);
    seen.add(key);
    nouns.push(words);
  }
  return patterns.map((p) => (p.note.includes('any armed force') ? { ...p, objects: nouns } : p));
}
