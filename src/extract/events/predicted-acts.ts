// Predictions about what a hostile event will do: "the invasion will destroy more families", "sanctions will
// hurt Europe". An event has no will of its own, so the future here foretells an effect rather than
// announcing anyone's intent: it is no threat of the party behind the event.
import { type Parsed, regionEnd } from './arguments.js';
import { directObject } from './direct-object.js';
import type { Predicate } from './predicates.js';
import type { Stance } from './stance.js';

/** Determiners and pronouns that mark a noun phrase as one already known: "the invasion", "their war". */
const DEFINITE_WORDS = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
]);

/** Verbs whose object completes the event's own course rather than naming what it acts on: "take place". */
const COURSE_VERBS = new Set([
  'take',
  'have',
  'make',
  'get',
  'become',
  'reach',
  'begin',
  'start',
  'continue',
]);

/** Roots of hostile acts, whose announced doing is a threat (13x): from sanctions (16) on, and demands. */
const HOSTILE_ROOT_MIN = '13';

/** Whether a code is of a hostile act: a threat, protest, force posture, cut ties, coercion or force. */
export function isHostileCode(code: string): boolean {
  return code.slice(0, 2) >= HOSTILE_ROOT_MIN;
}

/**
 * Whether the clause foretells what an event will do to an object: its subject is an event noun, not a
 * party ("the shelling will destroy the town"), and its verb, in the future, acts on an object.
 */
export function eventActsOnObject(parsed: Parsed, owner: Predicate): boolean {
  if (owner.passive || owner.form === 'copula' || COURSE_VERBS.has(owner.lemma)) return false;
  if (owner.modalKind !== 'future' && owner.modal !== 'would') return false;
  const subject = parsed.clauses[owner.index]!.subject[0];
  // ("the United States will supply": a name whose word is also an event noun's is a party)
  if (!subject || parsed.view.actorAt[subject.head]! >= 0 || !parsed.isEventNoun(subject.head)) return false;
  return directObject(parsed, owner, regionEnd(parsed, owner)) !== undefined;
}

/**
 * Whether the clause foretells that something will be, or what it will be: "there will be a guerrilla war",
 * "the aggression would be a catastrophe".
 */
export function foretoldExistence(owner: Predicate): boolean {
  if (owner.form !== 'copula' || owner.lemma !== 'be') return false;
  return owner.modalKind === 'future' || owner.modal === 'would';
}

/**
 * The stance of a hostile event noun that is the subject of such a prediction: the event named as known
 * ("the invasion", "Russia's war") is taken as there, an event named as a kind ("an invasion", "Russian
 * sanctions") only foreseen; neither is anyone's intent.
 */
export function predictingEventStance(parsed: Parsed, phraseStart: number, stance: Stance): Stance {
  const { view } = parsed;
  const known =
    DEFINITE_WORDS.has(view.norm[phraseStart]!) ||
    view.norm.slice(phraseStart, phraseStart + 4).includes("'s");
  return { negated: stance.negated, modality: known ? 'actual' : 'hypothetical', ownIntent: false };
}

/**
 * The stance of the act an event noun is foretold to do ("the invasion will destroy more families"): only
 * foreseen, and no one's intent.
 */
export function foretoldStance(stance: Stance): Stance {
  return { negated: stance.negated, modality: 'hypothetical', ownIntent: false };
}
