import type { Argument, Parsed } from './arguments.js';
import type { Phrase } from './phrases.js';
import type { ActorSpan, SentenceView } from './sentence.js';
import { isIdentifiedCode } from './words.js';

// "Putin informed his interlocutor", "Scholz thanked the counterpart": after a call or a meeting of two,
// the one of them the clause's source is not.

/** Nouns for the one person another met or talked with: "his interlocutor", "the counterpart". */
const OTHER_PARTY_NOUNS: ReadonlySet<string> = new Set(['interlocutor', 'counterpart']);

/** "the interlocutor", "his counterpart" with nothing after it to say whose: one of a meeting's two. */
export function isOtherParty(view: SentenceView, member: Phrase): boolean {
  const { norm } = view;
  const words = member.end - member.start;
  return (
    words === 2 &&
    OTHER_PARTY_NOUNS.has(norm[member.head]!) &&
    member.head === member.end - 1 &&
    (norm[member.start] === 'the' || norm[member.start] === 'his' || norm[member.start] === 'her') &&
    norm[member.end] !== 'of'
  );
}

/**
 * Targets left after the source's own is dropped: "the interlocutor" still standing for both of the two who
 * met (the source is no one known) is neither of them.
 */
export function settledTargets(parsed: Parsed, targets: Argument[]): Argument[] {
  const { norm } = parsed.view;
  const both = (a: Argument) =>
    OTHER_PARTY_NOUNS.has(norm[a.span.end - 1] ?? '') &&
    targets.some((b) => b !== a && b.span.start === a.span.start && b.span.end === a.span.end);
  return targets.some(both) ? targets.filter((a) => !both(a)) : targets;
}

/** The two who last met, identified, placed on the words that stand for one of them here. */
export function meetingMembers(parsed: Parsed, member: Phrase): ActorSpan[] {
  const pair = parsed.meetingPair;
  if (pair.length !== 2 || pair.some((span) => !isIdentifiedCode(span.actor.code))) return [];
  return pair.map((span) => ({ ...span, start: member.start, end: member.end }));
}
