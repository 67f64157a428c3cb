import type { MentionType, Modality, Polarity, QuadClass, QuoteKind, TimePrecision } from './codes.js';
import type { Evidence, Span } from './span.js';

/** A sentence of the analysed text; tokens [tokenStart, tokenEnd). */
export interface Sentence {
  readonly index: number;
  readonly span: Span;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** One token. `span` is in original-text offsets; `norm` is lower-cased normalised text. */
export interface Token {
  readonly text: string;
  readonly norm: string;
  readonly lemma: string;
  readonly pos: string;
  readonly sentence: number;
  readonly span: Span;
  /** Whitespace (in the normalised text) before this token, so chunkers can see line breaks and gaps. */
  readonly space: string;
}

/** A reference to a resolved actor: a stable id and a CAMEO-style code such as `USAGOV`. */
export interface ActorRef {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  /** The country an actor sides with, where that is all we know ("pro-Russian separatists" → RUS). */
  readonly affiliation?: string;
}

export interface Mention extends Evidence {
  readonly text: string;
  readonly type: MentionType;
  readonly actor?: ActorRef;
  /** Token range [tokenStart, tokenEnd) in the analysis (absent on mentions read back from a store). */
  readonly tokenStart?: number;
  readonly tokenEnd?: number;
}

export interface DateRange {
  readonly from: string;
  readonly to: string;
  readonly precision: TimePrecision;
}

export interface TimeExpression extends Evidence {
  readonly text: string;
  readonly value: DateRange;
  /** The TIMEX3 value ("2022-01-21", "2022-W04", "PRESENT_REF"), which says more than the range. */
  readonly timex?: string;
}

export interface Place extends Evidence {
  readonly text: string;
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly gazetteerId: string;
}

export interface Event extends Evidence {
  readonly id: string;
  readonly date: string;
  readonly source: ActorRef;
  readonly target?: ActorRef;
  readonly code: string;
  readonly root: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
  readonly plover: string;
  readonly polarity: Polarity;
  readonly modality: Modality;
  readonly place?: Place;
  readonly text: string;
}

export interface Quote extends Evidence {
  readonly id: string;
  readonly text: string;
  readonly kind: QuoteKind;
  /** The cue's lemma ("say", "tell", "according to"). */
  readonly cue?: string;
  /** Where the cue words are ("said", "According to"). */
  readonly cueSpan?: Span;
  /** The speaker's actor, when the actor stage resolved the words that name them; absent means unknown. */
  readonly speaker?: ActorRef;
  /** The words that name the speaker ("Blinken", "He", "a source"), found even when no actor resolves. */
  readonly speakerText?: string;
  readonly speakerSpan?: Span;
  /** The pieces of the quoted text when there are several (split quotes, quotes over paragraphs). */
  readonly parts?: readonly Span[];
  readonly date: string;
}

export interface Commitment extends Evidence {
  readonly id: string;
  readonly eventId: string;
  readonly source: ActorRef;
  readonly target?: ActorRef;
  readonly code: string;
  readonly due: DateRange;
  readonly text: string;
}
