import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import { agentOfEvent } from './about-chain.js';
import { type Argument, actorsOfGroup, type Parsed, phrasesBetween, regionEnd } from './arguments.js';
import type { Phrase } from './phrases.js';
import { matchWords, type Pieces } from './pieces.js';
import type { Predicate } from './predicates.js';
import { FIGURATIVE_FOES, TIME_WORDS } from './words.js';

/** A verb pattern matched on a predicate, with the phrases that fill its slots. */
export interface VerbMatch {
  readonly pattern: EventPattern;
  readonly predicate: Predicate;
  /** The object phrase the pattern's `object` matched, if any (its tokens are part of the trigger). */
  readonly object?: Phrase;
  /** The phrase that names the target, if the pattern says where it is. */
  readonly target?: Phrase;
  /** Token range of verb, particle and object: the words that made the match. */
  readonly trigger: readonly [number, number];
  /** Whether the pattern's target preposition was present. */
  readonly prepFound: boolean;
  /** The verb's direct object (or a passive verb's subject), a fallback target. */
  readonly directObject?: Phrase;
}

const PREPOSITIONS = new Set([
  'on',
  'for',
  'with',
  'to',
  'of',
  'from',
  'over',
  'into',
  'as',
  'by',
  'against',
  'in',
  'at',
  'about',
  'out',
  'upon',
]);
/** Roots of verbs that take "to VERB": intentions, appeals, demands, refusals, threats. */
const TAKES_INFINITIVE = new Set(['02', '03', '10', '12', '13']);
const ADVERBIAL_PARTICLES = new Set(['out', 'up', 'off', 'down', 'back', 'away', 'free', 'over', 'in']);

/**
 * Past adverbs and time phrases after a verb: "called on Tuesday for …", "lodged today a protest", "shortened
 * by one hour the curfew".
 */
function skipAdverbs(parsed: Parsed, k: number): number {
  const { view } = parsed;
  for (;;) {
    while (k < view.pos.length && view.pos[k] === 'ADV') k++;
    const at = k;
    const time = parsed.phrases.find(
      (ph) =>
        TIME_WORDS.has(view.norm[ph.head]!) &&
        (ph.start === at ||
          (ph.start === at + 1 && (ph.prep === 'on' || ph.prep === 'in' || ph.prep === 'by'))),
    );
    if (!time) return k;
    k = time.end;
  }
}

/** The object phrase right after the verb (or after an adverbial particle: "rule out a summit"). */
/** Verbs of sending people somewhere, and the people whose sending to help is itself aid. */
const SENDING_VERBS = new Set(['send', 'dispatch']);
const HELPERS = new Set([
  'team',
  'expert',
  'specialist',
  'doctor',
  'rescuer',
  'engineer',
  'investigator',
  'adviser',
  'advisor',
]);

/**
 * "will send a team to help identify the victims": help given by people sent for it is aid whatever it
 * helps do, though no actor is named as helped (help alone needs one: "helped to plan" is no aid).
 */
function sentToHelp(parsed: Parsed, p: Predicate): boolean {
  if (p.lemma !== 'help' && p.lemma !== 'assist') return false;
  const clause = parsed.clauses[p.index]!;
  if (clause.relation !== 'purpose' || clause.governor === undefined) return false;
  const sending = parsed.predicates[clause.governor]!;
  if (!SENDING_VERBS.has(sending.lemma)) return false;
  const sent = directObject(parsed, sending, regionEnd(parsed, sending));
  return sent !== undefined && HELPERS.has(parsed.view.lemma[sent.head]!);
}

/** Whom help is for, named in the act it helps do: "help rebuild Haiti", "help Haiti rebuild". */
function helpedParty(parsed: Parsed, p: Predicate): Phrase | undefined {
  const act = parsed.predicates[p.index + 1];
  if (!act) return undefined;
  const party =
    act.start === p.end
      ? directObject(parsed, act, regionEnd(parsed, act))
      : phrasesBetween(parsed, p.end, act.start).find((ph) => ph.start === p.end && ph.end === act.start);
  return party && actorsOfGroup(parsed, party).length > 0 ? party : undefined;
}

