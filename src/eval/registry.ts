import { eventsScorer } from './events.js';
import { nerScorer } from './ner.js';
import { placesScorer } from './places.js';
import { quotesScorer } from './quotes.js';
import type { Scorer } from './scorer.js';
import { timesScorer } from './times.js';

/** Every scorer `sitrep eval` knows, by name. Components add theirs here. */
export const SCORERS: readonly Scorer[] = [nerScorer, timesScorer, placesScorer, quotesScorer, eventsScorer];

export function findScorer(name: string): Scorer | undefined {
  return SCORERS.find((s) => s.name === name);
}
