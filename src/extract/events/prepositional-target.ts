// Fallback targets of a verb: an actor in a prepositional phrase after it, or the author of the act it answers.
import { agentOfEvent } from './about-chain.js';
import { type Argument, actorsOfGroup, type Parsed, phrasesBetween, regionEnd } from './arguments.js';
import type { Predicate } from './predicates.js';

/** Target fallbacks when the pattern's slot names no actor: an actor after with, against, on, at, to … */
export function prepositionalTarget(parsed: Parsed, p: Predicate, from: number): Argument[] {
  const end = regionEnd(parsed, p);
  for (const ph of phrasesBetween(parsed, from, end)) {
    if (ph.prep === undefined) continue;
    // "sanctions over the invasion of Ukraine by Russia": an act named with its author is the author's
    // (not the attack a passive's victims fell in: "were killed in attacks by the army")
    if (!p.passive && REASON_PREPS.has(ph.prep)) {
      const agent = agentOfEvent(parsed, ph);
      if (agent.length > 0) return agent;
    }
    if (!FALLBACK_TARGET_PREPS.has(ph.prep)) continue;
    // "shelled the city with artillery": what an act is done with is its means, not whom it is done to
    if (ph.prep === 'with' && MEANS_OF_FORCE.has(parsed.view.lemma[ph.head]!)) continue;
    const found = actorsOfGroup(parsed, ph);
    if (found.length > 0) return found.map((a) => ({ span: a.span, weight: a.weight * 0.8 }));
  }
  return [];
}

/** Prepositions that name what an act answers ("sanctions over the invasion", "praised for its help"). */
const REASON_PREPS = new Set(['over', 'for', 'about', 'against', 'to', 'on', 'at']);

/** Weapons, which a "with" phrase names as the means of an act. */
const MEANS_OF_FORCE = new Set([
  'artillery',
  'missile',
  'rocket',
  'bomb',
  'drone',
  'mortar',
  'shell',
  'weapon',
  'gun',
  'grenade',
  'munition',
  'tank',
  'aircraft',
  'warplane',
  'helicopter',
]);

const FALLBACK_TARGET_PREPS = new Set([
  'with',
  'against',
  'on',
  'at',
  'to',
  'into',
  'toward',
  'towards',
  'upon',
  'of',
]);
