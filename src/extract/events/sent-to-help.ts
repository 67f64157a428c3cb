// Help as aid: people sent to help, and the party that help is for.
import { actorsOfGroup, type Parsed, phrasesBetween, regionEnd } from './arguments.js';
import { directObject } from './direct-object.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';

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
export function sentToHelp(parsed: Parsed, p: Predicate): boolean {
  if (p.lemma !== 'help' && p.lemma !== 'assist') return false;
  const clause = parsed.clauses[p.index]!;
  if (clause.relation !== 'purpose' || clause.governor === undefined) return false;
  const sending = parsed.predicates[clause.governor]!;
  if (!SENDING_VERBS.has(sending.lemma)) return false;
  const sent = directObject(parsed, sending, regionEnd(parsed, sending));
  return sent !== undefined && HELPERS.has(parsed.view.lemma[sent.head]!);
}

/** Whom help is for, named in the act it helps do: "help rebuild Haiti", "help Haiti rebuild". */
export function helpedParty(parsed: Parsed, p: Predicate): Phrase | undefined {
  const act = parsed.predicates[p.index + 1];
  if (!act) return undefined;
  const party =
    act.start === p.end
      ? directObject(parsed, act, regionEnd(parsed, act))
      : phrasesBetween(parsed, p.end, act.start).find((ph) => ph.start === p.end && ph.end === act.start);
  return party && actorsOfGroup(parsed, party).length > 0 ? party : undefined;
}
