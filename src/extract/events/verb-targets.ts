import { agentOfEvent } from './about-chain.js';
import { destination, foreignPlace, placeOfPart, purposeActedOn } from './acted-on.js';
import { type Argument, actorsOfGroup, type Parsed, phrasesBetween, regionEnd } from './arguments.js';
import { isJointTopic, isVisitCode } from './fold.js';
import {
  AID_ROOTS,
  aimedAt,
  authorOf,
  beneficiary,
  complementActors,
  PROMISE_NOUNS,
} from './object-parties.js';
import { givenTo, namedTargets } from './object-targets.js';
import { peopleTarget } from './people-targets.js';
import type { Phrase } from './phrases.js';
import { prepositionalTarget } from './prepositional-target.js';
import { mournedPlace, thingTarget } from './thing-targets.js';
import { isUnplaced, placedIn, policeHome } from './unnamed-parties.js';
import type { VerbMatch } from './verbs.js';
import {
  AIMED_PREPS,
  AUTHORED_NOUNS,
  HANDOVER_NOUNS,
  INTENT_NOUNS,
  MEDIATION_CODES,
  VIOLENT_ROOTS,
} from './words.js';

// Whom a matched verb acts on: the party its row names, else the first of a chain of readers that each look
// for it somewhere else in the clause (an author, a preposition, a complement, a place, a purpose).

/** Force posture, fighting and mass violence: aimed at the country whose territory they happen in. */
const PLACE_FORCE_ROOTS = new Set(['15', '19', '20']);
/** Acts aimed at the country whose territory they happen in when they name no one else they act on. */
const PLACE_ACT_ROOTS = new Set(['07', '08', '14', '16', '17', '18']);
/**
 * Codes whose object row names what is said or asked for (statements, appeals, demands, disapproval,
 * rejection, threats), or what the source provides, deploys or withdraws (aid, force posture, withdrawal,
 * demobilisation), never the party acted on.
 */
const OBJECT_NOT_TARGET = new Set(['01', '02', '07', '10', '11', '12', '13', '15']);
function objectIsInstrument(code: string): boolean {
  return OBJECT_NOT_TARGET.has(code.slice(0, 2)) || code.startsWith('087');
}
/** Appeals, approval, demands, disapproval and rejection: stances on what their object names. */
const STANCE_ROOTS = new Set(['02', '05', '10', '11', '12']);
/** Statements and meetings, whose purpose is what they are about, not whom they are with. */
const TOPIC_PURPOSE_ROOTS = new Set(['01', '04']);
/** Roots whose target, when the verb names none, is the subject of the clause it governs. */
export const TARGET_FROM_COMPLEMENT = new Set(['01', '10', '11', '12', '13']);

/**
 * Whom the verb acts on: the party its row names, moved to the country of a place struck or to the author of
 * what a reaction answers, else the first of `TARGET_READERS` that finds someone. The order is the order of
 * trust: the words nearest the verb and surest in meaning come first.
 */
export function verbTargets(parsed: Parsed, match: VerbMatch, sources: readonly Argument[]): Argument[] {
  // "evacuated Russians": a people an act is done to, the source's own or not, is that country's civilians
  const named = namedTargets(parsed, match, sources).map((t) => peopleTarget(t, match.pattern.code));
  let targets = struckPlace(parsed, match, named);
  targets = answeredAuthor(parsed, match, sources, targets);
  for (const read of TARGET_READERS) {
    if (targets.length > 0) break;
    targets = read(parsed, match, sources) ?? targets;
  }
  return targets;
}

/**
 * "bombarded a government-held part of Aleppo", "bombed the outskirts of Beirut": force on a part of a place
 * is aimed at the country it is in, not at a city standing for its government or a modifier. Applies while
 * no target is the head of its phrase.
 */
function struckPlace(parsed: Parsed, match: VerbMatch, targets: Argument[]): Argument[] {
  const struck = match.directObject ?? match.object;
  if (VIOLENT_ROOTS.has(match.pattern.code.slice(0, 2)) && struck && targets.every((t) => t.weight < 1)) {
    const where = placeOfPart(parsed, struck);
    if (where) return [where];
  }
  return targets;
}

/**
 * While the targets are none or only the sources themselves: "rejected calls by Kofi Annan": what is
 * rejected, criticised or answered belongs to its author, the agent of the event it names or the party the
 * phrase right after it names; "reneged on his commitment to the people": a promise broken or kept is aimed
 * at whom it was made to. The agent of an attack is not sought for a passive or for violence ("were killed in
 * attacks by the army": the attack the victims fell in).
 */
