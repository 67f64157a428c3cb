// Whether a phrase names an armed party or a military thing: what "engage" and "destroy" need to be fighting.
import { type Argument, actorsOfGroup, type Parsed } from './arguments.js';
import type { Phrase } from './phrases.js';
import { isArmedForce } from './words.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Nouns for fighters, units, weapons and positions: "engaged the enemy", "destroyed a convoy", "destroyed
 * 30 tanks" are acts of war, while "engaged people in sport" or "destroyed the bridge" are not.
 */
const MILITARY_THINGS = set(`
  enemy enemies force forces troop troops soldier soldiers unit units fighter fighters militant militants
  rebel rebels insurgent insurgents paratrooper paratroopers saboteur saboteurs mercenary mercenaries
  army armies battalion battalions brigade brigades regiment regiments division divisions column columns
  convoy convoys tank tanks aircraft warplane warplanes jet jets helicopter helicopters drone drones
  warship warships gunboat gunboats submarine submarines artillery howitzer howitzers launcher launchers
  position positions target targets garrison garrisons stronghold strongholds checkpoint checkpoints
  depot depots armour armor peacekeeper peacekeepers guard guards patrol patrols occupier occupiers invader
  invaders aggressor aggressors`);

/** Whether a phrase (or one of the phrases coordinated with it) names armed forces or a military thing. */
export function namesArmedForce(parsed: Parsed, phrase: Phrase | undefined): boolean {
  if (!phrase) return false;
  const { norm } = parsed.view;
  for (const g of phrase.group) {
    if (MILITARY_THINGS.has(norm[parsed.phrases[g]!.head]!)) return true;
  }
  return actorsOfGroup(parsed, phrase).some((a) => isArmedForce(a.span.actor.code));
}

/** Whether a phrase's head is a place the gazetteer knows, a country or a place in one ("Ukraine", "Odesa"). */
export function namesPlace(parsed: Parsed, phrase: Phrase | undefined): boolean {
  if (!phrase) return false;
  const head = phrase.head;
  return parsed.view.places.some((p) => p.start <= head && head < p.end);
}

/** Whether a phrase's head is a place the gazetteer knows that is not a whole country ("Donbass", "Kharkiv"). */
export function namesPlaceNotCountry(parsed: Parsed, phrase: Phrase | undefined): boolean {
  if (!phrase || !namesPlace(parsed, phrase)) return false;
  const { view } = parsed;
  const actor = view.actorAt[phrase.head]!;
  return actor < 0 || view.actors[actor]!.actor.code.length !== 3;
}

/** Whether every actor a phrase names belongs to the country of every source ("its citizens" of Israel). */
export function ownPeople(parsed: Parsed, phrase: Phrase | undefined, sources: readonly Argument[]): boolean {
  if (!phrase || sources.length === 0) return false;
  const actors = actorsOfGroup(parsed, phrase);
  if (actors.length === 0) return false;
  const country = sources[0]!.span.actor.code.slice(0, 3);
  if (country.length < 3 || country.startsWith('-')) return false;
  const same = (a: Argument) => a.span.actor.code.slice(0, 3) === country;
  return sources.every(same) && actors.every(same);
}

/** Whether a phrase names armed forces, a military thing or a whole country: a party one fights in a war. */
export function foughtParty(parsed: Parsed, phrase: Phrase | undefined): boolean {
  if (!phrase) return false;
  if (namesArmedForce(parsed, phrase)) return true;
  const actors = actorsOfGroup(parsed, phrase);
  return actors.length > 0 && actors.every((a) => a.span.actor.code.length === 3);
}

/** Armed sectors that keep order or gather intelligence rather than fight: police, spies. */
const ORDER_SECTORS = new Set(['COP', 'SPY']);

/** Whether an actor code names a force that fights: an army, rebels, militias ("RUSMIL"; not "RUSCOP", "RUS"). */
export function isFightingForce(code: string): boolean {
  return isArmedForce(code) && !ORDER_SECTORS.has(code.slice(3, 6));
}

/** Sectors of private people: civilians, refugees and migrants. */
const CIVILIAN_SECTORS = new Set(['CVL', 'REF']);

/** Whether an actor code names private people ("UKRCVL", "---REF"). */
export function isCivilian(code: string): boolean {
  return CIVILIAN_SECTORS.has(code.slice(3, 6));
}

/** Nouns for the line between two sides, where forces gather against the other: "massed near the border". */
const FRONTIER_NOUNS =
  set(`border borders frontier frontiers boundary boundaries front frontline frontlines line
  lines coast coastline outskirts`);

/**
 * Whether a phrase names a border, a front, a place the gazetteer knows or a party ("near the border", "along
 * the front line", "near Kharkiv", "near Ukraine"): where forces mass or move to posture, unlike "gathered at
 * the compound".
 */
export function namesFrontier(parsed: Parsed, phrase: Phrase | undefined): boolean {
  if (!phrase) return false;
  if (FRONTIER_NOUNS.has(parsed.view.norm[phrase.head]!) || namesPlace(parsed, phrase)) return true;
  return actorsOfGroup(parsed, phrase).length > 0;
}
