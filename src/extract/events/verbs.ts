// The verb-pattern matcher: the best pattern row for a predicate, with the phrases that fill its slots.
import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import { actorsOfGroup, type Parsed, phrasesBetween, regionEnd } from './arguments.js';
import { namesArmedForce, namesPlace } from './armed-objects.js';
import { assertsOnly } from './assurances.js';
import { ADVERBIAL_PARTICLES, directObject, gappedObject, skipAdverbs } from './direct-object.js';
import { isFigurativeFight } from './figurative-fights.js';
import { infinitiveSense } from './infinitive-senses.js';
import { groupEnd, objectTail, rowObjectSlot } from './object-slots.js';
import { isOtherParty } from './other-party.js';
import { phraseActors } from './phrase-actors.js';
import type { Phrase } from './phrases.js';
import { matchWords, type Pieces } from './pieces.js';
import type { Predicate } from './predicates.js';
import { takesJudgement } from './regarding-complements.js';
import { helpedParty, sentToHelp } from './sent-to-help.js';
import { asComplement, nounAfter, ofComplement, otherSense } from './verb-senses.js';
import { isTelephoneMeans, TIME_WORDS } from './words.js';

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

/**
 * The phrase after preposition `prep` that belongs to the verb: among the first phrases after `from`, and
 * not after an event noun, whose own prepositional phrases belong to it ("speaking … after his meeting
 * with Lavrov": "with Lavrov" is the meeting's, not the speaking's).
 */