function answeredAuthor(
  parsed: Parsed,
  match: VerbMatch,
  sources: readonly Argument[],
  targets: Argument[],
): Argument[] {
  const { predicate: p, pattern } = match;
  const slot = match.directObject ?? match.target;
  const onlySelf = targets.every((t) => sources.some((s) => s.span.actor.id === t.span.actor.id));
  if (!onlySelf || !slot || pattern.fallback) return targets;
  if (!p.passive && !VIOLENT_ROOTS.has(pattern.code.slice(0, 2))) {
    const agent = agentOfEvent(parsed, slot);
    if (agent.length > 0) return agent;
  }
  const next = phraseAfterSlot(parsed, slot);
  const promised = next?.prep === 'to' && PROMISE_NOUNS.has(parsed.view.lemma[slot.head]!);
  if (
    next &&
    (next.prep === 'by' ||
      next.prep === 'from' ||
      (next.prep === 'of' && !parsed.ofNamesTarget(slot.head)) ||
      promised)
  ) {
    const found = actorsOfGroup(parsed, next).map((a) => ({ ...a, weight: a.weight * 0.8 }));
    if (targets.length === 0 || found.length > 0) return found;
  }
  return targets;
}

/**
 * The phrase right after a verb's object, or past an of-phrase that names no party when a "from" or "by"
 * follows it ("recaptured the village of Moshchun from Russian forces").
 */
function phraseAfterSlot(parsed: Parsed, slot: Phrase): Phrase | undefined {
  const next = parsed.phrases[slot.index + 1];
  if (!next || next.start !== slot.end + 1) return undefined;
  const after = parsed.phrases[next.index + 1];
  const passed =
    next.prep === 'of' &&
    after?.start === next.end + 1 &&
    (after.prep === 'from' || after.prep === 'by') &&
    actorsOfGroup(parsed, next).length === 0;
  return passed ? after : next;
}

/**
 * One place a target may be found when the verb names none: the targets found there (possibly none), or
 * undefined where the reader does not apply to this match.
 */
type TargetReader = (
  parsed: Parsed,
  match: VerbMatch,
  sources: readonly Argument[],
) => Argument[] | undefined;

/**
 * "rejected an Indian proposal", "accepted Hussein's offer for talks with Israel": a reaction is aimed at the
 * author of what the pattern names as its object, before any party the words after it name.
 */
function authoredObject(parsed: Parsed, match: VerbMatch): Argument[] | undefined {
  if (!match.object || !AUTHORED_NOUNS.has(parsed.view.lemma[match.object.head]!)) return undefined;
  return authorOf(parsed, match.object);
}

/** The party a preposition after the verb names, unless the row is a fallback or its particle is a topic. */
function prepositional(parsed: Parsed, match: VerbMatch): Argument[] | undefined {
  if (match.pattern.fallback || match.pattern.particleIsTopic) return undefined;
  const act = actTaken(parsed, match);
  if (act?.by) return actorsOfGroup(parsed, act.by).map((a) => ({ ...a, weight: a.weight * 0.8 }));
  const { pattern } = match;
  const topic = (prep: string) => isJointTopic(pattern, pattern.code, prep);
  return prepositionalTarget(parsed, match.predicate, act?.end ?? match.trigger[1], topic);
}

/**
 * "condemned the attack on Ukraine", "backs the sanctions against Russia": a stance taken on an act is not
 * aimed at whom the act is aimed at; the position past the phrases hanging off that act, where a party the
 * stance is aimed at may still be named, and the act's own "by" phrase, whose author the stance is aimed at.
 */
function actTaken(parsed: Parsed, match: VerbMatch): { end: number; by?: Phrase } | undefined {
  const thing = actStancedOn(parsed, match);
  if (!thing) return undefined;
  const end = regionEnd(parsed, match.predicate);
  let last = thing;
  let by: Phrase | undefined;
  for (let i = thing.index + 1; i < parsed.phrases.length; i++) {
    const ph = parsed.phrases[i]!;
    if (ph.end > end || ph.start !== last.end + 1 || ph.prep === undefined || !ACT_OWN_PREPS.has(ph.prep))
      break;
    if (ph.prep === 'by') by ??= ph;
    last = ph;
  }
  return { end: last.end, ...(by && { by }) };
}

