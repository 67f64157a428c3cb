import type { ActorRef, Mention } from '../../core/records.js';
import type { Detected } from '../mentions/types.js';
import type { Speakers } from './speakers.js';

// Who speaks the words at a token, as an actor: what a clause with no subject of its own ("Thank you, Mr
// President") is said by. Only a transcript turn's label or the article's title counts: both name the
// speaker of every word that follows, where a quotation's attribution may be a guess.

/** The actor who speaks the words at global token `t`, when a turn's label or the title names them. */
export type SpeakerActorAt = (t: number) => ActorRef | undefined;

export function speakerActors(
  speakers: Speakers,
  detected: readonly Detected[],
  mentions: readonly Mention[],
): SpeakerActorAt {
  const byStart = new Map<number, ActorRef>();
  for (const m of mentions) if (m.actor && m.tokenStart !== undefined) byStart.set(m.tokenStart, m.actor);
  return (t) => {
    const speaker = speakers.at(t);
    if (speaker === undefined || speaker.via === 'quote' || 'unnamed' in speaker) return undefined;
    if ('actor' in speaker) return speaker.actor;
    const d = detected[speaker.mention];
    return d && byStart.get(d.tokenStart);
  };
}