function prepPhrase(parsed: Parsed, prep: string, from: number, end: number): Phrase | undefined {
  let seen = 0;
  for (const ph of phrasesBetween(parsed, from, end)) {
    if (ph.prep === prep) return ph;
    // "spoke by phone with Putin": the means of talking owns no phrase after it
    const means = isTelephoneMeans(ph.prep, parsed.view.lemma[ph.head]!);
    if ((parsed.isEventNoun(ph.head) && !means) || ++seen >= 3) return undefined;
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
  // "it was striking how …", "it is alarming that …": a participle of judgement, not an act
  if (judgingParticiple(parsed, p, subject)) return undefined;
  const end = regionEnd(parsed, p);
  const object = p.passive ? subject : directObject(parsed, p, end);
  // "the sanctions the EU imposed on Russia": the object a relative clause leaves before its subject
  const gapped = object ? undefined : gappedObject(parsed, p, subject);
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
  // "trained and armed the rebels": an object shared with the verb after "and"
  const sharesObject = (view.norm[p.end] === 'and' || view.norm[p.end] === 'or') && verbAt(view, p.end + 1);
  // "were engaged in …": taking part in something
  const takingPart = p.passive && view.norm[p.end] === 'in';
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
        e = particleAfterObject(parsed, pieces, pattern, groupEnd(parsed, object));
        // "holding thousands of refugees as shields", "forced the agency, UNHCR, out": past an of-phrase
        // or an apposition that completes the object
        const extended = e < 0 ? objectTail(parsed, object) : -1;
        if (extended > 0) e = matchWords(pieces, pattern.particle, extended);
        // "held Moscow responsible", "held Moscow fully responsible": an adjective inside the object's phrase
        // or after an adverb
        if (e < 0 && object.head + 1 < object.end) e = matchWords(pieces, pattern.particle, object.head + 1);
        if (e < 0 && view.pos[object.end] === 'ADV')
          e = matchWords(pieces, pattern.particle, skipAdverbs(parsed, object.end));
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
        : (object ?? (pattern.particle.length > 0 ? afterParticle : pattern.fallback ? undefined : gapped));
      const found = slot ? rowObjectSlot(parsed, pieces, pattern, slot) : undefined;
      const inSecond = !found && second ? rowObjectSlot(parsed, pieces, pattern, second) : undefined;
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
      // "met with resistance", "discussed it with a focus on …": only a party is met or talked with; "the
      // situation with Russia's special operation": the owner of an act is not the one talked with
      if (
        target &&
        pattern.prep === 'with' &&
        pattern.code.startsWith('04') &&
        (actorsOfGroup(parsed, target).length === 0 ||
          parsed.isEventNoun(target.head) ||
          ownedOnly(parsed, target))
      )
        target = undefined;
      prepFound = target !== undefined;
      // "rule against X" is not "rule out": a row made only of verb and preposition needs its preposition
      if (!prepFound && pattern.object.length === 0 && pattern.particle.length === 0) continue;
      // "he stood up and said" is not "stood up for"
      if (!prepFound && pattern.needsPrep) continue;
      score += prepFound ? 3 : -1;
    } else if (prepositional && pattern.object.length === 0 && !pattern.particleIsTopic) {
      target = afterParticle;
    } else if (recipient) {
      target = recipient;
    } else if (pattern.object.length === 0 || matchedObject !== object) {
      target = p.passive ? subject : object;
    }
    // "meets the criteria", "went to great lengths", "sabotaged the talks": the object makes it another sense
    let chosen = pattern;
    const objectOrNoun = prepositional ? afterParticle : object;
    if (pattern.otherSenses) {
      // the object, else the noun after the verb; and for a row with a target preposition, its noun
      // ("pushed Ukraine into provocations")
      // ("lend you a helping hand": the thing given after the recipient)
      const sense =
        otherSense(parsed, pieces, pattern.otherSenses, objectOrNoun ?? nounAfter(parsed, p)) ??
        otherSense(parsed, pieces, pattern.otherSenses, second) ??
        (pattern.prep ? otherSense(parsed, pieces, pattern.otherSenses, target) : undefined) ??
        (object
          ? otherSense(parsed, pieces, pattern.otherSenses, asComplement(parsed, object), 'as')
          : undefined) ??
        otherSense(parsed, pieces, pattern.otherSenses, ofComplement(parsed, p, object), 'of') ??
        infinitiveSense(parsed, pieces, pattern.otherSenses, p, object);
      if (sense && !sense.pattern) continue;
      if (sense?.pattern) chosen = sense.pattern;
    }
    // "demonstrated its resolve" shows it; "undertook research" carries it out; "engaged people in sport"
    // (an object read after a particle, "demonstrated in the city", is a place)
    if (pattern.needsNoObject && object && object.prep === undefined) continue;
    // "the feats that Ukrainians demonstrate (in the war)": the object a relative clause leaves before its
    // subject
    if (pattern.needsNoObject && (gapped ?? gappedObject(parsed, p, subject))) continue;
    // "demonstrated that it is a friend", "demonstrates who is a friend": what is shown is a clause
    if (pattern.needsNoObject && SHOWN_CLAUSE_OPENERS.has(view.norm[p.end] ?? '')) continue;
    if (pattern.needsInfinitive && !catenative) continue;
    // "the population declined" fell; "declined the offer", "declined to attend" refused
    if (pattern.needsComplement && !object && !catenative) continue;
    // an armed party, or a fight named; "troops were engaged in the exercise" only took part in it
    if (
      pattern.needsArmedObject &&
      (takingPart || !namesArmedForce(parsed, objectOrNoun)) &&
      !inFight(parsed, p.end, end)
    )
      continue;
    // "blasted out the news clippings" sent them round; "blasted the decision" criticised it
    if (pattern.notBeforeParticle && particleFollows(parsed, p.end, pattern.notBeforeParticle)) continue;
    // "went to Moscow" is a visit, "people who go to work" none
    if (pattern.needsPlaceTarget && !namesPlace(parsed, target) && actorsOfGroup(parsed, target).length === 0)
      continue;
    if (pattern.needsNearPlace && !nearPlace(parsed, p, target)) continue;
    // "battling the pandemic", "fight against corruption", "fighting on the diplomatic front": force used on
    // no one
    if (
      (pattern.code.startsWith('18') || pattern.code.startsWith('19')) &&
      pattern.object.length === 0 &&
      !p.passive &&
      isFigurativeFight(parsed, subject, object, p.end, end)
    )
      continue;
    // "they will return (home)" is coming back, not returning someone or something
    if (pattern.needsObject && !object && !nominalAt(view, p.end) && !sharesObject) continue;
    // "they call it an evacuation", "considered Russia an aggressor": naming or regarding, not a call
    if (pattern.refusesComplement && (second || takesJudgement(parsed, p, object))) continue;
    // "I assure you that these are dangerous games": insisting on a fact is no promise
    if (pattern.promisesOnlyActs && assertsOnly(parsed, p, object)) continue;
    if (pattern.needsActorObject) {
      const holder = p.passive ? subject : (object ?? afterParticle);
      // ("protect its digital space": a thing an actor owns is no actor)
      const actorHolder =
        holder !== undefined && actorsOfGroup(parsed, holder).length > 0 && !ownedOnly(parsed, holder);
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
        pattern: chosen,
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

/**
 * Where the row's particle ends when it stands at `at`, after the verb's object ("called the talks off"), or
 * -1. The adverbial particle of a row whose target has a preposition of its own ("give in to") opens no
 * phrase: "gives the people in Siberian cities the joy" is no giving in ("welcome the minister in Moscow",
 * whose particle is that preposition, is).
 */
function particleAfterObject(parsed: Parsed, pieces: Pieces, pattern: EventPattern, at: number): number {
  const word = parsed.view.norm[at]!;
  if (
    pattern.prep &&
    ADVERBIAL_PARTICLES.has(word) &&
    parsed.phrases.some((ph) => ph.start === at + 1 && ph.prep === word)
  )
    return -1;
  return matchWords(pieces, pattern.particle, at);
}

/** Adverbs of coming near, not to a place: "came close to us". */
const APPROACH_ADVERBS = new Set(['close', 'closer', 'near', 'nearer']);

/**
 * Whether the target phrase comes right after the verb, past adverbs and commas only ("came here, to Moscow"),
 * and names a place or a country.
 */
function nearPlace(parsed: Parsed, p: Predicate, target: Phrase | undefined): boolean {
  if (!target) return false;
  const { view } = parsed;
  // the preposition stands right before the phrase
  for (let t = p.end; t < target.start - 1; t++) {
    if (view.norm[t] === ',') continue;
    if (view.pos[t] !== 'ADV' || APPROACH_ADVERBS.has(view.norm[t]!)) return false;
  }
  if (namesPlace(parsed, target)) return true;
  const actors = actorsOfGroup(parsed, target);
  return actors.length > 0 && actors.every((a) => a.span.type === 'country');
}

/** Words that open a clause a verb of showing takes as its object ("showed that …", "showed who …"). */
const SHOWN_CLAUSE_OPENERS = new Set(['that', 'who', 'what', 'how', 'why', 'whether', 'which', 'where']);

/** Whether a phrase names a party only as the owner of a thing ("Russia's special operation", "its plans"). */
function ownedOnly(parsed: Parsed, phrase: Phrase): boolean {
  const actors = phraseActors(parsed.view, parsed.phrases, phrase);
  // ("his interlocutor" after a call is the other who took part, no thing of his)
  if (parsed.meetingPair.length === 2 && isOtherParty(parsed.view, phrase)) return false;
  return actors.heads.length === 0 && actors.possessor !== undefined;
}

/** Nouns for a fight that an "in" phrase may name: "engaged the patrol in a firefight". */
const FIGHT_NOUNS = new Set([
  'fight',
  'fighting',
  'firefight',
  'gunfight',
  'battle',
  'combat',
  'clash',
  'skirmish',
]);

/** Whether an "in" phrase after the verb names a fight ("engaged peacekeepers in a firefight"). */
function inFight(parsed: Parsed, from: number, end: number): boolean {
  return phrasesBetween(parsed, from, end).some(
    (ph) => ph.prep === 'in' && FIGHT_NOUNS.has(parsed.view.lemma[ph.head]!),
  );
}

/** A verb at `t`, or a past participle the tagger read as an adjective ("trained and armed/ADJ the rebels"). */
function verbAt(view: Parsed['view'], t: number): boolean {
  return view.pos[t] === 'VERB' || (view.pos[t] === 'ADJ' && view.norm[t]!.endsWith('ed'));
}

const JUDGED_CLAUSE = new Set(['how', 'that', 'whether']);

/** "It was striking how …": an "-ing" form after an empty "it" and before a clause it judges. */
function judgingParticiple(parsed: Parsed, p: Predicate, subject: Phrase | undefined): boolean {
  const { norm } = parsed.view;
  return (
    subject !== undefined &&
    subject.end === subject.start + 1 &&
    norm[subject.start] === 'it' &&
    norm[p.end - 1]!.endsWith('ing') &&
    JUDGED_CLAUSE.has(norm[p.end]!)
  );
}

/** Whether the particle stands right after the verb, past adverbs (the particle may be tagged one itself). */
function particleFollows(parsed: Parsed, k: number, particle: string): boolean {
  const { norm, pos } = parsed.view;
  for (; k < norm.length; k++) {
    if (norm[k] === particle) return true;
    if (pos[k] !== 'ADV') return false;
  }
  return false;
}
