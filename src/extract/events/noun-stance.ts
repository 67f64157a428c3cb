// The stance of a nominal event: negation and modality from its clause, the verb over it and its modifiers.
import type { Modality } from '../../core/codes.js';
import { endsAbsenceMarker } from './absent-acts.js';
import type { Parsed } from './arguments.js';
import { NEED_NOUNS } from './considered-acts.js';
import { discussedForce, endedForce, forceSufferedFrom, isIndefinite } from './force-nouns.js';
import type { NounMatch } from './noun-match.js';
import { isArrangedAfter, isPlannedPassive } from './planned-events.js';
import { isPastOrPerfect, type Predicate } from './predicates.js';
import {
  eventActsOnObject,
  foretoldExistence,
  isHostileCode,
  predictingEventStance,
} from './predicted-acts.js';
import { type Stance, stronger } from './stance.js';
import {
  HYPOTHETICAL_MODIFIERS,
  IMPOSSIBILITY_ADJECTIVES,
  INTENDED_MODIFIERS,
  INTENT_ADJECTIVES,
  LIKELIHOOD_ADJECTIVES,
  OBJECT_DEMANDED_VERBS,
  OBJECT_HYPOTHETICAL_VERBS,
  OBJECT_INTENDED_VERBS,
  OBJECT_NEGATING_VERBS,
  OBJECT_NOT_OWN_VERBS,
  OBJECT_PRESUPPOSED_VERBS,
  REFUSAL_VERBS,
} from './words.js';

/**
 * Verbs whose subject event is under way whatever is said of the verb: "the war will end", "the shelling does
 * not stop". ("the contacts will continue", said by a party to them, states its intent to go on, so
 * "continue" is not here.)
 */
const ONGOING_SUBJECT_VERBS = new Set(['end', 'stop', 'last', 'rage', 'drag', 'persist', 'subside', 'cease']);

/**
 * Verbs that draw someone into an event named after "in" or "into": "to involve citizens in protests", "is
 * dragging the region into war". The event is the one drawn in's, and until the verb is done it is only
 * sought ("dragged the country into war" reports the war).
 */
export const DRAWING_IN_VERBS = new Set([
  'involve',
  'draw',
  'drag',
  'pull',
  'push',
  'lure',
  'embroil',
  'entangle',
  'plunge',
  'provoke',
  'incite',
  'engage',
]);

/** Verbs whose object, or whose passive subject, is an event wanted from someone ("needs support"). */
const NEEDING_VERBS = new Set(['need', 'require']);

/**
 * Verbs that act against an event already under way, which their own mood leaves as it is: "will limit
 * Russia's aggression", "repelled the attack", "could not withstand the assault".
 */
export const RESISTED_OBJECT_VERBS = new Set([
  'limit',
  'curb',
  'contain',
  'repel',
  'repulse',
  'resist',
  'withstand',
  'counter',
  'counteract',
  'combat',
  'confront',
]);

/** Nouns of what an event left behind or of its date come round again: "the results of the talks". */
const AFTERMATH_NOUNS = new Set([
  'result',
  'outcome',
  'consequence',
  'aftermath',
  'anniversary',
  'outcomes',
  'results',
]);

/** Words of wanting whose "in" or "for" phrase names an event still to come: "interest in talks". */
const WANTING_WORDS = new Set(['interest', 'interested', 'readiness', 'willingness', 'eagerness', 'desire']);

/** Roots of occasions a clause can be set at: meetings, visits, talks, summits (04x). */
const OCCASION_ROOTS = new Set(['04']);

/** Words after which a phrase opens its clause: "that during the visit …", "…, at the summit …". */
const FRONTING_OPENERS = new Set(['that', ',', '"', "'", ':', ';', '-']);

/** Sanctions, embargoes and cut ties (16x). */
const SANCTIONS = '16';

/** Roots of things said (statements, appeals, offers, demands, accusations, refusals, threats). */
const SPEECH_ROOTS = new Set(['01', '02', '03', '10', '11', '12', '13']);

