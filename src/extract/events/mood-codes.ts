import type { Parsed } from './arguments.js';

// The speaker's mood (012 pessimism, 013 optimism) that a complement about themselves states.

const GLOOMY = new Set([
  'skeptical',
  'sceptical',
  'pessimistic',
  'doubtful',
  'concerned',
  'worried',
  'alarmed',
  'troubled',
  'disappointed',
  'gloomy',
]);
const HOPEFUL = new Set(['optimistic', 'confident', 'hopeful', 'upbeat', 'encouraged', 'satisfied']);
const SELF = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** 012 or 013 when a complement says the speaker is gloomy or hopeful ("said he was skeptical over …"). */
export function moodCode(parsed: Parsed, children: readonly Parsed['clauses'][number][]): string | undefined {
  for (const c of children) {
    const p = c.predicate;
    if (c.relation !== 'complement' || p.form !== 'copula' || p.adjective === undefined) continue;
    const subject = c.subject[0];
    if (!subject || !SELF.has(parsed.view.norm[subject.head]!)) continue;
    if (GLOOMY.has(p.adjective)) return '012';
    if (HOPEFUL.has(p.adjective)) return '013';
  }
  return undefined;
}
