import type { ActorRef, Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import type { Detected } from '../mentions/types.js';
import type { QuoteReading } from '../quotes/reading.js';
import { isEnemyWord } from './invaders.js';
import type { Turn } from './turns.js';
import { isSpeakersOwn, isThey } from './word-shapes.js';

// Who speaks the words at each token: the speaker of the quotation they stand in, the person a transcript
// label names for the turn ("President of Russia Vladimir Putin: Friends, …"), else the person whose address
// the whole article is.

/** How the speaker of a passage was found. */
export type SpeakerVia = 'quote' | 'turn' | 'title';

export type Speaker =
  /** Named in the text: the detected mention of the words that name them. */
  | { readonly via: SpeakerVia; readonly mention: number }
  /** Named by the article's title. */
  | { readonly via: SpeakerVia; readonly actor: ActorRef }
  /** Someone the text does not name: a journalist's question, a quotation no one is said to have said. */
  | { readonly via: SpeakerVia; readonly unnamed: true };

export interface Speakers {
  /** The speaker of the words at token `t`, if the text says who speaks them. */
  readonly at: (t: number) => Speaker | undefined;
  /** The two parties of the meeting the text transcribes, when its title names it: each addresses the other. */
  readonly meetingParties?: readonly [ActorRef, ActorRef];
  /** Whom the address the article is speaks to, when its title names another country's audience. */
  readonly audience?: ActorRef;
  /** The state whose government publishes the article, whose offices "the President" names by default. */
  readonly publisherState?: string;
  /** The mentions that name the speakers of the transcript's turns, in order. */
  readonly turnSpeakers: readonly number[];
}

/** Quoted words shorter than this are a term in scare quotes, not someone's speech. */
const MIN_SPEECH_TOKENS = 4;

export interface SpeakerInput {
  readonly tokens: readonly Token[];
  readonly detected: readonly Detected[];
  /** The detected mention each token belongs to, or -1. */
  readonly mentionAt: Int32Array;
  /** The transcript turns of the text, in order. */
  readonly turns: readonly Turn[];
  /** The text's quotes and their speakers, read when first asked for (most texts need none here). */
  readonly quotes: () => QuoteReading;
  /** The person whose address, speech or statement the article is, when its title says so. */
  readonly titleSpeaker?: ActorRef;
  /** The two parties of the meeting or call the title names. */
  readonly meetingParties?: readonly [ActorRef, ActorRef];
  /** The audience of the address the title names ("… to the Bundestag"). */
  readonly titleAudience?: ActorRef;
  /** The state whose government publishes the article. */
  readonly publisherState?: string;
}

export function findSpeakers(k: ActorKnowledge, input: SpeakerInput): Speakers {
  const { tokens, detected, turns, mentionAt } = input;
  const list: Speaker[] = [];
  const speakerAt = new Int32Array(tokens.length).fill(-1);
  const add = (speaker: Speaker): number => list.push(speaker) - 1;

  if (input.titleSpeaker) speakerAt.fill(add({ via: 'title', actor: input.titleSpeaker }));

  // each turn's words, up to the next turn's label
  turns.forEach((turn, i) => {
    const speaker: Speaker =
      'mention' in turn.speaker
        ? { via: 'turn', mention: turn.speaker.mention }
        : { via: 'turn', unnamed: true };
    speakerAt.fill(add(speaker), turn.colon + 1, turns[i + 1]?.start ?? tokens.length);
  });

  // (the quote rules are read only for words whose meaning depends on who speaks: "we", "our troops", a
  // quotation's "they", and "the enemy", whether quoted or reported: "Zelenskyy said the enemy shelled …")
  if (
    detected.some((d) => isSpeakersOwn(k, tokens, d) || isEnemyWord(tokens, d) || (d.inQuote && isThey(k, d)))
  )
    quotedSpeakers(input, mentionAt, (start, end, speaker) => speakerAt.fill(add(speaker), start, end));

  return {
    at: (t) => {
      const s = speakerAt[t] ?? -1;
      return s >= 0 ? list[s] : undefined;
    },
    turnSpeakers: turns.flatMap((turn) => ('mention' in turn.speaker ? [turn.speaker.mention] : [])),
    ...(input.meetingParties && { meetingParties: input.meetingParties }),
    ...(input.titleAudience && { audience: input.titleAudience }),
    ...(input.publisherState && { publisherState: input.publisherState }),
  };
}

/**
 * The speakers of quoted and reported words, as the quote rules attribute them with the mentions detected so
 * far: the words of a quotation, of a quoted fragment, or of a clause reported in the speaker's own person
 * ("Yermak noted that our citizens …") are the speaker's; a quotation no one is said to have said is someone
 * unnamed's.
 */
function quotedSpeakers(
  input: SpeakerInput,
  mentionAt: Int32Array,
  mark: (start: number, end: number, speaker: Speaker) => void,
): void {
  const { tokens } = input;
  const { context: ctx, attributions } = input.quotes();
  for (const seg of ctx.segments)
    if (seg.end - seg.start >= MIN_SPEECH_TOKENS) mark(seg.start, seg.end, { via: 'quote', unnamed: true });
  for (const a of attributions) {
    const head = a.speaker ? mentionAt[a.speaker.head]! : -1;
    const speaker: Speaker = head >= 0 ? { via: 'quote', mention: head } : { via: 'quote', unnamed: true };
    // a transcript's turns are read from their labels, sentence by sentence, above
    if (a.verbatim) continue;
    for (const p of a.parts) mark(p.start, p.end, speaker);
    for (const s of a.partials) mark(ctx.segments[s]!.start, ctx.segments[s]!.end, speaker);
  }
  // a quotation inside a quotation ("… did not say 'they robbed me'") is someone else's words
  for (const seg of ctx.segments) innerQuotations(tokens, seg.start, seg.end, mark);
}

/**
 * Single quotation marks inside quoted words: an opening one stands after a space and before a word, a
 * closing one right after a word ("the players' union" has no opening one before it).
 */
function innerQuotations(
  tokens: readonly Token[],
  start: number,
  end: number,
  mark: (start: number, end: number, speaker: Speaker) => void,
): void {
  let open = -1;
  for (let t = start; t < end; t++) {
    const token = tokens[t]!;
    if (token.text !== "'") continue;
    if (open < 0 && token.space !== '' && tokens[t + 1]?.space === '') open = t;
    else if (open >= 0 && token.space === '') {
      mark(open + 1, t, { via: 'quote', unnamed: true });
      open = -1;
    }
  }
}