export function directObject(parsed: Parsed, p: Predicate, end: number): Phrase | undefined {
  if (p.passive) return undefined;
  let k = skipAdverbs(parsed, p.end);
  // "forced out on Wednesday more than 1,000 refugees": a time phrase between the particle and the object
  if (ADVERBIAL_PARTICLES.has(parsed.view.norm[k]!)) {
    const after = skipAdverbs(parsed, k + 1);
    if (after > k + 1) k = after - 1;
  }
  for (const ph of phrasesBetween(parsed, p.end, end)) {
    if (ph.end <= k) continue; // a time phrase skipped above
    // "provide nearly 25,000 tons": the phrase took the adverb before its number as a quantifier
    if (ph.start < k && ph.head >= k) k = ph.start;
    if (ph.start !== k && !(ph.start === k + 1 && ADVERBIAL_PARTICLES.has(parsed.view.norm[k]!)))
      return undefined;
    // "denies it is planning …": the subject of a complement clause, not an object ("prevented the
    // demonstration staged by students", "arrested protesters demanding …": a participle after it only
    // modifies it)
    const next = parsed.predicates[p.index + 1];
    if (
      next &&
      parsed.phrases[ph.group[ph.group.length - 1]!]!.end === next.start &&
      next.form !== 'infinitive' &&
      next.form !== 'participle' &&
      next.form !== 'gerund'
    )
      return undefined;
    if (ph.prep === undefined) return ph;
    if (ph.start === k + 1 && ADVERBIAL_PARTICLES.has(parsed.view.norm[k]!)) return ph;
    return undefined;
  }
  return undefined;
}

/** Heads that only frame the noun before them: "mediation efforts" is mediation, "a peace mission" peace. */
const FRAME_HEADS = new Set([
  'effort',
  'efforts',
  'mission',
  'missions',
  'bid',
  'attempt',
  'attempts',
  'process',
  'program',
  'programs',
  'programme',
  'programmes',
]);

function objectMatches(
  pieces: Pieces,
  words: readonly string[],
  phrase: Phrase,
  view: Parsed['view'],
): boolean {
  const { norm, pos } = view;
  const hasOf = words.includes('of');
  const framed = FRAME_HEADS.has(norm[phrase.head]!);
  for (let s = phrase.start; s <= phrase.head; s++) {
    const end = matchWords(pieces, words, s);
    if (end === phrase.head + 1 || (hasOf && s === phrase.head && end > 0)) return true;
    if (framed && end === phrase.head && end > s) return true;
    // "allowed candidate Alassane Ouattara": the object word is a title before the name that heads the phrase
    if (end > s && end <= phrase.head && pos[end - 1] === 'NOUN' && isName(pos, end, phrase.head))
      return true;
  }
  return false;
}

function isName(pos: readonly string[], from: number, head: number): boolean {
  for (let k = from; k <= head; k++) if (pos[k] !== 'PROPN') return false;
  return true;
}

/**
 * Where an object ends once the of-phrase after it ("thousands of refugees") or an apposition between
 * commas ("the UN refugee agency, UNHCR,") is added; -1 when it has neither.
 */
function objectTail(parsed: Parsed, object: Phrase): number {
  const end = groupEnd(parsed, object);
  const next = parsed.phrases[object.group[object.group.length - 1]! + 1];
  if (!next) return -1;
  if (next.prep === 'of' && next.start === end + 1) return groupEnd(parsed, next);
  const { norm } = parsed.view;
  if (norm[end] === ',' && next.prep === undefined && next.start === end + 1 && norm[next.end] === ',')
    return next.end + 1;
  return -1;
}

/** The end of a phrase and the phrases coordinated after it. */
function groupEnd(parsed: Parsed, phrase: Phrase): number {
  return parsed.phrases[phrase.group[phrase.group.length - 1]!]!.end;
}