/** What the sentence commits to about a nominal event: its clause's stance, the verb over it, its modifiers. */
export function nounStance(
  parsed: Parsed,
  match: NounMatch,
  phraseStart: number,
  governing: { predicate: Predicate; direct: boolean } | undefined,
  stances: readonly Stance[],
): Stance {
  const { view } = parsed;
  let negated = false;
  let modality: Modality = 'actual';
  let ownIntent = false;
  // a noun that is the subject of a clause takes that clause's stance ("the talks will resume")
  const owner = governing?.predicate ?? subjectOwner(parsed, match.start);
  // "refused to resign despite pressure by …", "could not silence the shelling": the pressure and the shelling
  // are there whatever became of the act over them
  const conceded =
    view.norm[phraseStart - 1] === 'despite' ||
    // "protect people from Russian shelling", "deaths from Russian strikes": force as the harm suffered or
    // fled from is there ("refrain from attacks" keeps its force unused)
    forceSufferedFrom(view, match.pattern.code, phraseStart) ||
    // "discussed the results of the recent talks": what an event left behind tells it took place
    (view.norm[phraseStart - 1] === 'of' && AFTERMATH_NOUNS.has(view.lemma[phraseStart - 2] ?? '')) ||
    (governing?.direct === true &&
      (OBJECT_PRESUPPOSED_VERBS.has(governing.predicate.lemma) ||
        RESISTED_OBJECT_VERBS.has(governing.predicate.lemma) ||
        discussedForce(view, governing.predicate.lemma, match, phraseStart) ||
        endedForce(view, governing.predicate.lemma, match, phraseStart))) ||
    // "they were not the focus of his conversation": what a copula denies of its subject leaves an event
    // named in an "of" phrase of its complement as it is
    (governing?.direct !== true &&
      owner?.form === 'copula' &&
      owner.lemma === 'be' &&
      inCopulaComplement(parsed, owner, phraseStart)) ||
    // "the sooner the war will end", "the shelling does not stop": an event that ends is under way
    (governing === undefined && owner !== undefined && ONGOING_SUBJECT_VERBS.has(owner.lemma));
  if (owner && !conceded) {
    const s = stances[owner.index]!;
    negated = s.negated;
    modality = s.modality;
    ownIntent = s.ownIntent;
    // "the signing is being prepared", "talks are scheduled for Monday": arranged, not yet done (in the past
    // or perfect, "the attack was planned for months", the act may well have followed)
    if (governing === undefined && isPlannedPassive(view, owner)) {
      modality = stronger(modality, 'intended');
      ownIntent = false;
    }
    // "a meeting with Putin is needed", "the servicemen need the support of citizens": wanted, not given
    if (NEEDING_VERBS.has(owner.lemma) && !isPastOrPerfect(view, owner) && (governing?.direct ?? true))
      modality = stronger(modality, 'demanded');
    const fate = governing === undefined ? subjectFate(owner) : undefined;
    if (fate === 'denied') {
      negated = true;
      modality = 'denied';
    } else if (fate === 'negated') {
      // "the summit was not cancelled": possible, not asserted
      if (negated) modality = stronger(modality, 'hypothetical');
      negated = !negated;
    } else if (fate !== undefined) modality = stronger(modality, fate);
    if (
      governing === undefined &&
      !negated &&
      ownIntent &&
      isHostileCode(match.pattern.code) &&
      eventActsOnObject(parsed, owner)
    )
      ({ modality, ownIntent } = predictingEventStance(parsed, phraseStart, {
        negated,
        modality,
        ownIntent,
      }));
    // "there will be a guerrilla war", "the aggression would be a huge mistake": force foretold, no one's threat
    if (ownIntent && isHostileCode(match.pattern.code) && foretoldExistence(owner)) {
      modality = 'hypothetical';
      ownIntent = false;
    }
  } else if (!owner && !governing)
    modality = stronger(modality, gappedModality(parsed, phraseStart, stances));
  // "agreed on this during his visit": the occasion the act took place at is not what the verb agrees to
  const occasion = view.norm[phraseStart - 1] === 'during';
  // "the subject was not raised during the conversation": what did not happen at an occasion leaves the
  // occasion itself held ("will not raise it during the visit" leaves the visit still to come)
  if (occasion && negated) {
    negated = false;
    if (modality === 'denied') modality = 'actual';
  }
  if (governing && !conceded && !occasion) {
    const p = governing.predicate;
    const lemma = p.lemma;
    const ruleOut = lemma === 'rule' && view.norm[p.end] === 'out';
    const goal = view.norm[phraseStart - 1];
    // "refused talks" refuses the act; "rejected Moscow's demand" rejects a demand that was made
    const refused = REFUSAL_VERBS.has(lemma) && !SPEECH_ROOTS.has(match.pattern.code.slice(0, 2));
    if (ruleOut || refused || OBJECT_NEGATING_VERBS.has(lemma)) {
      // "did not rule out a summit": possible, not asserted
      if (negated) {
        negated = false;
        modality = stronger(modality, 'hypothetical');
      } else negated = true;
    } else if (
      DRAWING_IN_VERBS.has(lemma) &&
      (goal === 'in' || goal === 'into') &&
      !governing.direct &&
      isIndefinite(view, phraseStart) &&
      !isPastOrPerfect(view, p)
    )
      // "attempts are made to involve citizens in protests": protests sought, none reported ("to draw
      // Belarus into its war" names a war there is)
      modality = stronger(modality, 'hypothetical');
    else if (OBJECT_HYPOTHETICAL_VERBS.has(lemma) || (lemma === 'look' && view.norm[p.end] === 'forward'))
      // "fears an invasion", "counts on Spain's support", "looks forward to the visit"
      modality = stronger(modality, 'hypothetical');
    else if (OBJECT_DEMANDED_VERBS.has(lemma)) modality = stronger(modality, 'demanded');
    else if (lemma === 'announce' && match.pattern.code.startsWith(SANCTIONS)) {
      // "announced asset freezes against …": a government announcing sanctions imposes them
    } else if (
      OBJECT_INTENDED_VERBS.has(lemma) ||
      INTENT_ADJECTIVES.has(lemma) ||
      (p.adjective !== undefined && INTENT_ADJECTIVES.has(p.adjective))
    ) {
      modality = stronger(modality, 'intended');
      ownIntent = modality === 'intended' && !OBJECT_NOT_OWN_VERBS.has(lemma);
    }
  }
  for (let k = phraseStart; k < match.start; k++) {
    const w = view.norm[k]!;
    if (w === 'no') negated = true;
    else if (HYPOTHETICAL_MODIFIERS.has(w) || HYPOTHETICAL_MODIFIERS.has(view.lemma[k]!))
      modality = stronger(modality, 'hypothetical');
    else if (INTENDED_MODIFIERS.has(w) || INTENDED_MODIFIERS.has(view.lemma[k]!)) {
      modality = stronger(modality, 'intended');
      ownIntent ||= modality === 'intended';
    }
  }
  // "the summit scheduled for December", "the meeting planned for next week", "the summit to be held in …"
  if (isArrangedAfter(view, match.end)) modality = stronger(modality, 'intended');
  // "stressed the importance of holding a meeting": a need stated, not a meeting held
  if (owner?.form === 'gerund' && view.norm[owner.start - 1] === 'of')
    if (NEED_NOUNS.has(view.lemma[owner.start - 2] ?? '')) modality = stronger(modality, 'demanded');
  if (OCCASION_ROOTS.has(match.pattern.code.slice(0, 2)))
    modality = stronger(modality, frontedOccasionModality(parsed, match, phraseStart, stances));
  // "interested in talks", "readiness for a ceasefire": wanted, not held; "no interest in talks": not even that
  const wanting = view.norm[phraseStart - 1] === 'in' || view.norm[phraseStart - 1] === 'for';
  const wanted = wanting && phraseStart > 1;
  if (
    wanted &&
    (WANTING_WORDS.has(view.norm[phraseStart - 2]!) || WANTING_WORDS.has(view.lemma[phraseStart - 2]!))
  ) {
    modality = stronger(modality, 'intended');
    if (view.norm[phraseStart - 3] === 'no') negated = true;
  }
  // "without talks", "instead of a ceasefire", "the lack of dialogue": an event that did not take place
  if (endsAbsenceMarker(view, phraseStart - 1)) negated = true;
  return { negated, modality, ownIntent: ownIntent && modality === 'intended' };
}

