// Fallback targets of a verb: an actor in a prepositional phrase after it, or the author of the act it answers.
import { agentOfEvent } from './about-chain.js';
import { type Argument, actorsOfGroup, type Parsed, phrasesBetween, regionEnd } from './arguments.js';
import { phraseActors } from './phrase-actors.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import { POSSESSIVE_PRONOUNS } from './words.js';

/**
 * Target fallbacks when the pattern's slot names no actor: an actor after with, against, on, at, to …, but
 * not after a preposition that `isTopic` says names what the act is about.
 */
export function prepositionalTarget(
  parsed: Parsed,
  p: Predicate,
  from: number,
  isTopic: (prep: string) => boolean = () => false,
): Argument[] {
  const end = regionEnd(parsed, p);
  // the last phrase that only says when, despite what or in connection with what the act was done ("after
  // the aggression of the Kyiv authorities"): the phrases hanging off it name no one the act is aimed at either
  let circumstance: Phrase | undefined;
  // likewise the topic of a joint act and the phrases hanging off it: "exchanged views on the outcome of the
  // council's meeting", "held a meeting on the readiness of the forces" name no partner
  let topic: Phrase | undefined;
  for (const ph of phrasesBetween(parsed, from, end)) {
    // ("on the situation and the readiness of the forces": a second topic joined to the first)
    if (ph.prep === undefined) {
      if (topic && ph.start === topic.end + 1 && parsed.view.norm[topic.end] === 'and') topic = ph;
      continue;
    }
    if (isCircumstance(parsed, ph) || (circumstance && ph.start === circumstance.end + 1)) {
      circumstance = ph;
      continue;
    }
    circumstance = undefined;
    // ("on the situation in Donbas and in the east of Ukraine": a place joined to the topic's own)
    const joined =
      topic !== undefined &&
      (ph.start === topic.end + 1 || (ph.start === topic.end + 2 && parsed.view.norm[topic.end] === 'and'));
    if (isTopic(ph.prep) || (joined && ph.prep !== 'with')) {
      topic = ph;
      continue;
    }
    topic = undefined;
    // "sanctions over the invasion of Ukraine by Russia": an act named with its author is the author's
    // (not the attack a passive's victims fell in: "were killed in attacks by the army")
    if (!p.passive && REASON_PREPS.has(ph.prep)) {
      const agent = agentOfEvent(parsed, ph);
      if (agent.length > 0) return agent;
    }
    if (!FALLBACK_TARGET_PREPS.has(ph.prep) || isTopic(ph.prep)) continue;
    // "exchanged opinions of their bilateral interaction": an owner named by a pronoun in an of-phrase is
    // whose the thing is, most often the subject's own, not whom the act is done to ("members of your
    // military" still name the military)
    if (
      ph.prep === 'of' &&
      POSSESSIVE_PRONOUNS.has(parsed.view.norm[ph.start]!) &&
      phraseActors(parsed.view, parsed.phrases, ph).heads.length === 0
    )
      continue;
    // "shelled the city with artillery": what an act is done with is its means, not whom it is done to
    if (ph.prep === 'with' && MEANS_OF_FORCE.has(parsed.view.lemma[ph.head]!)) continue;
    const found = actorsOfGroup(parsed, ph);
    if (found.length > 0) return found.map((a) => ({ span: a.span, weight: a.weight * 0.8 }));
  }
  return [];
}

/** Prepositions of a circumstance, not of a party: when, despite what, amid what. */
const CIRCUMSTANCE_PREPS = new Set([
  'after',
  'before',
  'since',
  'during',
  'despite',
  'amid',
  'following',
  'until',
]);
/** Words before "of" that make it a preposition of a circumstance: "because of", "instead of", "ahead of". */
const CIRCUMSTANCE_OF_LEADS = new Set(['because', 'instead', 'ahead', 'regardless', 'irrespective']);
/** Nouns of a preposition "in … with" that names a circumstance: "in connection with", "in line with". */
const CIRCUMSTANCE_WITH_NOUNS = new Set(['connection', 'line', 'accordance', 'comparison', 'conjunction']);

function isCircumstance(parsed: Parsed, ph: Phrase): boolean {
  const { norm } = parsed.view;
  const lead = norm[ph.start - 2] ?? '';
  return (
    CIRCUMSTANCE_PREPS.has(ph.prep!) ||
    (ph.prep === 'of' && CIRCUMSTANCE_OF_LEADS.has(lead)) ||
    (ph.prep === 'with' && CIRCUMSTANCE_WITH_NOUNS.has(lead) && norm[ph.start - 3] === 'in')
  );
}

/** Prepositions that name what an act answers ("sanctions over the invasion", "praised for its help"). */
const REASON_PREPS = new Set(['over', 'for', 'about', 'against', 'to', 'on', 'at']);

/** Weapons, which a "with" phrase names as the means of an act. */
const MEANS_OF_FORCE = new Set([
  'artillery',
  'missile',
  'rocket',
  'bomb',
  'drone',
  'mortar',
  'shell',
  'weapon',
  'gun',
  'grenade',
  'munition',
  'tank',
  'aircraft',
  'warplane',
  'helicopter',
]);

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
