import type { Analysis } from '../../core/analysis.js';
import { recordId } from '../../core/identity.js';
import type { ActorRef, Event } from '../../core/records.js';
import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import { isPersonRef } from '../actors/refs.js';
import { conditionClause } from './acted-on.js';
import type { Argument, Parsed } from './arguments.js';
import { isArrangedProgressive } from './arranged-progressives.js';
import { advanceNarrative, eventDate, historyCutoff, sentenceDating } from './attach.js';
import type { Candidate } from './candidate.js';
import { linkClauses } from './clauses.js';
import { codeSentence } from './code-sentence.js';
import { stanceCode } from './derived-codes.js';
import { eventPlace, sentencePlaces } from './event-place.js';
import { isJointAct } from './fold.js';
import { foretoldByOther } from './foretold-acts.js';
import { isHomeInvestment } from './home-investment.js';
import { lastPair, meetingPair } from './named-pairs.js';
import { continuesAct, noThreatMade } from './ongoing-acts.js';
import { peopleTarget } from './people-targets.js';
import { chunkPhrases } from './phrases.js';
import { nounKeys } from './pieces.js';
import { placeTargets, struckCity } from './place-targets.js';
import { findPredicates } from './predicates.js';
import { type ActorSpan, buildSentence } from './sentence.js';
import { computeStances } from './stance.js';
import { isThirdLocationMeeting, THIRD_LOCATION_MEETING } from './third-location.js';
import { isVictimPronoun } from './victim-pronouns.js';
import { CLAIM_VERBS, INTENT_VERBS, REPORTING_VERBS } from './words.js';

/** Roots of cooperative acts, whose declined intention is a refusal. */
const COOPERATIVE_ROOTS = new Set(['03', '04', '05', '06', '07', '08']);
/** Force posture and the use of force, which an actor may forswear. */
const FORCE_ROOTS = new Set(['15', '18', '19', '20']);
const DE_ESCALATION_INTENT = '0356';
/** Assaults (18): done to people, whom a place does not stand for. */
const ASSAULT = '18';

const KNOWN_VERBS = new Set([...INTENT_VERBS, ...REPORTING_VERBS, ...CLAIM_VERBS]);

/** The parts of the analysis the events stage reads. */
export type EventInput = Pick<
  Analysis,
  'article' | 'sentences' | 'tokens' | 'mentions' | 'times' | 'places' | 'normalizedText'
>;

/**
 * Codes the events of an analysed article: for each sentence, verb groups and noun phrases are found,
 * clauses linked, subjects and objects resolved to actors, the stance of each act worked out, and the
 * pattern lexicon matched; every event carries the id of the pattern that produced it.
 */
export function codeEvents(
  input: EventInput,
  cameo: CameoKnowledge,
  titleParties?: readonly [ActorRef, ActorRef],
  speakerAt?: (t: number) => ActorRef | undefined,
): Event[] {
  const { article } = input;
  const events: Omit<Event, 'id'>[] = [];
  let narrative = article.published;
  const history = historyCutoff(article.published);
  let pair: ActorSpan[] = [];
  // "Telephone conversation with …" as the title: "the leaders" of the first lines are the two who talked
  let meeting: ActorSpan[] = titleParties ? titleParties.map(titleSpan) : [];
  // sentences since the last one in the first person (first person here counts as 0)
  let sinceFirstPerson = Number.POSITIVE_INFINITY;
  const mentionsBySentence = groupBySentence(input.mentions);
  const timesBySentence = groupBySentence(input.times);
  const placesBySentence = groupBySentence(input.places);
  for (const sentence of input.sentences) {
    const view = buildSentence(
      sentence,
      input.tokens,
      mentionsBySentence.get(sentence.index) ?? [],
      placesBySentence.get(sentence.index) ?? [],
      timesBySentence.get(sentence.index) ?? [],
      (lemma) => cameo.verbs.has(lemma) || KNOWN_VERBS.has(lemma),
    );
    sinceFirstPerson = view.norm.some((w) => FIRST_PERSON.has(w)) ? 0 : sinceFirstPerson + 1;
    const phrases = chunkPhrases(view);
    const predicates = findPredicates(view, phrases);
    const clauses = linkClauses(view, phrases, predicates);
    const nounTagged = (k: number) => view.pos[k] === 'NOUN' || view.pos[k] === 'PROPN';
    const isEventNoun = (k: number) =>
      nounTagged(k) && nounKeys(view.norm[k]!, view.lemma[k]!).some((key) => cameo.nouns.has(key));
    // (a key with a row whose target follows "of" is an event noun's key)
    const ofNamesTarget = (k: number) =>
      nounTagged(k) &&
      nounKeys(view.norm[k]!, view.lemma[k]!).some((key) =>
        cameo.nouns.get(key)?.some((p) => p.prep === 'of'),
      );
    const parsed: Parsed = {
      view,
      phrases,
      predicates,
      clauses,
      pair,
      meetingPair: meeting,
      inSpeech: sinceFirstPerson <= SPEECH_REACH,
      isEventNoun,
      ofNamesTarget,
      ...(speakerAt && { speakerAt }),
    };
    const stances = computeStances(view, clauses);
    const candidates = codeSentence(parsed, cameo, stances);
    const kept = selectCandidates(candidates);
    const dating = kept.length > 0 ? sentenceDating(parsed) : undefined;
    const places = kept.length > 0 ? sentencePlaces(parsed) : undefined;
    for (const candidate of kept) {
      const date = eventDate(parsed, candidate, narrative, history, article.published, dating);
      // "I am going to Kiev tomorrow": an act under way in the present, dated after the article was written,
      // is still to come
      if (
        candidate.modality === 'actual' &&
        !candidate.negated &&
        date > article.published &&
        isArrangedProgressive(parsed, candidate.clause)
      ) {
        candidate.modality = 'intended';
        candidate.ownIntent = true;
      }
      const place = eventPlace(parsed, candidate, places);
      for (const record of toEvents(parsed, input, cameo, candidate, date, place)) events.push(record);
    }
    narrative = advanceNarrative(view, narrative, article.published);
    // a pair named together acting moves the story on: "the sides" no longer need be the two who met; a
    // pair the talk was about ("the work carried out with the United States and its allies") does not
    const named = lastPair(parsed);
    const met = meetingPair(kept);
    pair = named?.spans ?? met ?? pair;
    if (met) meeting = met;
    else if (named?.acting) meeting = [];
  }
  return finish(article.id, events);
}

