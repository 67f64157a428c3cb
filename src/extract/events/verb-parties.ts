import type { ActorRef } from '../../core/records.js';
import { isPersonRef } from '../actors/refs.js';
import { hostCountry, placeCountries } from './acted-on.js';
import { type Argument, type Parsed, regionEnd } from './arguments.js';
import { PROTEST } from './fold.js';
import {
  countryOfPlace,
  isUnplaced,
  placeBeforeComma,
  placedIn,
  placeOwnState,
  policeHome,
  restrictionHome,
  violencePlace,
} from './unnamed-parties.js';
import { TARGET_FROM_COMPLEMENT } from './verb-targets.js';
import type { VerbMatch } from './verbs.js';
import { isOccupier, VIOLENT_ROOTS } from './words.js';

// The parties of a matched verb once found: people of no country named placed where they belong, the
// parties a visit or an address cannot be, and the party that acts in rows where the target does.

/** Empathetic comments: sorrow, sympathy, condolences. */
const EMPATHY = '018';

/**
 * "four children were killed in the Gaza Strip", "rebels killed a militia commander in southern Lebanon":
 * victims of violence of no country named are the place's people. Where an attacker is named, the place is
 * one in the verb's own words, not one past a comma ("…, killing 20 people, officials in Nairobi said").
 */
export function placeVictims(
  parsed: Parsed,
  match: VerbMatch,
  unknownAttacker: boolean,
  targets: Argument[],
): Argument[] {
  const p = match.predicate;
  if (!VIOLENT_ROOTS.has(match.pattern.code.slice(0, 2)) || !targets.some(isUnplaced)) return targets;
  const where = unknownAttacker ? violencePlace(parsed, p) : placeBeforeComma(parsed, p);
  const victim = (t: Argument) => isUnplaced(t) && !isOccupier(parsed.view, t.span);
  return where ? targets.map((t) => (victim(t) ? placedIn(t, where) : t)) : targets;
}

/**
 * "prisoners rioted at a jail in Dili", "the opposition postponed the demonstration in Baku": people of no
 * country named who protest somewhere are that place's people (refugees stay refugees).
 */
export function placeProtesters(parsed: Parsed, match: VerbMatch, sources: Argument[]): Argument[] {
  const p = match.predicate;
  if (!match.pattern.code.startsWith(PROTEST) || sources.length === 0 || !sources.every(isUnplaced))
    return sources;
  const where = placeCountries(parsed, p.end, regionEnd(parsed, p))[0];
  return where ? sources.map((s) => (s.span.actor.code.endsWith('REF') ? s : placedIn(s, where))) : sources;
}

/**
 * Targets of no country named placed by whom the sources are: "Egyptian police dispersed demonstrators":
 * police act at home, on their own country's people; "rebels dismissed an appeal from the president": a
 * government no country is named for is their own; "the Kenyan government lifted the ban on opposition
 * parties": a state's restrictions and their easing fall on its own people.
 */
export function placeBySources(sources: readonly Argument[], code: string, targets: Argument[]): Argument[] {
  const home = policeHome(sources);
  if (home) targets = targets.map((t) => (isUnplaced(t) ? placedIn(t, home) : t));
  targets = placeOwnState(sources, targets);
  const restricting = restrictionHome(sources, code);
  if (restricting) targets = targets.map((t) => (isUnplaced(t) ? placedIn(t, restricting) : t));
  return targets;
}

/**
 * "attended the Olympics in London": attending an event abroad is a visit to the country it is held in, not
 * to the people the event is for ("the funeral of X"), and names no one when no country is found. One at
 * home is no visit: undefined, no event. Other rows keep their targets.
 */
export function visitTargets(
  parsed: Parsed,
  match: VerbMatch,
  sources: readonly Argument[],
  targets: Argument[],
): Argument[] | undefined {
  if (!match.pattern.heldAbroad || !match.object) return targets;
  const host = hostCountry(parsed, match.predicate, match.object);
  if (host && sources.some((s) => s.span.actor.code.slice(0, 3) === host.span.actor.code)) return undefined;
  return host ? [host] : [];
}

/**
 * The targets an act can be aimed at: never its own sources. A statement, warning or accusation is not
 * addressed to the speaker's own country or own side; its own rebels, opposition or courts are fair targets
 * ("the Sudanese government accused Darfur rebels"), and so is another person of one's own side ("Reid accused
 * Boehner"). A bare statement about one's own country or its people ("said Russian troops …", "McCain said
 * Obama …") is addressed to no one; sympathy for one's own people is addressed to them ("expressed
 * sorrow for the shootings in Texas").
 */
export function addressees(code: string, sources: readonly Argument[], targets: Argument[]): Argument[] {
  const sourceIds = new Set(sources.map((s) => s.span.actor.id));
  targets = targets.filter((t) => !sourceIds.has(t.span.actor.id));
  if (!TARGET_FROM_COMPLEMENT.has(code.slice(0, 2))) return targets;
  const own = sources.filter((s) => !s.span.actor.code.startsWith('---')).map((s) => s.span.actor);
  const statement = code.startsWith('01') && !code.startsWith(EMPATHY);
  return targets.filter(
    (t) =>
      !own.some((s) =>
        statement
          ? s.code.slice(0, 3) === t.span.actor.code.slice(0, 3)
          : sameSide(s.code, t.span.actor.code) && !namedPerson(s, t),
      ),
  );
}

/**
 * Whether a target is another person named as the party itself or as an owner ("accused Boehner", "backed up
 * Rice's statements"), not as one of a pair a noun is made of ("ruled out a Biden-Putin summit").
 */
function namedPerson(source: ActorRef, target: Argument): boolean {
  return isPersonRef(source) && isPersonRef(target.span.actor) && target.weight >= 0.8;
}

/** Whether a target is the source's own country, or the same sector of it ("Lavrov said Moscow …"). */
function sameSide(source: string, target: string): boolean {
  if (source.slice(0, 3) !== target.slice(0, 3)) return false;
  return target.length === 3 || source.slice(3, 6) === target.slice(3, 6);
}

/**
 * In rows where the party named by the preposition acts ("received weapons from Tehran", "sent inspectors to
 * Iran"), who that is: the targets with a code; with none, the country of the place ("to the Esfahan
 * facilities in central Iran": a party with no code is no actor, the country of the place is).
 */
export function actingTargets(parsed: Parsed, match: VerbMatch, targets: readonly Argument[]): Argument[] {
  const actors = targets.filter((t) => t.span.actor.code !== '');
  return actors.length > 0 ? actors : countryOfPlace(parsed, match.predicate);
}
