import { placeSubject } from './acted-on.js';
import type { Argument, Parsed } from './arguments.js';
import {
  isCivilian,
  isFightingForce,
  namesFrontier,
  namesPlace,
  namesPlaceNotCountry,
  ownPeople,
} from './armed-objects.js';
import type { Candidate } from './candidate.js';
import { isMutualCode } from './fold.js';
import { complementActors } from './object-parties.js';
import { settledTargets } from './other-party.js';
import { eventActsOnObject, foretoldStance, isHostileCode } from './predicted-acts.js';
import { isEachOther } from './sentence.js';
import type { Stance } from './stance.js';
import {
  attemptedCode,
  COMPLAINT,
  clauseCode,
  complaintClause,
  partyCode,
  realisedIntent,
} from './verb-code.js';
import { hasReflexiveObject, releasesText } from './verb-objects.js';
import {
  actingTargets,
  addressees,
  placeBySources,
  placeProtesters,
  placeVictims,
  visitTargets,
} from './verb-parties.js';
import { documentAuthor, isUnnamedAttack, unnamedAttackers, verbSources } from './verb-sources.js';
import { verbTargets } from './verb-targets.js';
import type { VerbMatch } from './verbs.js';
import { ADVERBIAL_SUBORDINATORS, isArmed, isArmedForce } from './words.js';

// One verb pattern's match made into a candidate event: its source and target found from the clause, its
// code refined by the clause around it, its stance and confidence. Each step is a function named for what
// it decides; the order of the steps is part of the rules.

/** "The leaders exchanged congratulations": what parties exchange, each gives the other. */
const EXCHANGE = 'exchange';

export function verbCandidate(parsed: Parsed, match: VerbMatch, stance: Stance): Candidate | undefined {
  const p = match.predicate;
  const pattern = match.pattern;
  // "the invasion will destroy more families": what an event is foretold to do is no one's intent
  if (stance.ownIntent && isHostileCode(pattern.code) && eventActsOnObject(parsed, p))
    stance = foretoldStance(stance);
  let sources = verbSources(parsed, match);
  const unknownAttacker = isUnnamedAttack(parsed, match, sources);
  if (sources.length === 0 && !unknownAttacker) sources = documentAuthor(parsed, match) ?? sources;
  if (makesNoEvent(parsed, match, sources, unknownAttacker)) return undefined;
  const children = parsed.clauses.filter((c) => c.governor === p.index && c.relation !== 'coordinated');
  if (carriesNothing(match, children)) return undefined;

  // "Putin and Rahmon discussed Afghanistan": parties acting together act on one another, about the rest
  let targets = pattern.needsSeveralSources ? [] : verbTargets(parsed, match, sources);
  if (unknownAttacker) {
    if (targets.length === 0) targets = placeSubject(parsed, p);
    const attackers = unnamedAttackers(parsed, match, targets);
    if (!attackers) return undefined;
    sources = attackers;
  }
  targets = placeVictims(parsed, match, unknownAttacker, targets);
  sources = placeProtesters(parsed, match, sources);
  targets = placeBySources(sources, pattern.code, targets);
  const visited = visitTargets(parsed, match, sources, targets);
  if (!visited) return undefined;
  const reflexive = visited.length === 0 && hasReflexiveObject(parsed, match);
  targets = settledTargets(parsed, addressees(pattern.code, sources, visited));

  let code = clauseCode(parsed, match, sources, children);
  const complaint = complaintClause(parsed, match, code);
  if (complaint) {
    code = COMPLAINT;
    if (targets.length === 0) targets = complementActors(parsed, complaint.predicate.index).slice(0, 1);
  }
  code = partyCode(code, pattern, sources);
  const realised = realisedIntent(parsed, p.index, code, stance.modality);
  if (realised === 'attempted') code = attemptedCode(code);

  if (pattern.targetActs) {
    const actors = actingTargets(parsed, match, targets);
    if (actors.length > 0) [sources, targets] = [actors, sources];
    // "Ukraine received weapons": the one who receives from no one named is no giver
    else if (pattern.prep === 'from') [sources, targets] = [[], sources];
  }
  return {
    kind: 'verb',
    pattern,
    code,
    rule: pattern.id,
    sources,
    targets,
    reflexive,
    reciprocal:
      !reflexive &&
      targets.length === 0 &&
      sources.length > 1 &&
      (isMutualCode(code, pattern.code) ||
        isEachOther(parsed.view, p.end) ||
        pattern.lemma === EXCHANGE ||
        pattern.mutual === true),
    trigger: match.trigger,
    ...(match.object &&
      match.object.end <= p.start && { objectBefore: [match.object.start, match.object.end] }),
    clause: p.index,
    negated: stance.negated || isDeniedObject(parsed, match),
    modality: realised ? 'actual' : stance.modality,
    ownIntent: realised ? false : stance.ownIntent,
    confidence: verbConfidence(parsed, match),
    carried: false,
    absorbed: false,
  };
}

