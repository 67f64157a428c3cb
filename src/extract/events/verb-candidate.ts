import { agentOfEvent } from './about-chain.js';
import { foreignPlace, hostCountry, placeCountries, placeOfPart, purposeActedOn } from './acted-on.js';
import { type Argument, actorsOfGroup, type Parsed, phrasesBetween, regionEnd } from './arguments.js';
import type { Candidate } from './candidate.js';
import { isMutualCode, PROTEST } from './fold.js';
import { moodCode } from './mood-codes.js';
import {
  AID_ROOTS,
  aimedAt,
  authorOf,
  beneficiary,
  complementActors,
  PROMISE_NOUNS,
} from './object-parties.js';
import { passiveAgent } from './passive-agent.js';
import { phraseAt } from './phrases.js';
import { prepositionalTarget } from './prepositional-target.js';
import { isEachOther } from './sentence.js';
import { isAttempted, isDecided, type Stance } from './stance.js';
import { subjectActors } from './subject-actors.js';
import { civilianBlockadeCode, jointExerciseCode, subjectCode } from './subject-codes.js';
import { mournedPlace, thingTarget } from './thing-targets.js';
import {
  attackIsSubject,
  countryOfPlace,
  isUnplaced,
  placeBeforeComma,
  placedIn,
  placeOwnState,
  policeHome,
  restrictionHome,
  unknownAttackers,
  unknownAuthor,
  violencePlace,
} from './unnamed-parties.js';
import { hasReflexiveObject, releasesText } from './verb-objects.js';
import type { VerbMatch } from './verbs.js';
import {
  ADVERBIAL_SUBORDINATORS,
  AUTHORED_NOUNS,
  COMPLAINT_VERBS,
  isArmed,
  MEDIATION_CODES,
  VIOLENT_ROOTS,
} from './words.js';

// One verb pattern's match made into a candidate event: its code refined by the clause around it, its source
// and target found from the clause, its stance and confidence.

/** An official complaint (114). */
const COMPLAINT = '114';
/** Aid, concessions, cut relations and coercion: what an authority does by deciding it. */
const DECIDED_ROOTS = new Set(['07', '08', '16', '17']);
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
const TARGET_FROM_COMPLEMENT = new Set(['01', '10', '11', '12', '13']);
/** Empathetic comments: sorrow, sympathy, condolences. */
const EMPATHY = '018';
/** What a document can do by its words alone: appeal, demand, disapprove, reject. */
const DOCUMENT_ROOTS = new Set(['02', '10', '11', '12']);

