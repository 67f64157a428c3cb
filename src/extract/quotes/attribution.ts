import type { CueHit } from './cues.js';
import type { NounPhrase } from './phrases.js';

/** A piece of reported content: tokens [start, end), or the inside of quoted segment `segment`. */
export interface Part {
  readonly start: number;
  readonly end: number;
  readonly segment?: number;
}

/**
 * One act of saying: who (the speaker phrase, when found), through which cue, and what — content parts and the
 * quoted fragments inside that content or the cue's sentence (`partials`: the speaker's exact words).
 */
export interface Attribution {
  readonly cue?: CueHit;
  speaker?: NounPhrase;
  readonly parts: Part[];
  readonly partials: number[];
  /** The construction that found it: `before-cue`, `after-cue`, `clause`, `according-to`, `continued`, … */
  rule: string;
  /** The content is the speaker's own words though no quotation marks stand round it (a transcript turn). */
  readonly verbatim?: boolean;
}

export function segmentPart(start: number, end: number, segment: number): Part {
  return { start, end, segment };
}

/** Direct when every part is quoted; mixed when quoted words sit inside reported content; else indirect. */
export function kindOf(a: Attribution): 'direct' | 'indirect' | 'mixed' {
  if (a.verbatim || a.parts.every((p) => p.segment !== undefined)) return 'direct';
  return a.partials.length > 0 ? 'mixed' : 'indirect';
}