/** Words of someone speaking for themself or their side. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'us', 'our']);
/** How many sentences after words in the first person the text may still be that speaker's. */
const SPEECH_REACH = 2;

/** A party the title names, standing in for the words of the text that will refer to it. */
function titleSpan(actor: ActorRef): ActorSpan {
  return { start: 0, end: 0, actor, type: 'person' };
}

function groupBySentence<T extends { sentence: number }>(list: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of list) {
    const at = map.get(item.sentence);
    if (at) at.push(item);
    else map.set(item.sentence, [item]);
  }
  return map;
}

/**
 * Drops folded candidates, and the reporting-verb fallback (010) when the sentence asserts any other event:
 * the statement is coded only when it is all the sentence holds.
 */
function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const live = candidates.filter((c) => !c.absorbed);
  const asserted = live.some(
    (c) =>
      !c.pattern.fallback &&
      ((!c.negated && (c.modality === 'actual' || c.modality === 'intended')) || declinedCooperation(c)),
  );
  return live.filter((c) => !c.pattern.fallback || (!asserted && !c.negated && c.modality === 'actual'));
}

/** "would not provide support", "will not meet": an intention to cooperate, declined, is coded as a refusal. */
function declinedCooperation(c: Candidate): boolean {
  return (
    c.negated && c.modality === 'intended' && c.ownIntent && COOPERATIVE_ROOTS.has(c.pattern.code.slice(0, 2))
  );
}