/** Heads that stand for an amount or a delivery of the thing named in their of-phrase. */
const MEASURE_HEADS = new Set([
  'ton',
  'tons',
  'tonne',
  'tonnes',
  'dollar',
  'dollars',
  'million',
  'billion',
  'amount',
  'package',
  'delivery',
  'deliveries',
  'shipment',
  'shipments',
  'supply',
  'supplies',
  'batch',
  'consignment',
  'worth',
  'kind',
  'type',
  'set',
  'round',
  'series',
  'wave',
  'number',
  'lot',
  'plenty',
  'euros',
  'pounds',
  'kg',
  'cargo',
  'convoy',
  'days',
  'weeks',
  'hours',
  'months',
  // a part, or a body sent or received: "part of its aid", "a team of inspectors", "a mission of observers"
  'part',
  'team',
  'teams',
  'mission',
  'missions',
  'group',
  'contingent',
  'delegation',
  // a coming in or back of the people named: "allow the return of U.N. inspectors"
  'return',
  'entry',
  'arrival',
  'deployment',
]);

/** Amounts of money, which name what they pay for in an in-phrase: "$500 million in military aid". */
const MONEY_HEADS = new Set([
  'dollar',
  'dollars',
  'million',
  'billion',
  'euros',
  'pounds',
  'yen',
  'trillion',
]);

/** Whether a head and the preposition after it measure out a thing ("tons of", "$5 million in"). */
export function amountOf(head: string, prep: string | undefined): boolean {
  return (prep === 'of' && MEASURE_HEADS.has(head)) || (prep === 'in' && MONEY_HEADS.has(head));
}

/**
 * The phrase the object words name: the slot, or its of-phrase after a measure ("tons of food aid"), or
 * its in-phrase after an amount of money ("500 million euros in aid").
 */
function objectSlot(
  parsed: Parsed,
  pieces: Pieces,
  words: readonly string[],
  slot: Phrase,
): Phrase | undefined {
  if (objectMatches(pieces, words, slot, parsed.view)) return slot;
  // "provided aerial photographs and other military intelligence": any of coordinated objects may be it
  if (slot.group[0] === slot.index)
    for (const g of slot.group) {
      const member = parsed.phrases[g]!;
      if (g !== slot.index && objectMatches(pieces, words, member, parsed.view)) return member;
    }
  const next = parsed.phrases[slot.index + 1];
  if (next && next.start === slot.end + 1 && amountOf(parsed.view.norm[slot.head]!, next.prep)) {
    return objectMatches(pieces, words, next, parsed.view) ? next : undefined;
  }
  return undefined;
}

/**
 * The phrase after preposition `prep` that belongs to the verb: among the first phrases after `from`, and
 * not after an event noun, whose own prepositional phrases belong to it ("speaking … after his meeting
 * with Lavrov": "with Lavrov" is the meeting's, not the speaking's).
 */
function prepPhrase(parsed: Parsed, prep: string, from: number, end: number): Phrase | undefined {
  let seen = 0;
  for (const ph of phrasesBetween(parsed, from, end)) {
    if (ph.prep === prep) return ph;
    if (parsed.isEventNoun(ph.head) || ++seen >= 3) return undefined;
  }
  return undefined;
}

const NOMINAL_START = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** A noun phrase starts at `t` ("return weapons seized last year", where the object opens a clause of its own). */
function nominalAt(view: Parsed['view'], t: number): boolean {
  return NOMINAL_START.has(view.pos[t] ?? '') && view.norm[t] !== 'home';
}

/**
 * The best verb pattern for a predicate. A row applies when its particle follows the verb (or its object)
 * and its object heads the right phrase; among rows that apply, those that match more words win, and a row
 * whose target preposition is present beats one whose is absent.
 */