/**
 * Whether the match makes no event before its targets are looked for: an act with no source is kept only
 * while a governing verb may still give it one (an infinitive or object-control clause, folded later); a
 * row for armed acts needs an armed source; a document made public is no act of its publisher.
 */
function makesNoEvent(
  parsed: Parsed,
  match: VerbMatch,
  sources: readonly Argument[],
  unknownAttacker: boolean,
): boolean {
  if (sources.length === 0 && !unknownAttacker) {
    const clause = parsed.clauses[match.predicate.index]!;
    if (clause.relation !== 'xcomp' && clause.relation !== 'object-control') return true;
  }
  if (match.pattern.needsArmedSource && !sources.some((s) => isArmed(s.span.actor.code))) return true;
  if (match.pattern.needsSeveralSources && sources.length < 2) return true;
  // "troops massed near the border" is force posture; "protesters massed", "Ukrainians gathered" is none, and
  // police gathering near an embassy is policing
  if (match.pattern.needsForceSource && !sources.every((s) => isFightingForce(s.span.actor.code)))
    return true;
  // ("armed men gathered at the compound": forces posture at a border, a front or a place, against a party)
  if (match.pattern.needsFrontier && !namesFrontier(parsed, match.target)) return true;
  // "soldiers defend the city": armed defence, not speaking up for someone
  if (
    match.pattern.notArmedSource &&
    sources.length > 0 &&
    sources.every((s) => isArmedForce(s.span.actor.code))
  )
    return true;
  // "to defend Donbass", "will defend Kharkiv": a region or a city is defended by arms, a country may be in words
  if (match.pattern.notOfPlace && namesPlaceNotCountry(parsed, match.target)) return true;
  // "refugees who arrived in the EU": people moving are no official visit
  if (
    match.pattern.notCivilianSource &&
    sources.length > 0 &&
    sources.every((s) => isCivilian(s.span.actor.code))
  )
    return true;
  // "Israel protects its citizens": a state guarding its own people is no protection by a third party
  if (match.pattern.notOfOwn && ownPeople(parsed, match.target, sources)) return true;
  // "Ukrainian forces hold Kyiv": a country's own city held is defended, neither detained nor occupied
  if (
    match.predicate.lemma === 'hold' &&
    match.pattern.code === '173' &&
    namesPlace(parsed, match.target) &&
    ownPeople(parsed, match.target, sources)
  )
    return true;
  return releasesText(parsed, match);
}

/**
 * "pledged", "agreed", "plans" carry an act: with no clause, object or target to carry they are no event
 * ("helped to plan").
 */
function carriesNothing(match: VerbMatch, children: readonly Parsed['clauses'][number][]): boolean {
  return (
    match.pattern.note.includes('modality intended') &&
    children.length === 0 &&
    !match.object &&
    !match.directObject &&
    !match.target
  );
}

/**
 * How sure the coding is: a clause in the foreground, a row that matched its object or particle and found
 * its preposition are surer; a fallback row is a guess.
 */
function verbConfidence(parsed: Parsed, match: VerbMatch): number {
  const pattern = match.pattern;
  let confidence = 0.85 + clauseConfidence(parsed.clauses, match.predicate.index);
  if (pattern.object.length > 0 || pattern.particle.length > 0) confidence += 0.05;
  if (pattern.prep && !match.prepFound) confidence -= 0.1;
  if (pattern.fallback) confidence -= 0.2;
  return confidence;
}

/** Main clauses are surer than clauses in the background: relatives, purposes, adverbials. */
function clauseConfidence(clauses: Parsed['clauses'], index: number): number {
  const clause = clauses[index]!;
  // "… until a government takes over", "as the opposition threatened", and what those clauses govern
  // ("after Sarkozy heads to Beijing, seeking to mend ties"): the background, not the news
  for (let k: number | undefined = index, hops = 0; k !== undefined && hops < 6; hops++) {
    const c: Parsed['clauses'][number] = clauses[k]!;
    if (c.opener !== undefined && ADVERBIAL_SUBORDINATORS.has(c.opener)) return -0.35;
    // the words a quote-final "…, X said" governs are the news however that verb is placed
    k = c.relation === 'quoted' ? undefined : c.governor;
  }
  if (clause.predicate.form === 'participle' || clause.subjectFrom === 'relative') return -0.1;
  if (clause.relation === 'purpose' || clause.relation === 'adverbial') return -0.05;
  if (clause.relation === undefined) return 0.05;
  return 0;
}

/** Words after "no" that make it an amount, not a denial: "sent no fewer than 100 troops". */
const AMOUNT_AFTER_NO = new Set(['fewer', 'less', 'more']);

/**
 * "signed no documents", "sent no troops": the act its row names by its object was not done, as with "did not
 * sign any documents".
 */
function isDeniedObject(parsed: Parsed, match: VerbMatch): boolean {
  const object = match.object;
  if (!object) return false;
  const { norm } = parsed.view;
  return norm[object.start] === 'no' && !AMOUNT_AFTER_NO.has(norm[object.start + 1] ?? '');
}