/** The act a stance verb takes its stance on: its object, when that is an event noun. */
function actStancedOn(parsed: Parsed, match: VerbMatch): Phrase | undefined {
  const thing = match.directObject ?? match.object;
  if (!thing || !STANCE_ROOTS.has(match.pattern.code.slice(0, 2)) || !isAct(parsed, thing.head))
    return undefined;
  return thing;
}

/** An event noun, or a noun for handing something over ("the supply of weapons to Ukraine"). */
function isAct(parsed: Parsed, k: number): boolean {
  return parsed.isEventNoun(k) || HANDOVER_NOUNS.has(parsed.view.lemma[k]!);
}

/**
 * Prepositions of the phrases an act names its own parties and places in ("the attack on the embassy in Kyiv
 * by …"): those it is aimed with, but "for", which may give the reason a stance is taken ("condemned the
 * attack for its cruelty").
 */
const ACT_OWN_PREPS: ReadonlySet<string> = new Set([
  ...[...AIMED_PREPS].filter((prep) => prep !== 'for'),
  'of',
  'in',
  'by',
]);

/**
 * "arrived in Kyiv", "came to Kharkiv": a visit whose row names no one is to the country of the place the
 * visitors go to, when it is not their own.
 */
function visitedPlace(
  parsed: Parsed,
  match: VerbMatch,
  sources: readonly Argument[],
): Argument[] | undefined {
  if (!isVisitCode(match.pattern.code) || sources.length === 0) return undefined;
  return destination(parsed, match.predicate, sources);
}

/** "sanctions against Iran were imposed by the EU": the passive's subject carries whom the act is aimed at. */
function passiveSubject(parsed: Parsed, match: VerbMatch): Argument[] | undefined {
  const p = match.predicate;
  if (!p.passive || !match.object || match.object !== parsed.clauses[p.index]!.subject[0]) return undefined;
  return aimedAt(parsed, match.object);
}

/** "undertook a mediation mission between Syria and Jordan": the parties mediated between are the targets. */
function mediated(parsed: Parsed, match: VerbMatch): Argument[] | undefined {
  if (!MEDIATION_CODES.has(match.pattern.code)) return undefined;
  const p = match.predicate;
  const between = phrasesBetween(parsed, match.trigger[1], regionEnd(parsed, p)).find(
    (ph) => ph.prep === 'between',
  );
  return between && actorsOfGroup(parsed, between);
}

/**
 * Statements, disapproval, rejection and threats name whom they are about in the clause they govern ("accused
 * Iran of …", "said Moscow had …"): its subject; a quote a bare statement closes names no one it is
 * addressed to.
 */
function complementSubject(parsed: Parsed, match: VerbMatch): Argument[] | undefined {
  const { predicate: p, pattern } = match;
  if (!TARGET_FROM_COMPLEMENT.has(pattern.code.slice(0, 2))) return undefined;
  const quoted = !pattern.code.startsWith('01');
  const child = parsed.clauses.find(
    (c) => c.governor === p.index && (c.relation === 'complement' || (quoted && c.relation === 'quoted')),
  );
  return child && complementActors(parsed, child.predicate.index).slice(0, 1);
}

/**
 * "troops remained on alert in the occupied West Bank": force or violence in another country's territory is
 * aimed at that country.
 */
function foreignForce(
  parsed: Parsed,
  match: VerbMatch,
  sources: readonly Argument[],
): Argument[] | undefined {
  if (!PLACE_FORCE_ROOTS.has(match.pattern.code.slice(0, 2)) || sources.length === 0) return undefined;
  const p = match.predicate;
  return foreignPlace(parsed, p.end, regionEnd(parsed, p), sources);
}

/**
 * "killed ten Russian soldiers", "expelled the UN agency", "allowed Syrian refugees": the people a row names
 * as its object are the ones it acts on, unless the row says what is said or asked for, or the object is
 * what the source sends, deploys or pulls back ("deployed Chechen troops"). Police act on their own
 * country's people; outside violence, a kind of people with no country names no party ("exchanged
 * prisoners").
 */
function objectActedOn(
  parsed: Parsed,
  match: VerbMatch,
  sources: readonly Argument[],
): Argument[] | undefined {
  const { pattern } = match;
  if (!match.object || objectIsInstrument(pattern.code)) return undefined;
  let targets = actorsOfGroup(parsed, match.object);
  const home = policeHome(sources);
  if (home) targets = targets.map((t) => (isUnplaced(t) ? placedIn(t, home) : t));
  if (!VIOLENT_ROOTS.has(pattern.code.slice(0, 2)))
    targets = targets.filter((t) => !t.span.actor.code.startsWith('---'));
  return targets;
}