function toEvents(
  parsed: Parsed,
  input: EventInput,
  cameo: CameoKnowledge,
  candidate: Candidate,
  date: string,
  place: Event['place'],
): Omit<Event, 'id'>[] {
  let code = candidate.code;
  let rule = candidate.rule;
  let negated = candidate.negated;
  let modality = candidate.modality;
  // the act as refined in the sentence ("would not meet demands to free prisoners": 0841), not an intent code
  const refined = candidate.code;
  const act =
    COOPERATIVE_ROOTS.has(refined.slice(0, 2)) && !refined.startsWith('03')
      ? refined
      : candidate.pattern.code;
  if (declinedCooperation(candidate)) {
    // "would not provide support", "will not meet": declining to cooperate is itself a rejection (12x)
    code = stanceCode('refusal', act, cameo.codes);
    rule = `${rule}+refusal`;
    negated = false;
    modality = 'actual';
  } else if (
    negated &&
    modality === 'intended' &&
    FORCE_ROOTS.has(act.slice(0, 2)) &&
    forsworn(parsed, candidate)
  ) {
    // "promised not to attack", "agreed not to deploy missiles": forswearing force is an intent to
    // de-escalate (0356); "is not planning to invade" or "will not attack" only denies an intention
    code = DE_ESCALATION_INTENT;
    rule = `${rule}+forsworn`;
    negated = false;
  } else if (modality === 'intended' && candidate.ownIntent && !negated && hasCondition(parsed, candidate)) {
    // "will withdraw its force unless the government holds elections": a conditional threat (13x)
    code = stanceCode('threat', act, cameo.codes) || CONDITIONAL_THREAT;
    rule = `${rule}+condition`;
    modality = 'actual';
  } else if (modality === 'intended' && candidate.ownIntent) {
    const intent = stanceCode('intent', code, cameo.codes);
    // CAMEO codes an announced coercive or violent act ("will impose a curfew", "would blockade") as a
    // threat of it (13x): the announcement is the event, the act has not happened.
    const threat = intent ? '' : stanceCode('threat', code, cameo.codes);
    // "Ukraine will continue to fight": an act that goes on is under way, not threatened
    if (threat && continuesAct(parsed, candidate.clause)) modality = 'actual';
    // "Zelensky said Russian troops will storm Kyiv": a forecast by another party, no threat its source made
    else if (threat && !negated && foretoldByOther(parsed, candidate)) modality = 'hypothetical';
    // "the invaders wanted to block the centre" (an aim told after the fact), "we will fight until the end"
    // (a resolve naming no one to attack), "Russia's goal is to destroy Ukraine" (an aim told by another than
    // its owner): no threat anyone made; each stays an intended act
    else if (threat && !negated && !noThreatMade(parsed, candidate)) {
      code = threat;
      rule = `${rule}+threat`;
      modality = 'actual';
    } else code = intent || code;
  }
  const entry = cameo.codes.get(code);
  if (!entry) return [];
  const sources = candidate.sources.filter((s) => !isVictimPronoun(s, entry.root));
  if (sources.length === 0) return [];
  const pairs: [Argument, Argument | undefined][] = [];
  const targets = candidate.targets.map((t) => peopleTarget(t, candidate.pattern.code));
  // "blocked the Europe Bridge spanning the Rhine from France": a thing with no code is no actor; the place's
  // country, where a place rule gives one, is (a person with no code assaulted stays the one assaulted)
  const uncoded =
    targets.length > 0 && targets.every((t) => t.span.actor.code === '') && !code.startsWith(ASSAULT);
  const placed = uncoded ? placeTargets(parsed, candidate, code, place) : undefined;
  if (placed) pairs.push(...placed);
  else if (targets.length > 0) {
    for (const s of sources) {
      const before = pairs.length;
      for (const t of targets) if (distinctParties(s.span.actor, t.span.actor)) pairs.push([s, t]);
      // "Hizbollah declared a ceasefire after battles with the Amal militia" (both LBNREB): the act stands
      // with no target when every target it found is another actor under the source's own code
      const own = s.span.actor.code;
      if (pairs.length === before && own !== '' && targets.every((t) => t.span.actor.code === own))
        pairs.push([s, undefined]);
    }
    // "held talks with Lavrov": the partner in a joint act does it too
    if (isJointAct(candidate.pattern, code))
      for (const [s, t] of pairs.slice())
        if (t && !pairs.some(([a, b]) => a === t && b === s)) pairs.push([t, s]);
  } else if (candidate.reflexive) {
    // "the rebels attacked themselves": each source is its own target
    for (const s of sources) pairs.push([s, s]);
  } else if (candidate.reciprocal && sources.length > 1) {
    for (const s of sources)
      for (const t of sources) if (distinctParties(s.span.actor, t.span.actor)) pairs.push([s, t]);
  } else {
    // a protest, a deployment or an attack in another country's territory is aimed at that country
    const placed = placeTargets(parsed, candidate, code, place);
    if (placed) pairs.push(...placed);
    else for (const s of sources) pairs.push([s, undefined]);
  }

  const { view } = parsed;
  const parties = [...sources, ...targets].map((a) => a.span.actor.code);
  const cooperative = pairs.filter(
    ([source, target]) => !isHomeInvestment(candidate.pattern.lemma, code, source, target),
  );
  return cooperative.map(([source, target]) => {
    const first = Math.min(
      candidate.trigger[0],
      source.span.start,
      target?.span.start ?? Number.POSITIVE_INFINITY,
    );
    const last = Math.max(candidate.trigger[1], source.span.end, target?.span.end ?? 0) - 1;
    const span = { start: view.tokens[first]!.span.start, end: view.tokens[last]!.span.end };
    // how surely the actors were found: the source's weight; a target found less surely only nudges it, so
    // an event whose target was found from a modifier does not rank below one whose target was not found
    const weight = source.weight * (target ? 0.9 + 0.1 * target.weight : 0.95);
    const confidence = Math.round(Math.max(0.1, Math.min(0.99, candidate.confidence * weight)) * 100) / 100;
    const sourceRef = actorRef(source.span.actor);
    const targetRef = target && actorRef(struckCity(target, entry.root).span.actor);
    const third = isThirdLocationMeeting(candidate.pattern.lemma, code, parties, targetRef, place);
    const own = third ? cameo.codes.get(THIRD_LOCATION_MEETING)! : entry;
    return {
      sentence: view.index,
      span,
      rule: third ? `${rule}+third-location` : rule,
      confidence,
      date,
      source: sourceRef,
      ...(targetRef && { target: targetRef }),
      code: own.code,
      root: own.root,
      quadClass: own.quadClass,
      goldstein: own.goldstein,
      plover: own.plover,
      polarity: negated ? 'negated' : 'asserted',
      modality,
      ...(place && { place }),
      text: input.article.text.slice(span.start, span.end),
    };
  });
}

