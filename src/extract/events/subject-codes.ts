import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import type { Argument, Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import type { Phrase } from './phrases.js';
import { isCountryCode } from './words.js';

/**
 * Codes that the acting party, not the verb, decides: "warplanes killed …" is an air attack (195) whatever
 * the verb, "Russian shelling killed …" an artillery attack (194); "peacekeepers arrived in …" is a deployment (074), not a visit; exercises held by two or more
 * countries together are military cooperation (062), not a show of force; property that protesters
 * destroy is a violent protest (145); a clash between protesters and the police or the army is, on the
 * protesters' side, a violent protest (145) and, on the side of the police or the army, repression (175);
 * "a roadside bomb killed …" is a bombing (183), and a suicide, car or roadside one its own code (1831–1833).
 */

/** Words for aircraft that, naming the attacker, make the attack an aerial one. */
export const AIRCRAFT = new Set([
  'aircraft',
  'warplane',
  'warplanes',
  'jet',
  'jets',
  'plane',
  'planes',
  'bomber',
  'bombers',
  'helicopter',
  'helicopters',
  'gunship',
  'gunships',
  'drone',
  'drones',
  'airforce',
  'air',
  'airstrike',
  'airstrikes',
]);
/** Violent codes that an aerial attacker turns into 195: assaults, bombings, fights, shelling, mass killing. */
const AERIAL_CODES = new Set(['180', '182', '183', '190', '193', '194', '202']);
/** Heavy weapons that, as the subject of a killing or an attack, make it an artillery attack (194). */
const ARTILLERY = new Set([
  'shelling',
  'artillery',
  'mortar',
  'mortars',
  'shells',
  'rocket',
  'rockets',
  'tank',
  'tanks',
]);
/** Codes of a killing or an attack that its weapon can make more specific. */
const WEAPON_CODES = new Set(['180', '182', '190', '193']);
/** Words for a bomb that, naming what killed or attacked, make the act a bombing (183). */
const BOMBS = new Set([
  'bomb',
  'bombs',
  'bombing',
  'bombings',
  'blast',
  'blasts',
  'explosion',
  'explosions',
  'explosive',
  'explosives',
  'ied',
  'ieds',
]);
/** Bombers on foot or in cars, not aircraft: "a suicide bomber", "a car bomber". */
const BOMBERS = new Set(['bomber', 'bombers']);
const SUICIDE = new Set(['suicide']);
const VEHICLES = new Set(['car', 'truck', 'vehicle', 'lorry', 'van']);
const ROADSIDE = new Set(['roadside']);
/** Codes of a killing or an attack that a bomb as its subject makes a bombing. */
const BOMBING_CODES = new Set(['180', '182', '183', '186', '190', '193']);
const PEACEKEEPING = new Set(['peacekeeper', 'peacekeepers', 'peacekeeping', 'blue', 'helmets']);
/** Visits and arrivals (042) that peacekeepers make are deployments (074). */
const ARRIVAL_CODES = new Set(['042']);
const EXERCISE_WORDS = new Set(['exercise', 'drill', 'war', 'manoeuvre', 'maneuver']);

function phraseHas(parsed: Parsed, phrase: Phrase | undefined, words: ReadonlySet<string>): boolean {
  if (!phrase) return false;
  const { norm } = parsed.view;
  for (const index of phrase.group) {
    const ph = parsed.phrases[index]!;
    for (let k = ph.start; k < ph.end; k++) if (words.has(norm[k]!)) return true;
  }
  return false;
}

/** Sectors of a state's own forces and government. */
const STATE_SECTORS = new Set(['GOV', 'MIL']);

/** Whether a phrase names a state, its government or its army ("Russian bombs", "the army's shells"). */
function namesState(parsed: Parsed, phrase: Phrase | undefined): boolean {
  if (!phrase) return false;
  const { actorAt, actors } = parsed.view;
  for (const index of phrase.group) {
    const ph = parsed.phrases[index]!;
    for (let k = ph.start; k < ph.end; k++) {
      const code = actorAt[k]! >= 0 ? actors[actorAt[k]!]!.actor.code : '';
      if (isStateCode(code)) return true;
    }
  }
  return false;
}

/** Sectors of a state's forces of order. */
const STATE_FORCE_SECTORS = new Set(['MIL', 'COP']);

/** Whether an actor code names a state itself or one of its bodies in `sectors`. */
function isState(code: string, sectors: ReadonlySet<string>): boolean {
  return isCountryCode(code) && (code.length === 3 || sectors.has(code.slice(3, 6)));
}

/** Whether an actor code names a state, its government or its forces ("RUS", "UKRGOV", "RUSMIL"). */
const isStateCode = (code: string): boolean => isState(code, STATE_SECTORS);

/** Whether an actor code names a state or its army or police ("RUS", "RUSMIL"; not "RUSGOV", not rebels). */
const isStateForce = (code: string): boolean => isState(code, STATE_FORCE_SECTORS);

/** A state, its government or its forces, or any armed force ("---MIL": "artillery strikes" by the army). */
function isStateOrArmed(code: string): boolean {
  return isStateCode(code) || (code.length > 3 && STATE_FORCE_SECTORS.has(code.slice(3, 6)));
}

/** Bombing outside war (183), air strikes (195); a blockade that obstructs as a protest (144), and by force (191). */
const BOMBING = '183';
/** The verb and the noun of a bombing ("bombed", "the bombing of"), not the other rows of 183 (planting bombs). */
const BOMBING_WORDS = new Set(['bomb', 'bombing']);
/** A labour or general strike (143), and conventional military force (190). */
const LABOUR_STRIKE = '143';
const MILITARY_FORCE = '190';

/** Whether a row's words or its object name `word` ("strike", "launch" + "strike"). */
function names(pattern: EventPattern, word: string): boolean {
  return pattern.words.includes(word) || pattern.object.includes(word);
}
const AIR_STRIKE = '195';
const PROTEST_BLOCK = '144';
const FORCE_BLOCK = '191';
/** A violent protest (145), and seizing property (1711). */
const VIOLENT_PROTEST = '145';
const SEIZE_PROPERTY = '1711';

/**
 * What a state and its forces do with the words that elsewhere name a protest or a terrorist act: "Russian
 * troops bombed the city" is an air attack in a war (195), not a bombing outside military operations;
 * "the army blocked the road" a blockade by force (191), not a protest.
 */
export function stateForceCode(code: string, pattern: EventPattern, sources: readonly Argument[]): string {
  if (sources.length === 0) return code;
  const all = (test: (code: string) => boolean) => sources.every((s) => test(s.span.actor.code));
  if (code === BOMBING && BOMBING_WORDS.has(pattern.lemma) && all(isStateCode)) return AIR_STRIKE;
  // "Russian strikes", "the army launched 15 missile strikes": a state strikes with arms, not as labour
  if (code === LABOUR_STRIKE && names(pattern, 'strike') && all(isStateOrArmed)) return MILITARY_FORCE;
  // "the Russian blockade of Mariupol": a state's blockade is by force
  if (code === PROTEST_BLOCK && pattern.kind === 'noun' && pattern.lemma === 'blockade' && all(isStateForce))
    return FORCE_BLOCK;
  if (pattern.kind !== 'verb') return code;
  // (not "supporters of the prime minister blocked roads": a government's camp is no force)
  if (code === PROTEST_BLOCK && pattern.lemma === 'block' && all(isStateForce)) return FORCE_BLOCK;
  // "Russian troops are looting the villages": seizing property, not a riot
  if (code === VIOLENT_PROTEST && pattern.lemma === 'loot' && all(isStateForce)) return SEIZE_PROPERTY;
  return code;
}

/**
 * A bombing that the words around another act name ("killed by Russian soldiers and Russian bombs"): when
 * states or their forces did it, bombs in a war are dropped from the air (195), as for the verb itself.
 */
export function stateBombingCode(code: string, sources: readonly Argument[]): string {
  if (code !== BOMBING || sources.length === 0) return code;
  return sources.every((s) => isStateCode(s.span.actor.code)) ? AIR_STRIKE : code;
}

/** Protesters, whose damage to property is a violent protest (145), not a coercive act. */
const PROTESTERS = new Set([
  'protester',
  'protesters',
  'protestor',
  'protestors',
  'demonstrator',
  'demonstrators',
  'rioter',
  'rioters',
  'mob',
  'mobs',
]);
const PROPERTY_CODES = new Set(['171', '1712']);

/** The code a verb event takes from the phrase that names who acts, or its own code. */
export function subjectCode(parsed: Parsed, subject: Phrase | undefined, code: string): string {
  if (PROPERTY_CODES.has(code) && phraseHas(parsed, subject, PROTESTERS)) return '145';
  if (BOMBING_CODES.has(code)) {
    const bomber = phraseHas(parsed, subject, BOMBERS);
    const bomb = phraseHas(parsed, subject, BOMBS);
    // "a suicide bomber killed …", "a car bomb killed …", "a roadside bombing killed …"
    if (bomber || bomb) {
      if (phraseHas(parsed, subject, SUICIDE)) return '1831';
      if (phraseHas(parsed, subject, VEHICLES)) return '1832';
      if (phraseHas(parsed, subject, ROADSIDE)) return '1833';
    }
    // "an air force bombing" stays an air attack (below); "Russian bombs killed …": a state's bombs in a
    // war are dropped from the air, not set off outside military operations
    if (bomb && !phraseHas(parsed, subject, AIRCRAFT)) return namesState(parsed, subject) ? '195' : '183';
  }
  if (AERIAL_CODES.has(code) && phraseHas(parsed, subject, AIRCRAFT)) return '195';
  if (WEAPON_CODES.has(code) && phraseHas(parsed, subject, ARTILLERY)) return '194';
  if (ARRIVAL_CODES.has(code) && phraseHas(parsed, subject, PEACEKEEPING)) return '074';
  return code;
}

/** Military cooperation (062): exercises held together. */
const JOINT_EXERCISE = '062';

/** "France and Egypt held exercises": a show of force (150) by two or more countries is a joint one (062). */
export function jointExerciseCode(code: string, pattern: EventPattern, sources: readonly Argument[]): string {
  const words = pattern.object.length > 0 ? pattern.object : pattern.words;
  if (code !== '150' || !words.some((w) => EXERCISE_WORDS.has(w))) return code;
  const countries = new Set<string>();
  for (const s of sources) {
    const country = s.span.actor.code.slice(0, 3);
    if (!country.startsWith('-')) countries.add(country);
  }
  return countries.size > 1 ? JOINT_EXERCISE : code;
}

/**
 * "Russia and Belarus held joint drills near the Ukrainian border": drills two or more countries hold at a
 * frontier are each one's show of force toward the state across it (150) and, between them, military
 * cooperation (062). Returns the cooperation of the partners, among themselves, for each such act done.
 */
export function frontierDrillPartners(out: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  for (const c of out) {
    const { pattern } = c;
    if (!pattern.needsFrontier || c.code !== '150' || c.modality !== 'actual' || c.negated || c.absorbed)
      continue;
    if (jointExerciseCode(c.code, pattern, c.sources) !== JOINT_EXERCISE) continue;
    added.push({ ...c, code: JOINT_EXERCISE, rule: `${c.rule}+partners`, targets: [], reciprocal: true });
  }
  return added;
}

/** The fighting code that a clash between a crowd and the forces of order refines. */
const FIGHT = '190';
/** Violent repression of dissent. */
const REPRESSION = '175';
/** Sectors of the forces of order: police, army, security services. */
const ORDER_SECTORS = new Set(['COP', 'MIL', 'SPY']);

function spanHas(parsed: Parsed, a: Argument, words: ReadonlySet<string>): boolean {
  for (let k = a.span.start; k < a.span.end; k++) if (words.has(parsed.view.norm[k]!)) return true;
  return false;
}

const ofOrder = (a: Argument) => ORDER_SECTORS.has(a.span.actor.code.slice(3, 6));

/**
 * "Police clashed with protesters", "rioters fought the army": fighting between a crowd and the forces of
 * order is a violent protest (145) when the crowd acts, and violent repression (175) when the forces do.
 */
export function crowdClashCode(
  parsed: Parsed,
  code: string,
  sources: readonly Argument[],
  targets: readonly Argument[],
): string {
  if (code !== FIGHT || sources.length === 0 || targets.length === 0) return code;
  const crowd = (a: Argument) => spanHas(parsed, a, PROTESTERS);
  if (sources.every(crowd) && targets.some(ofOrder)) return VIOLENT_PROTEST;
  if (sources.every(ofOrder) && targets.some(crowd)) return REPRESSION;
  return code;
}

/**
 * The fight a side's code in a clash refines: the crowd's riot (145) and the forces' repression (175) read
 * back as fighting (190), from which `crowdClashCode` decides the other side's code; any other code as it is.
 */
export function clashFightCode(code: string): string {
  return code === VIOLENT_PROTEST || code === REPRESSION ? FIGHT : code;
}

/** Disapproval (110), which a clash of words is. */
const DISAPPROVE = '110';
/** Sectors of political actors: governments, legislatures, parties, courts, former officials. */
const POLITICAL_SECTORS = new Set(['GOV', 'LEG', 'PTY', 'JUD', 'ELI']);

/**
 * "Macron clashed with Orbán over migration": a clash whose sides are all governments, politicians, parties
 * or courts is one of words, disapproval (110), not fighting; a country with no sector may field an army
 * ("Russia and Ukraine clashed") and keeps the fight.
 */
export function wordClashCode(
  code: string,
  pattern: EventPattern,
  sources: readonly Argument[],
  targets: readonly Argument[],
): string {
  if (code !== FIGHT || pattern.lemma !== 'clash' || sources.length === 0 || targets.length === 0)
    return code;
  return sources.every(isPolitical) && targets.every(isPolitical) ? DISAPPROVE : code;
}

/** A government, legislature, party, court or former official. */
export function isPolitical(a: Argument): boolean {
  return POLITICAL_SECTORS.has(a.span.actor.code.slice(3, 6));
}

/** A blockade or siege by force (191). */
const BLOCKADE = '191';
/** Obstructing passage as a protest (144). */
const PROTEST_BLOCKADE = '144';
/** Sectors of unarmed civilian groups: citizens, farmers, workers, business, the opposition, students. */
const CIVILIAN_SECTORS = new Set(['CVL', 'AGR', 'LAB', 'BUS', 'OPP', 'EDU']);

/** "Farmers blockaded Paris", "truckers besieged the ministry": a blockade by civilians is a protest (144). */
export function civilianBlockadeCode(code: string, sources: readonly Argument[]): string {
  if (code !== BLOCKADE || sources.length === 0) return code;
  return sources.every((s) => CIVILIAN_SECTORS.has(s.span.actor.code.slice(3, 6))) ? PROTEST_BLOCKADE : code;
}