export function verbCandidate(parsed: Parsed, match: VerbMatch, stance: Stance): Candidate | undefined {
  const p = match.predicate;
  const pattern = match.pattern;
  let sources: Argument[] = p.passive ? passiveAgent(parsed, p) : subjectActors(parsed, p.index);
  // "guerrillas have been demobilized": with no agent named, those the verb names stand down themselves
  if (sources.length === 0 && p.passive && pattern.passiveSubjectActs)
    sources = subjectActors(parsed, p.index);
  // "was arrested in Lebanon": with no agent named, the authorities of the country it happened in
  // ("lifted the curfew imposed in March": a participle that only describes a noun is not guessed an agent)
  const describes = p.form === 'participle' && parsed.clauses[p.index]!.subjectFrom === 'relative';
  if (sources.length === 0 && p.passive && pattern.code.startsWith('17') && !describes)
    sources = countryOfPlace(parsed, p);
  // "civilians have been killed in a car bombing": violence with no attacker named is still coded, by
  // an unknown actor, once its victims are known (below)
  // "a roadside bombing killed one soldier": so is violence whose subject is the attack, not its author
  const unknownAttacker =
    sources.length === 0 &&
    VIOLENT_ROOTS.has(pattern.code.slice(0, 2)) &&
    (p.passive || attackIsSubject(parsed, p.index));
  // "a report released on Tuesday alleged that France …": a document with no author named still accuses,
  // appeals or demands, for someone unknown
  if (
    sources.length === 0 &&
    !unknownAttacker &&
    !p.passive &&
    DOCUMENT_ROOTS.has(pattern.code.slice(0, 2))
  ) {
    const author = unknownAuthor(parsed, p.index);
    if (author) sources = [author];
  }
  if (sources.length === 0 && !unknownAttacker) {
    // keep a source-less act only while a governing verb may still give it one (folds below)
    const clause = parsed.clauses[p.index]!;
    if (clause.relation !== 'xcomp' && clause.relation !== 'object-control') return undefined;
  }
  if (pattern.needsArmedSource && !sources.some((s) => isArmed(s.span.actor.code))) return undefined;
  if (releasesText(parsed, match)) return undefined;
  const children = parsed.clauses.filter((c) => c.governor === p.index && c.relation !== 'coordinated');
  // "pledged", "agreed", "plans" carry an act; with nothing to carry they are no event ("helped to plan")
  if (
    pattern.note.includes('modality intended') &&
    children.length === 0 &&
    !match.object &&
    !match.directObject &&
    !match.target
  ) {
    return undefined;
  }
  let targets = actorsOfGroup(parsed, match.target);
  // "warned Russia against further moves": the preposition names no actor, the object does
  if (targets.length === 0 && match.directObject && !pattern.fallback)
    targets = actorsOfGroup(parsed, match.directObject);
  // "bombarded a government-held part of Aleppo", "bombed the outskirts of Beirut": force on a part of a
  // place is aimed at the country it is in, not at a city standing for its government or a modifier
  const struck = match.directObject ?? match.object;
  if (VIOLENT_ROOTS.has(pattern.code.slice(0, 2)) && struck && targets.every((t) => t.weight < 1)) {
    const where = placeOfPart(parsed, struck);
    if (where) targets = [where];
  }
  // "rejected calls by Kofi Annan": what is rejected, criticised or answered belongs to its author; "reneged
  // on his commitment to the people": a promise broken or kept is aimed at whom it was made to
  const slot = match.directObject ?? match.target;
  const onlySelf = targets.every((t) => sources.some((s) => s.span.actor.id === t.span.actor.id));
  // (not the attack a passive's victims fell in: "were killed in attacks by the army")
  const agent =
    onlySelf && slot && !pattern.fallback && !p.passive && !VIOLENT_ROOTS.has(pattern.code.slice(0, 2))
      ? agentOfEvent(parsed, slot)
      : [];
  if (agent.length > 0) targets = agent;
  else if (onlySelf && slot && !pattern.fallback) {
    const next = parsed.phrases[slot.index + 1];
    const promised = next?.prep === 'to' && PROMISE_NOUNS.has(parsed.view.lemma[slot.head]!);
    if (
      next &&
      next.start === slot.end + 1 &&
      (next.prep === 'by' || next.prep === 'from' || next.prep === 'of' || promised)
    ) {
      const found = actorsOfGroup(parsed, next).map((a) => ({ ...a, weight: a.weight * 0.8 }));
      if (targets.length === 0 || found.length > 0) targets = found;
    }
  }
  // "rejected an Indian proposal", "accepted Hussein's offer for talks with Israel": a reaction is aimed
  // at the author of what the pattern names as its object, before any party the words after it name
  if (targets.length === 0 && match.object && AUTHORED_NOUNS.has(parsed.view.lemma[match.object.head]!))
    targets = authorOf(parsed, match.object);
  if (targets.length === 0 && !pattern.fallback && !pattern.particleIsTopic) {
    targets = prepositionalTarget(parsed, p, match.trigger[1]);
  }
  // "sanctions against Iran were imposed by the EU": the passive's subject carries whom the act is aimed at
  if (
    targets.length === 0 &&
    p.passive &&
    match.object &&
    match.object === parsed.clauses[p.index]!.subject[0]
  )
    targets = aimedAt(parsed, match.object);
  // "undertook a mediation mission between Syria and Jordan": the parties are the targets
  if (targets.length === 0 && MEDIATION_CODES.has(pattern.code)) {
    const between = phrasesBetween(parsed, match.trigger[1], regionEnd(parsed, p)).find(
      (ph) => ph.prep === 'between',
    );
    if (between) targets = actorsOfGroup(parsed, between);
  }
  if (targets.length === 0 && TARGET_FROM_COMPLEMENT.has(pattern.code.slice(0, 2))) {
    // a quote a bare statement closes names no one it is addressed to
    const quoted = !pattern.code.startsWith('01');
    const child = parsed.clauses.find(
      (c) => c.governor === p.index && (c.relation === 'complement' || (quoted && c.relation === 'quoted')),
    );
    if (child) targets = complementActors(parsed, child.predicate.index).slice(0, 1);
  }
  // "troops remained on alert in the occupied West Bank": force or violence in another country's
  // territory is aimed at that country
  if (targets.length === 0 && PLACE_FORCE_ROOTS.has(pattern.code.slice(0, 2)) && sources.length > 0)
    targets = foreignPlace(parsed, p.end, regionEnd(parsed, p), sources);
  // "killed ten Russian soldiers", "expelled the UN agency", "allowed Syrian refugees": the people a row
  // names as its object are the ones it acts on, unless the row says what is said or asked for, or the
  // object is what the source sends, deploys or pulls back ("deployed Chechen troops")
  if (targets.length === 0 && match.object && !objectIsInstrument(pattern.code)) {
    targets = actorsOfGroup(parsed, match.object);
    const home = policeHome(sources);
    if (home) targets = targets.map((t) => (isUnplaced(t) ? placedIn(t, home) : t));
    // "exchanged prisoners": outside violence, a kind of people with no country names no party
    if (!VIOLENT_ROOTS.has(pattern.code.slice(0, 2)))
      targets = targets.filter((t) => !t.span.actor.code.startsWith('---'));
  }
  // "suspended a military aid program for Bosnia": aid given or cut is aimed at whom it is for
  if (targets.length === 0 && match.object && AID_ROOTS.has(pattern.code.slice(0, 2)))
    targets = beneficiary(parsed, match.object);
  // "deployed peacekeepers in Iraq", "evacuated settlements in the Gaza Strip": aid, concessions, protest,
  // sanctions and coercion done in another country's territory, with no one named, are aimed at it
  if (targets.length === 0 && PLACE_ACT_ROOTS.has(pattern.code.slice(0, 2)) && sources.length > 0)
    targets = foreignPlace(parsed, p.end, regionEnd(parsed, p), sources);
  // "accepted a formula for ending its dispute with its partners", "a strike over a bill signed by the
  // minister": the thing an act is done with may belong to, be about or be aimed at a party
  const thing = match.object ?? match.directObject ?? match.target;
  // "endorsed a military strike to punish the regime": a stance on an act whose purpose follows it is
  // not aimed at whom that act is for
  const purposes =
    !TOPIC_PURPOSE_ROOTS.has(pattern.code.slice(0, 2)) &&
    !(thing && STANCE_ROOTS.has(pattern.code.slice(0, 2)) && parsed.isEventNoun(thing.head));
  if (targets.length === 0 && sources.length > 0 && thing && !pattern.fallback)
    targets = thingTarget(parsed, p, thing, regionEnd(parsed, p), sources, { purposes });
  // "mobilised groups to help defend the rights of the Kurds": else whom the act's purpose is done to (an
  // act an infinitive complements is folded with it below); a meeting's purpose is its topic ("met to
  // discuss the Russian demands" met no Russian)
  if (
    targets.length === 0 &&
    sources.length > 0 &&
    !pattern.fallback &&
    purposes &&
    !p.passive &&
    parsed.clauses.some((c) => c.governor === p.index && c.relation === 'purpose')
  )
    targets = purposeActedOn(parsed, p, sources).filter((t) => t.span.actor.code !== '');
  if (targets.length === 0 && sources.length > 0)
    targets = mournedPlace(parsed, p, pattern.code, regionEnd(parsed, p), sources);
  if (unknownAttacker) {
    const victim = targets[0];
    if (!victim) return undefined;
    sources = unknownAttackers(parsed, p, victim);
  }
  // "four children were killed in the Gaza Strip", "rebels killed a militia commander in southern Lebanon":
  // victims of no country named are the place's people (where an attacker is named, the place in the
  // verb's own words, not one past a comma: "…, killing 20 people, officials in Nairobi said")
  if (VIOLENT_ROOTS.has(pattern.code.slice(0, 2)) && targets.some(isUnplaced)) {
    const where = unknownAttacker ? violencePlace(parsed, p) : placeBeforeComma(parsed, p);
    if (where) targets = targets.map((t) => (isUnplaced(t) ? placedIn(t, where) : t));
  }
  // "prisoners rioted at a jail in Dili", "the opposition postponed the demonstration in Baku": people of
  // no country named who protest somewhere are that place's people
  if (pattern.code.startsWith(PROTEST) && sources.length > 0 && sources.every(isUnplaced)) {
    const where = placeCountries(parsed, p.end, regionEnd(parsed, p))[0];
    if (where) sources = sources.map((s) => (s.span.actor.code.endsWith('REF') ? s : placedIn(s, where)));
  }
  // "Egyptian police dispersed demonstrators": police act at home, on their own country's people
  const home = policeHome(sources);
  if (home) targets = targets.map((t) => (isUnplaced(t) ? placedIn(t, home) : t));
  // "rebels dismissed an appeal from the president": a government no country is named for is their own
  targets = placeOwnState(sources, targets);
  // "the Kenyan government lifted the ban on opposition parties": a state's restrictions and their easing
  // fall on its own people
  const restricting = restrictionHome(sources, pattern.code);
  if (restricting) targets = targets.map((t) => (isUnplaced(t) ? placedIn(t, restricting) : t));
  // "attended the Olympics in London": attending an event abroad is a visit to the country it is held in,
  // not to the people the event is for ("the funeral of X"); one at home is no visit
  if (pattern.heldAbroad && match.object) {
    const host = hostCountry(parsed, p, match.object);
    if (host && sources.some((s) => s.span.actor.code.slice(0, 3) === host.span.actor.code)) return undefined;
    targets = host ? [host] : [];
  }
  const reflexive = targets.length === 0 && hasReflexiveObject(parsed, match);
  const sourceIds = new Set(sources.map((s) => s.span.actor.id));
  targets = targets.filter((t) => !sourceIds.has(t.span.actor.id));
  // a statement, warning or accusation is not addressed to the speaker's own country or own side; its own
  // rebels, opposition or courts are fair targets ("the Sudanese government accused Darfur rebels")
  if (TARGET_FROM_COMPLEMENT.has(pattern.code.slice(0, 2))) {
    const own = sources.map((s) => s.span.actor.code).filter((c) => !c.startsWith('---'));
    // a bare statement about one's own country ("said Russian troops …") is addressed to no one; sympathy
    // for one's own people is addressed to them ("expressed sorrow for the shootings in Texas")
    const statement = pattern.code.startsWith('01') && !pattern.code.startsWith(EMPATHY);
    targets = targets.filter(
      (t) =>
        !own.some((c) =>
          statement ? c.slice(0, 3) === t.span.actor.code.slice(0, 3) : sameSide(c, t.span.actor.code),
        ),
    );
  }
  const clause = parsed.clauses[p.index]!;
  // who acts: the subject, or in the passive the phrase of the agent ("was demolished by protesters")
  const actorPhrase = p.passive
    ? sources[0] && phraseAt(parsed.phrases, sources[0].span.start)
    : clause.subject[0];
  let code = subjectCode(parsed, actorPhrase, pattern.code);
  // "said he was skeptical …", "said it was confident …": a statement of one's own mood is gloomy (012)
  // or hopeful (013)
  if (code === '010') code = moodCode(parsed, children) ?? code;
  // "agreed that a freeze was needed": agreeing with a view rather than to act voices agreement (019)
  if (
    pattern.id === 'v.agree' &&
    children.some((c) => c.relation === 'complement' && c.predicate.modalKind === undefined) &&
    !children.some((c) => c.relation === 'xcomp')
  )
    code = '019';
  // "a rights group protested that the authorities were failing …": a protest that says what it objects to
  // is a complaint (114) about whoever the report is about, not a demonstration
  if (COMPLAINT_VERBS.has(p.lemma) && code.startsWith('14')) {
    const said = parsed.clauses.find(
      (c) => c.governor === p.index && (c.relation === 'complement' || c.relation === 'quoted'),
    );
    if (said) {
      code = COMPLAINT;
      if (targets.length === 0) targets = complementActors(parsed, said.predicate.index).slice(0, 1);
    }
  }
  code = jointExerciseCode(code, pattern.object.length > 0 ? pattern.object : pattern.words, sources);
  code = civilianBlockadeCode(code, sources);
  // "tried to assassinate the governor": violence attempted is violence done, not an intention (nor a
  // threat); a tried assassination is an assassination attempt (185)
  let { modality, ownIntent } = stance;
  if (
    modality === 'intended' &&
    VIOLENT_ROOTS.has(code.slice(0, 2)) &&
    isAttempted(parsed.clauses, p.index)
  ) {
    modality = 'actual';
    ownIntent = false;
    if (code === '186') code = '185';
  }
  // "the court decided to allow …", "decided to lift the curfew": a decision to give, yield, cut ties or
  // restrict is the act itself; talks or an attack decided on are still to come
  if (modality === 'intended' && DECIDED_ROOTS.has(code.slice(0, 2)) && isDecided(parsed.clauses, p.index)) {
    modality = 'actual';
    ownIntent = false;
  }
  // "received weapons from Tehran", "sent inspectors to Iran": the party named by the preposition acts
  if (pattern.targetActs) {
    // "to the Esfahan facilities in central Iran": a party with no code is no actor; the country of the
    // place is
    let actors = targets.filter((t) => t.span.actor.code !== '');
    if (actors.length === 0) actors = countryOfPlace(parsed, p);
    if (actors.length > 0) [sources, targets] = [actors, sources];
  }
  let confidence = 0.85 + clauseConfidence(parsed.clauses, p.index);
  if (pattern.object.length > 0 || pattern.particle.length > 0) confidence += 0.05;
  if (pattern.prep && !match.prepFound) confidence -= 0.1;
  if (pattern.fallback) confidence -= 0.2;
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
      (isMutualCode(code) || isEachOther(parsed.view, p.end)),
    trigger: match.trigger,
    clause: p.index,
    negated: stance.negated,
    modality,
    ownIntent,
    confidence,
    carried: false,
    absorbed: false,
  };
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

/** Whether a target is the source's own country, or the same sector of it ("Lavrov said Moscow …"). */
function sameSide(source: string, target: string): boolean {
  if (source.slice(0, 3) !== target.slice(0, 3)) return false;
  return target.length === 3 || source.slice(3, 6) === target.slice(3, 6);
}
