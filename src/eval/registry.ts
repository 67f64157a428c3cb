import { eventsScorer } from './events.js';
import type { Scorer } from './scorer.js';

/** Every scorer `sitrep eval` knows, by name. Components add theirs here. */
export const SCORERS: readonly Scorer[] = [eventsScorer];

export function findScorer(name: string): Scorer | undefined {
  return SCORERS.find((s) => s.name === name);
}
