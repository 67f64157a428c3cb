import { type Argument, actorsOfGroup, type Parsed } from './arguments.js';
import { withExampleTargets } from './example-members.js';
import { actorSpanAt } from './sentence.js';
import type { VerbMatch } from './verbs.js';

// The parties a verb's own words name as its target: the row's target slot, the direct object, and the first
// object of a verb of giving.

/**
 * The party the row's target slot names, else the verb's direct object ("warned Russia against further
 * moves": the preposition names no actor, the object does; "welcomed Macron to Moscow": the slot names only
 * the source's own side, the object another), unless the row is a fallback.
 */
export function namedTargets(parsed: Parsed, match: VerbMatch, sources: readonly Argument[]): Argument[] {
  // "appealed to foreign leaders, including President Erdogan": the members named are targets too
  return withExampleTargets(parsed, match.target ?? match.directObject, slotTargets(parsed, match, sources));
}

function slotTargets(parsed: Parsed, match: VerbMatch, sources: readonly Argument[]): Argument[] {
  const targets = actorsOfGroup(parsed, match.target);
  if (!match.directObject || match.pattern.fallback) return targets;
  if (targets.length === 0) return actorsOfGroup(parsed, match.directObject);
  if (!targets.every((t) => ownSide(t, sources))) return targets;
  const objects = actorsOfGroup(parsed, match.directObject).filter(
    (o) => o.span.actor.code !== '' && !ownSide(o, sources),
  );
  return objects.length > 0 ? objects : targets;
}

/** Whether a party is of the country of one of the sources ("Moscow" for Putin). */
function ownSide(party: Argument, sources: readonly Argument[]): boolean {
  const country = party.span.actor.code.slice(0, 3);
  return (
    country !== '' && !country.startsWith('-') && sources.some((s) => s.span.actor.code.startsWith(country))
  );
}

/** Verbs whose first object may be the one something is given to: "sent Ukraine tanks". */
const GIVING_VERBS = new Set([
  'give',
  'send',
  'supply',
  'sell',
  'deliver',
  'provide',
  'offer',
  'grant',
  'lend',
  'deny',
  'promise',
  'hand',
]);

/**
 * "Poland sends Ukraine tanks", "denied Ukraine access": a country's name opening the object of a verb of
 * giving, right after the verb, is the one given to (its adjective, "Ukrainian tanks", only says whose).
 */
export function givenTo(parsed: Parsed, match: VerbMatch): Argument[] | undefined {
  const object = match.object ?? match.directObject;
  const p = match.predicate;
  if (!object || object.start !== p.end || !GIVING_VERBS.has(p.lemma)) return undefined;
  const { view } = parsed;
  const span = actorSpanAt(view, object.start);
  if (!span || span.start !== object.start || span.end > object.head || view.pos[span.start] !== 'PROPN')
    return undefined;
  const name = view.norm.slice(span.start, span.end).join(' ');
  return name === span.actor.name.toLowerCase() ? [{ span, weight: 0.8 }] : undefined;
}