export function matchVerb(
  parsed: Parsed,
  pieces: Pieces,
  p: Predicate,
  candidates: readonly EventPattern[],
  subject: Phrase | undefined,
): VerbMatch | undefined {
  const { view } = parsed;
  const end = regionEnd(parsed, p);
  const object = p.passive ? subject : directObject(parsed, p, end);
  // "gave the Ivory Coast 5.1 million dollars of aid": a recipient, then the thing given
  const second =
    object && !p.passive
      ? parsed.phrases.find(
          (ph) => ph.start === groupEnd(parsed, object) && ph.prep === undefined && ph.end <= end,
        )
      : undefined;
  // "opposed to sending", "opposed to French mediation": a preposition, not an infinitive's "to"
  const next = parsed.predicates[p.index + 1];
  const catenative =
    view.norm[p.end] === 'to' &&
    view.pos[p.end] === 'PART' &&
    next !== undefined &&
    next.start <= p.end + 2 &&
    next.form === 'infinitive' &&
    !view.norm[next.head]!.endsWith('ing');
  let best: VerbMatch | undefined;
  let bestScore = -1;
  let particleSeen = false;
  for (const pattern of candidates) {
    let score = 10;
    let triggerEnd = p.end;
    let afterParticle: Phrase | undefined;
    let particleEnd = p.end;
    if (pattern.particle.length > 0) {
      // "pulled back/ADV its troops": the particle itself may be tagged as the adverb that is skipped
      let e = matchWords(pieces, pattern.particle, p.end);
      if (e < 0) e = matchWords(pieces, pattern.particle, skipAdverbs(parsed, p.end));
      // "call it off", and "asked the EC for aid", "threatened Iran with sanctions" (an actor between)
      if (
        e < 0 &&
        object &&
        !p.passive &&
        (ADVERBIAL_PARTICLES.has(pattern.particle[0]!) || actorsOfGroup(parsed, object).length > 0)
      ) {
        e = matchWords(pieces, pattern.particle, groupEnd(parsed, object));
        // "holding thousands of refugees as shields", "forced the agency, UNHCR, out": past an of-phrase
        // or an apposition that completes the object
        const extended = e < 0 ? objectTail(parsed, object) : -1;
        if (extended > 0) e = matchWords(pieces, pattern.particle, extended);
      }
      if (e < 0 && p.passive) e = -1;
      if (e < 0) continue;
      // "called Zelensky on Sunday" is a date, not "call on"
      if (TIME_WORDS.has(view.norm[e]!)) continue;
      particleEnd = e;
      triggerEnd = Math.max(triggerEnd, e);
      score += 4;
      if (PREPOSITIONS.has(pattern.particle[pattern.particle.length - 1]!)) {
        afterParticle = phrasesBetween(parsed, e, end).find((ph) => ph.start === e || ph.start === e + 1);
      }
    }
    const prepositional = afterParticle !== undefined && !ADVERBIAL_PARTICLES.has(pattern.particle[0]!);
    let matchedObject: Phrase | undefined;
    let recipient: Phrase | undefined;
    if (pattern.object.length > 0) {
      const slot = prepositional
        ? afterParticle
        : (object ?? (pattern.particle.length > 0 ? afterParticle : undefined));
      const found = slot ? objectSlot(parsed, pieces, pattern.object, slot) : undefined;
      const inSecond = !found && second ? objectSlot(parsed, pieces, pattern.object, second) : undefined;
      if (!found && !inSecond) continue;
      matchedObject = found ?? inSecond;
      if (inSecond && !pattern.prep) recipient = object;
      if (!p.passive || matchedObject !== subject) triggerEnd = Math.max(triggerEnd, matchedObject!.end);
      // the first of coordinated objects, where it matches, wins over a later one ("demanded a ceasefire and …")
      const later = slot !== undefined && matchedObject !== slot && slot.group.includes(matchedObject!.index);
      score += 4 + pattern.object.length - (later ? 0.5 : 0);
    }
    let target: Phrase | undefined;
    let prepFound = false;
    if (pattern.prep) {
      target = prepPhrase(parsed, pattern.prep, Math.max(particleEnd, matchedObject?.end ?? p.end), end);
      prepFound = target !== undefined;
      // "rule against X" is not "rule out": a row made only of verb and preposition needs its preposition
      if (!prepFound && pattern.object.length === 0 && pattern.particle.length === 0) continue;
      score += prepFound ? 3 : -1;
    } else if (prepositional && pattern.object.length === 0 && !pattern.particleIsTopic) {
      target = afterParticle;
    } else if (recipient) {
      target = recipient;
    } else if (pattern.object.length === 0 || matchedObject !== object) {
      target = p.passive ? subject : object;
    }
    // "battling the pandemic", "fight corruption": force used on no one
    if (
      (pattern.code.startsWith('18') || pattern.code.startsWith('19')) &&
      pattern.object.length === 0 &&
      object &&
      !p.passive &&
      FIGURATIVE_FOES.has(view.lemma[object.head]!)
    )
      continue;
    // "they will return (home)" is coming back, not returning someone or something
    if (pattern.needsObject && !object && !nominalAt(view, p.end)) continue;
    if (pattern.needsActorObject) {
      const holder = p.passive ? subject : (object ?? afterParticle);
      const actorHolder = holder !== undefined && actorsOfGroup(parsed, holder).length > 0;
      if (!actorHolder) {
        if (!sentToHelp(parsed, p)) continue;
        target = helpedParty(parsed, p);
      }
      // "court rulings are executed": the court acts in the ruling, it is not the one executed
      if (actorHolder && parsed.isEventNoun(holder.head)) continue;
    }
    // "trying to destabilize" is not "try" (put on trial): before "to VERB" only the rows of verbs that
    // take an infinitive apply (agree, urge, demand, refuse, threaten …)
    if (
      catenative &&
      pattern.particle.length === 0 &&
      pattern.object.length === 0 &&
      !TAKES_INFINITIVE.has(pattern.code.slice(0, 2))
    )
      continue;
    // "denied entry to …" is not a denial of one's own act (016): a bare statement row takes no object
    // other than an actor or what its own object rows name
    if (
      !pattern.fallback &&
      pattern.code.startsWith('01') &&
      pattern.particle.length === 0 &&
      pattern.object.length === 0 &&
      object &&
      !p.passive &&
      actorsOfGroup(parsed, object).length === 0
    )
      continue;
    if (pattern.particle.length > 0) particleSeen = true;
    else if (particleSeen) continue;
    if (score > bestScore) {
      bestScore = score;
      best = {
        pattern,
        predicate: p,
        ...(matchedObject && { object: matchedObject }),
        ...(target && { target }),
        trigger: [p.head, triggerEnd],
        prepFound,
        ...(object && object !== matchedObject && { directObject: object }),
      };
    }
  }
  return best;
}