/**
 * Two parties, not one acting on itself: "UKRGOV > UKR" or "RUSGOV > RUSGOV" is nearly always a misread
 * attribution in news text ("thanked X for support for Ukraine"). Actors with no code, generic sectors
 * ("---CVL") and a country's other sectors ("RUS > RUSOPP", "DZA > DZAGOV": people and their government) pass,
 * and so do two people under one code ("Reid accused Boehner", "the minister told the President"): two named
 * individuals are two parties whatever their codes.
 */
function distinctParties(from: ActorRef, to: ActorRef): boolean {
  if (from.id === to.id) return false;
  if (from.code === '' || to.code === '' || (isPersonRef(from) && isPersonRef(to))) return true;
  if (from.code === to.code) return from.code.startsWith('---') && from.code !== '---GOV';
  return !sameCountryGovernment(to.code, from.code);
}

/**
 * `whole` is a bare country code and `part` its government: a government acting on its own country
 * ("Zelenskyy thanked Ukraine"). The other way round stays: people of a country acting on their government.
 */
function sameCountryGovernment(whole: string, part: string): boolean {
  return whole.length === 3 && !whole.startsWith('-') && part.startsWith(whole) && part.slice(3, 6) === 'GOV';
}

/** Verbs of commitment whose "not to" act is forsworn ("vowed not to attack"). */
const COMMITMENT_VERBS = new Set([
  'promise',
  'pledge',
  'vow',
  'agree',
  'swear',
  'undertake',
  'commit',
  'guarantee',
]);

/** "promised not to attack": a commitment, itself asserted, whose own infinitive is negated. */
function forsworn(parsed: Parsed, candidate: Candidate): boolean {
  if (candidate.kind !== 'verb' || candidate.clause === undefined) return false;
  const clause = parsed.clauses[candidate.clause]!;
  const p = clause.predicate;
  if (!p.negated || p.form !== 'infinitive' || clause.relation !== 'xcomp' || clause.governor === undefined)
    return false;
  const governor = parsed.predicates[clause.governor]!;
  return COMMITMENT_VERBS.has(governor.lemma) && !governor.negated;
}

/** The threat code for an act made to depend on another's conduct when CAMEO has no threat of that act. */
const CONDITIONAL_THREAT = '130';

/**
 * Whether the candidate's clause is made to depend on another's conduct: an "unless" clause, or an "if"
 * clause with a negated verb, right after it ("will pull out unless …", "will act if Kyiv does not …") or
 * opening the sentence before it ("Unless Moscow withdraws, the EU will …").
 */
function hasCondition(parsed: Parsed, candidate: Candidate): boolean {
  return candidate.clause !== undefined && conditionClause(parsed, candidate.clause) !== undefined;
}

function actorRef(actor: ActorRef): ActorRef {
  return { ...actor };
}

/** One event per sentence, dyad, code and stance (the most confident), in text order, with stable ids. */
function finish(articleId: string, events: Omit<Event, 'id'>[]): Event[] {
  const best = new Map<string, Omit<Event, 'id'>>();
  for (const e of events) {
    const key = [e.sentence, e.code, e.source.id, e.target?.id ?? '', e.polarity, e.modality].join('|');
    const prior = best.get(key);
    if (!prior || prior.confidence < e.confidence) best.set(key, e);
  }
  const sorted = [...best.values()].sort(
    (a, b) =>
      a.sentence - b.sentence ||
      a.span.start - b.span.start ||
      a.code.localeCompare(b.code) ||
      a.source.id.localeCompare(b.source.id) ||
      (a.target?.id ?? '').localeCompare(b.target?.id ?? ''),
  );
  return sorted.map((e) => ({
    id: recordId(
      articleId,
      'event',
      e.sentence,
      e.span.start,
      e.span.end,
      e.code,
      e.source.id,
      e.target?.id ?? '',
      e.polarity,
      e.modality,
    ),
    ...e,
  }));
}