/** "suspended a military aid program for Bosnia": aid given or cut is aimed at whom it is for. */
function aidBeneficiary(parsed: Parsed, match: VerbMatch): Argument[] | undefined {
  if (!match.object || !AID_ROOTS.has(match.pattern.code.slice(0, 2))) return undefined;
  return beneficiary(parsed, match.object);
}

/**
 * "deployed peacekeepers in Iraq", "evacuated settlements in the Gaza Strip": aid, concessions, protest,
 * sanctions and coercion done in another country's territory, with no one named, are aimed at it.
 */
function foreignAct(parsed: Parsed, match: VerbMatch, sources: readonly Argument[]): Argument[] | undefined {
  if (!PLACE_ACT_ROOTS.has(match.pattern.code.slice(0, 2)) || sources.length === 0) return undefined;
  const p = match.predicate;
  return foreignPlace(parsed, p.end, regionEnd(parsed, p), sources);
}

/** The thing an act is done with: its row's object, else the direct object, else the target slot. */
function thingOf(match: VerbMatch) {
  return match.object ?? match.directObject ?? match.target;
}

/**
 * Whether the purpose of the act, or of the thing it is done with, may name whom it is aimed at. A meeting's
 * or a statement's purpose is its topic, and "endorsed a military strike to punish the regime": a stance on
 * an act whose purpose follows it is not aimed at whom that act is for, nor is a stance on a decision or a
 * plan ("criticized the decision to supply weapons to Ukraine") aimed at whom what is decided is for.
 */
function purposeNamesTarget(parsed: Parsed, match: VerbMatch): boolean {
  const root = match.pattern.code.slice(0, 2);
  const thing = thingOf(match);
  const decided = thing && (isAct(parsed, thing.head) || INTENT_NOUNS.has(parsed.view.lemma[thing.head]!));
  return !TOPIC_PURPOSE_ROOTS.has(root) && !(decided && STANCE_ROOTS.has(root));
}

/**
 * "accepted a formula for ending its dispute with its partners", "a strike over a bill signed by the
 * minister": the thing an act is done with may belong to, be about or be aimed at a party.
 */
function thingParty(parsed: Parsed, match: VerbMatch, sources: readonly Argument[]): Argument[] | undefined {
  const thing = thingOf(match);
  if (sources.length === 0 || !thing || match.pattern.fallback) return undefined;
  const p = match.predicate;
  const purposes = purposeNamesTarget(parsed, match);
  const stanceOnAct = actStancedOn(parsed, match) !== undefined;
  return thingTarget(parsed, p, thing, regionEnd(parsed, p), sources, { purposes, stanceOnAct });
}

/**
 * "mobilised groups to help defend the rights of the Kurds": whom the act's purpose is done to (an act an
 * infinitive complements is folded with it later); a meeting's purpose is its topic ("met to discuss the
 * Russian demands" met no Russian).
 */
function purposeParty(
  parsed: Parsed,
  match: VerbMatch,
  sources: readonly Argument[],
): Argument[] | undefined {
  const p = match.predicate;
  if (
    sources.length === 0 ||
    match.pattern.fallback ||
    !purposeNamesTarget(parsed, match) ||
    p.passive ||
    !parsed.clauses.some((c) => c.governor === p.index && c.relation === 'purpose')
  )
    return undefined;
  return purposeActedOn(parsed, p, sources).filter((t) => t.span.actor.code !== '');
}

/** Sympathy that names no one it is offered to is for the place what it is about happened in. */
function mourned(parsed: Parsed, match: VerbMatch, sources: readonly Argument[]): Argument[] | undefined {
  if (sources.length === 0) return undefined;
  const p = match.predicate;
  return mournedPlace(parsed, p, match.pattern.code, regionEnd(parsed, p), sources);
}

/** Where a target is looked for when the verb names none, in order: the first that finds one wins. */
const TARGET_READERS: readonly TargetReader[] = [
  givenTo,
  authoredObject,
  prepositional,
  visitedPlace,
  passiveSubject,
  mediated,
  complementSubject,
  foreignForce,
  objectActedOn,
  aidBeneficiary,
  foreignAct,
  thingParty,
  purposeParty,
  mourned,
];
