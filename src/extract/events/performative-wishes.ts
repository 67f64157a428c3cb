// Wishes that are the act they wish for: "I would like to thank you", "we want to express our gratitude". To
// say so is to thank, so the act is done, not wished for.
import type { Clause } from './clauses.js';
import type { SentenceView } from './sentence.js';

/** Verbs of a wish that, before a verb of thanks or greeting, only make it polite ("would like to thank"). */
const DESIRE_VERBS = new Set(['want', 'wish', 'like']);
/** Speech acts done by saying them: to say "I want to thank you" is to thank. */
const PERFORMATIVE_VERBS = new Set([
  'thank',
  'congratulate',
  'greet',
  'commend',
  'apologise',
  'apologize',
  'condole',
  'salute',
]);

/**
 * Verbs of saying that, after a wish of the speaker's own, are said by saying so: "I would like to express my
 * gratitude", "we want to reiterate our offer", "I wish to assure you". (Of anyone else, "wants to stress"
 * is only a wish.)
 */
const SAID_PERFORMATIVE_VERBS = new Set([
  'express',
  'reiterate',
  'reaffirm',
  'assure',
  'stress',
  'emphasise',
  'emphasize',
  'underline',
  'note',
  'remind',
  'inform',
  'invite',
  'welcome',
  'confirm',
  'extend',
  'convey',
  'appeal',
  'urge',
]);
const SPEAKER_PRONOUNS = new Set(['i', 'we']);

/** Whether a clause's subject is the speaker: "I", "we". */
function spokenBySpeaker(view: SentenceView, clause: Clause): boolean {
  const subject = clause.subject[0];
  return (
    subject !== undefined &&
    subject.end - subject.start === 1 &&
    SPEAKER_PRONOUNS.has(view.norm[subject.start]!)
  );
}

/**
 * Whether the clause is a speech act under a wish (`word`) that performs it: a verb of thanks or greeting of
 * anyone's ("would like to thank"), or a verb of saying of the speaker's ("I want to assure you").
 */
export function isPerformativeWish(view: SentenceView, clause: Clause, word: string): boolean {
  if (!DESIRE_VERBS.has(word)) return false;
  const verb = clause.predicate.lemma;
  return PERFORMATIVE_VERBS.has(verb) || (SAID_PERFORMATIVE_VERBS.has(verb) && spokenBySpeaker(view, clause));
}

/** Verbs of taking an occasion, and the occasions taken: "take this opportunity to thank", "use the occasion". */
const TAKING_VERBS = new Set(['take', 'use', 'seize']);
const OCCASION_NOUNS = new Set(['opportunity', 'occasion', 'chance', 'moment']);

/**
 * What taking an occasion makes of the act it is taken for: the speaker's speech act is done by saying so
 * ("I would like to use this occasion to invite you": 'performative'); any act an occasion was, or will be,
 * taken for is as done as the taking ("took the opportunity to thank": 'taken'). Undefined when the clause
 * is no such purpose or the taking is negated.
 */
export function occasionTaken(
  view: SentenceView,
  clause: Clause,
  governor: Clause,
): 'performative' | 'taken' | undefined {
  const g = governor.predicate;
  // ("by using the opportunities to update …" names a means, not the idiom)
  if (!TAKING_VERBS.has(g.lemma) || g.negated || g.form === 'gerund') return undefined;
  let occasion = false;
  for (let k = g.end; k < clause.predicate.start && k < g.end + 5; k++)
    occasion ||= OCCASION_NOUNS.has(view.norm[k]!);
  if (!occasion) return undefined;
  const verb = clause.predicate.lemma;
  const speech = PERFORMATIVE_VERBS.has(verb) || SAID_PERFORMATIVE_VERBS.has(verb);
  return speech && spokenBySpeaker(view, clause) ? 'performative' : 'taken';
}