/** The agent of a passive verb: the phrase after "by". */
export function passiveAgent(parsed: Parsed, p: Predicate): Argument[] {
  const end = regionEnd(parsed, p);
  const by = phrasesBetween(parsed, p.end, end).find((ph) => ph.prep === 'by') ?? detachedAgent(parsed, p);
  return actorsOfGroup(parsed, by, 'source');
}

/**
 * "has been accused of misusing funds, much of it embezzled, by government officials": a main-clause
 * passive whose agent comes after a comma at the end of the sentence, past the clauses between.
 */
function detachedAgent(parsed: Parsed, p: Predicate): Phrase | undefined {
  const clause = parsed.clauses[p.index]!;
  if (clause.relation !== undefined || clause.opener !== undefined) return undefined;
  const { norm } = parsed.view;
  for (const ph of parsed.phrases) {
    if (ph.start <= p.end || ph.prep !== 'by' || norm[ph.start - 2] !== ',') continue;
    const after = norm[groupEnd(parsed, ph)];
    if (after === undefined || after === '.' || after === ',' || after === ';') return ph;
  }
  return undefined;
}

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
    const found = actorsOfGroup(parsed, ph);
    if (found.length > 0) return found.map((a) => ({ span: a.span, weight: a.weight * 0.8 }));
  }
  return [];
}

/** Prepositions that name what an act answers ("sanctions over the invasion", "praised for its help"). */
const REASON_PREPS = new Set(['over', 'for', 'about', 'against', 'to', 'on', 'at']);

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