/**
 * What the predicate of a noun that is its subject does to the event: "the meeting was cancelled" (negated),
 * "an attack was prevented", "a ceasefire was discussed" (hypothetical), "the meeting is unlikely"
 * (hypothetical), "a summit is impossible" (denied).
 */
function subjectFate(owner: Predicate): Modality | 'negated' | undefined {
  if (owner.passive && OBJECT_NEGATING_VERBS.has(owner.lemma)) return 'negated';
  if (owner.passive && OBJECT_HYPOTHETICAL_VERBS.has(owner.lemma)) return 'hypothetical';
  if (owner.form !== 'copula' || owner.adjective === undefined) return undefined;
  if (IMPOSSIBILITY_ADJECTIVES.has(owner.adjective)) return 'denied';
  return LIKELIHOOD_ADJECTIVES.has(owner.adjective) ? 'hypothetical' : undefined;
}

/**
 * The clause whose subject holds token t: a finite verb before a participle that only describes the noun
 * ("talks chaired by the two leaders will take place" take the stance of "will take place").
 */
function subjectOwner(parsed: Parsed, t: number): Predicate | undefined {
  let found: Predicate | undefined;
  for (const c of parsed.clauses) {
    if (!c.subject.some((s) => s.start <= t && t < s.end)) continue;
    if (c.predicate.form !== 'participle') return c.predicate;
    found ??= c.predicate;
  }
  return found;
}

