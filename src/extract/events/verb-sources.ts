import { type Argument, actorsOfGroup, type Parsed } from './arguments.js';
import { isMutualCode } from './fold.js';
import { passiveAgent } from './passive-agent.js';
import type { Predicate } from './predicates.js';
import { expletiveParties, subjectActors } from './subject-actors.js';
import { attackIsSubject, countryOfPlace, unknownAttackers, unknownAuthor } from './unnamed-parties.js';
import type { VerbMatch } from './verbs.js';
import { VIOLENT_ROOTS, WEAPON_HEADS } from './words.js';

// Who does what a matched verb says: the parties the clause names, and those it leaves unnamed but still
// implies (the authorities of a country, an unknown attacker, an unknown author).

/** What a document can do by its words alone: appeal, demand, disapprove, reject. */
const DOCUMENT_ROOTS = new Set(['02', '10', '11', '12']);

/**
 * Who does what the verb says: its subject, or in the passive the agent its by-phrase names. A passive with
 * no agent named falls back on those its subject names when the row says they act themselves ("guerrillas
 * have been demobilized" stand down), and a coercive act (17x) on the authorities of the country it
 * happened in ("was arrested in Lebanon"), unless the participle only describes a noun ("lifted the curfew
 * imposed in March"), where guessing an agent would be guessing too far.
 */
export function verbSources(parsed: Parsed, match: VerbMatch): Argument[] {
  const p = match.predicate;
  const pattern = match.pattern;
  let sources: Argument[] = p.passive ? passiveAgent(parsed, p) : subjectActors(parsed, p.index);
  if (sources.length === 0 && p.passive && pattern.passiveSubjectActs)
    sources = subjectActors(parsed, p.index);
  // "It was agreed to maintain contact": the two who met or talked
  if (sources.length === 0 && p.passive) sources = expletiveParties(parsed, p.index);
  const describes = p.form === 'participle' && parsed.clauses[p.index]!.subjectFrom === 'relative';
  if (sources.length === 0 && p.passive && pattern.code.startsWith('17') && !describes)
    sources = countryOfPlace(parsed, p);
  if (sources.length === 0 && p.passive && VIOLENT_ROOTS.has(pattern.code.slice(0, 2)))
    sources = weaponOwner(parsed, p.index);
  if (sources.length === 0 && p.passive && isMutualCode(pattern.code)) sources = partiesBetween(parsed, p);
  return sources;
}

/**
 * "An agreement was signed between Russia and China", "talks were held between the two ministries": a
 * joint act in the passive with no agent is done by the parties a "between" phrase after the verb names.
 */
function partiesBetween(parsed: Parsed, p: Predicate): Argument[] {
  // (right after the verb: "handed over a draft treaty between X and Y" names the treaty's parties)
  let k = p.end;
  while (parsed.view.pos[k] === 'ADV') k++;
  if (parsed.view.norm[k] !== 'between') return [];
  const between = parsed.phrases.find((ph) => ph.prep === 'between' && ph.start > k && ph.start <= k + 2);
  const parties = actorsOfGroup(parsed, between, 'source');
  return parties.length >= 2 ? parties : [];
}

/** "Russian bombs were dropped on the hospital": the country of a weapon that is the passive's subject fired it. */
function weaponOwner(parsed: Parsed, k: number): Argument[] {
  const subject = parsed.clauses[k]!.subject[0];
  if (!subject || !WEAPON_HEADS.has(parsed.view.lemma[subject.head]!)) return [];
  return actorsOfGroup(parsed, subject, 'source');
}

/**
 * Whether the match is violence no attacker is named for, which is still coded, by an unknown actor, once
 * its victims are known (`unnamedAttackers`): a passive with no agent ("civilians have been killed in a car
 * bombing"), or an active verb whose subject is the attack rather than its author ("a roadside bombing
 * killed one soldier").
 */
export function isUnnamedAttack(parsed: Parsed, match: VerbMatch, sources: readonly Argument[]): boolean {
  const p = match.predicate;
  return (
    sources.length === 0 &&
    VIOLENT_ROOTS.has(match.pattern.code.slice(0, 2)) &&
    (p.passive || attackIsSubject(parsed, p.index))
  );
}

/**
 * The author of a document that appeals, demands, disapproves or rejects with no author named ("a report
 * released on Tuesday alleged that France …"): its words still speak for someone, if only someone unknown.
 * Undefined where the verb is no such act of a document's subject; called only when no source is named.
 */
export function documentAuthor(parsed: Parsed, match: VerbMatch): Argument[] | undefined {
  const p = match.predicate;
  if (p.passive || !DOCUMENT_ROOTS.has(match.pattern.code.slice(0, 2))) return undefined;
  const author = unknownAuthor(parsed, p.index);
  return author ? [author] : undefined;
}

/**
 * Who carried out violence no attacker is named for (`isUnnamedAttack`), found from its first victim and
 * where it happened; undefined when no victim is named either, and there is no event to code.
 */
export function unnamedAttackers(
  parsed: Parsed,
  match: VerbMatch,
  targets: readonly Argument[],
): Argument[] | undefined {
  const victim = targets[0];
  return victim ? unknownAttackers(parsed, match.predicate, victim) : undefined;
}