/**
 * The modality of the clause an occasion is fronted to: "at the summit in June, the members will support
 * …", "during his visit next week, the president will sign …" set a future act at a meeting still to come.
 */
function frontedOccasionModality(
  parsed: Parsed,
  match: NounMatch,
  phraseStart: number,
  stances: readonly Stance[],
): Modality {
  const { norm } = parsed.view;
  const prep = norm[phraseStart - 1];
  if (prep !== 'at' && prep !== 'during') return 'actual';
  // fronted: opening the sentence or a clause ("expects that during his visit …")
  const opener = norm[phraseStart - 2];
  if (opener !== undefined && !FRONTING_OPENERS.has(opener)) return 'actual';
  const next = parsed.clauses.find((c) => c.predicate.start >= match.end);
  const subject = next?.subject[0];
  if (!next || !subject || subject.start < match.end || next.subjectFrom !== 'phrase') return 'actual';
  let comma = false;
  for (let k = match.end; k < subject.start; k++) {
    // "…, and now we must move on": a clause joined on after the occasion is not set at it
    if (parsed.view.pos[k] === 'CCONJ') return 'actual';
    comma ||= norm[k] === ',';
  }
  return comma ? stances[next.predicate.index]!.modality : 'actual';
}

/** Words that join a verbless conjunct to the clause before it ("…, and after that - the ratification"). */
const GAP_JOINERS = new Set(['and', 'then']);

/**
 * The modality of the clause whose verb a verbless conjunct shares: "the referendum will take place first,
 * and after that the ratification by parliament" leaves the ratification as much to come as the referendum.
 */
function gappedModality(parsed: Parsed, phraseStart: number, stances: readonly Stance[]): Modality {
  const { view } = parsed;
  if (view.pos[phraseStart - 1] === 'ADP') return 'actual';
  let before: Predicate | undefined;
  for (const p of parsed.predicates) if (p.end <= phraseStart && (!before || p.end > before.end)) before = p;
  if (!before) return 'actual';
  for (let k = phraseStart - 1; k >= before.end; k--)
    if (GAP_JOINERS.has(view.norm[k]!)) return stances[before.index]!.modality;
  return 'actual';
}

/** Tags of words that may open an "of" phrase before its own words: "of his rather lengthy talks". */
const OF_PHRASE_OPENERS = new Set(['DET', 'PRON', 'ADV', 'ADJ']);

/** Nouns of a number or a kind of events, which an "of" phrase after them counts: "a round of talks". */
const COUNTING_NOUNS = new Set([
  'round',
  'series',
  'wave',
  'number',
  'couple',
  'string',
  'spate',
  'kind',
  'type',
  'sort',
  'act',
  'case',
  'form',
]);

/**
 * Whether the noun's phrase is an "of" phrase within the complement of a copula, after the subject and the
 * copula: "they were not the focus of his talks", "it was no part of the meeting" ("it was not an act of
 * aggression" counts an event, and denies it).
 */
function inCopulaComplement(parsed: Parsed, copula: Predicate, phraseStart: number): boolean {
  const { norm, lemma, pos } = parsed.view;
  // ("of his rather lengthy conversation": the phrase may start past a possessive and an adverb)
  let of = phraseStart - 1;
  while (of > copula.end && of > phraseStart - 4 && OF_PHRASE_OPENERS.has(pos[of]!)) of--;
  if (of <= copula.end || norm[of] !== 'of') return false;
  if (COUNTING_NOUNS.has(lemma[of - 1] ?? '')) return false;
  for (let k = copula.end; k < of; k++) if (norm[k] === ',' || norm[k] === 'that') return false;
  return true;
}
