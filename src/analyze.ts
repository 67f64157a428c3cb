import type { Analysis } from './core/analysis.js';
import type { Article } from './core/article.js';
import { STAGES, type StageName } from './core/codes.js';
import { UsageError } from './core/errors.js';
import type { ActorRef } from './core/records.js';
import { type SpeakerActorAt, speakerActors } from './extract/actors/speaker-actors.js';
import { findSpeakers } from './extract/actors/speakers.js';
import { toMentions } from './extract/actors/stage.js';
import {
  audienceStart,
  type Heading,
  meetingPartyStart,
  publisherState,
  speakerNameStart,
  titleAudience,
  titleMeeting,
  titleSpeaker,
} from './extract/actors/title-speaker.js';
import { isTwoPartyTalks, talksParties } from './extract/actors/title-talks.js';
import { findTurns, type Turn } from './extract/actors/turns.js';
import { deriveCommitments } from './extract/commitments/derive.js';
import { codeEvents } from './extract/events/stage.js';
import { detectMentions } from './extract/mentions/detect.js';
import { detectedAt } from './extract/mentions/detected-at.js';
import { tagNames } from './extract/mentions/names.js';
import type { Detected } from './extract/mentions/types.js';
import { extractPlaces } from './extract/places/extract.js';
import { extractQuotes } from './extract/quotes/extract.js';
import { type QuoteReading, readQuotes } from './extract/quotes/reading.js';
import { extractTimes } from './extract/times/extract.js';
import { gazetteer, officeCountry } from './knowledge/gazetteer.js';
import type { Knowledge } from './knowledge/knowledge.js';
import { type NormalizedText, normalizeText } from './nlp/normalize.js';
import { tokenize } from './nlp/wink.js';

/** The record while stages fill it in; frozen into an `Analysis` at the end. */
export type Draft = { -readonly [K in keyof Analysis]: Analysis[K] };

export interface StageContext {
  readonly knowledge: Knowledge;
  norm: NormalizedText;
  /** Mentions as the `mentions` stage found them, with the cues the `actors` stage resolves. */
  detected: Detected[];
  /** The detected mention each token belongs to, or -1. */
  detectedAt: Int32Array;
  /** A title that names whose words the article is, tokenized, with where the name starts (and the publisher). */
  byline?: { readonly title: Heading; readonly start: number; readonly publisher?: Heading };
  /** The transcript turns the actors stage found. */
  turns: Turn[];
  /** The text's quotations and who says each, once the actors or the quotes stage asked for them. */
  quotes?: QuoteReading;
  /** A title that names a meeting of the publisher with someone, tokenized, with where that one's name starts. */
  meetingTitle?: { readonly title: Heading; readonly start: number; readonly publisher: Heading };
  /** A title naming talks of two states ("Russian-Greek talks") in a release of one of them. */
  talksTitle?: { readonly title: Heading; readonly publisher: Heading };
  /** The state whose government publishes the article, when the publisher's name is one of its offices. */
  publisherState?: string;
  /** The two parties of the meeting the title names, whom "the leaders" may mean before the text names them. */
  titleParties?: readonly [ActorRef, ActorRef];
  /** Who speaks the words at each token, as a turn's label or the title names them. */
  speakerAt?: SpeakerActorAt;
}

export type Stage = (draft: Draft, context: StageContext) => void;

/**
 * The stages that exist, in the fixed order of `STAGES`. A stage reads what earlier stages wrote and adds its
 * own records; none does I/O, reads the clock or draws random numbers, so `analyze` is a pure function.
 */
const IMPLEMENTATIONS: Partial<Record<StageName, Stage>> = {
  text: (draft, context) => {
    context.norm = normalizeText(draft.article.text);
    draft.normalizedText = context.norm.text;
  },
  nlp: (draft, context) => {
    // the title first: reading a text resets what the tagger learnt from the one before
    // (a title or a source of null, as parsed JSON may give one, is none)
    const title = draft.article.title ?? undefined;
    const source = draft.article.source ?? undefined;
    // a title may name both a speaker and a meeting: each heading is read once
    let titleTokens: Heading | undefined;
    let sourceTokens: Heading | undefined;
    const titleRead = (text: string): Heading => (titleTokens ??= tokenize(normalizeText(text)));
    const sourceRead = (text: string): Heading => (sourceTokens ??= tokenize(normalizeText(text)));
    const start = title === undefined ? undefined : speakerNameStart(title);
    if (title !== undefined && start !== undefined)
      context.byline = {
        title: titleRead(title),
        start,
        ...(source !== undefined && { publisher: sourceRead(source) }),
      };
    const party = title === undefined ? undefined : meetingPartyStart(title);
    if (title !== undefined && party !== undefined && source !== undefined)
      context.meetingTitle = { title: titleRead(title), start: party, publisher: sourceRead(source) };
    else if (title !== undefined && source !== undefined && isTwoPartyTalks(title))
      context.talksTitle = { title: titleRead(title), publisher: sourceRead(source) };
    if (source !== undefined) {
      const home = publisherState(context.knowledge.actors, source, draft.article.published, () =>
        sourceRead(source),
      );
      if (home) context.publisherState = home;
    }
    const { sentences, tokens } = tokenize(context.norm);
    draft.sentences = sentences;
    draft.tokens = tokens;
  },
  mentions: (draft, context) => {
    const k = context.knowledge.actors;
    context.detected = detectMentions(
      k,
      draft.tokens,
      draft.sentences,
      draft.article.published,
      tagNames(context.knowledge.ner, draft.tokens),
      (name) => officeCountry(gazetteer(context.knowledge), name, draft.article.published),
    );
    context.detectedAt = detectedAt(draft.tokens.length, context.detected);
    draft.mentions = toMentions(k, draft, context.detected, false);
  },
  actors: (draft, context) => {
    const k = context.knowledge;
    const byline = context.byline;
    const speaker =
      byline && titleSpeaker(k.actors, byline.title, byline.start, draft.article.published, byline.publisher);
    const meeting = context.meetingTitle;
    context.turns = findTurns(k.actors, draft.tokens, draft.sentences, context.detected, context.detectedAt);
    const talks = context.talksTitle;
    // (talks of two states: the other state's side is whoever speaks for it in the transcript's turns)
    const parties = meeting
      ? titleMeeting(k.actors, meeting.title, meeting.start, draft.article.published, meeting.publisher)
      : talks &&
        talksParties(
          k.actors,
          talks.title,
          talks.publisher,
          draft.article.published,
          context.turns,
          context.detected,
        );
    if (parties) context.titleParties = parties;
    // "Address by … to the Bundestag": whom the speaker's "you" is
    const title = draft.article.title;
    const audienceAt = title === undefined ? undefined : audienceStart(title);
    const audience =
      byline &&
      speaker &&
      audienceAt !== undefined &&
      titleAudience(k.actors, byline.title, audienceAt, draft.article.published, speaker);
    const speakers = findSpeakers(k.actors, {
      tokens: draft.tokens,
      detected: context.detected,
      mentionAt: context.detectedAt,
      turns: context.turns,
      quotes: () => quotesOf(draft, context),
      ...(speaker && { titleSpeaker: speaker }),
      ...(parties && { meetingParties: parties }),
      ...(audience && { titleAudience: audience }),
      ...(context.publisherState && { publisherState: context.publisherState }),
    });
    draft.mentions = toMentions(k.actors, draft, context.detected, true, speakers);
    context.speakerAt = speakerActors(speakers, context.detected, draft.mentions);
  },
  times: (draft) => {
    draft.times = extractTimes(draft.article.text, draft.tokens, draft.sentences, draft.article.published);
  },
  places: (draft, context) => {
    const gaz = gazetteer(context.knowledge);
    draft.places = extractPlaces(draft.article.text, draft.tokens, draft.sentences, gaz, draft.mentions);
  },
  quotes: (draft, context) => {
    draft.quotes = extractQuotes(quotesOf(draft, context), draft);
  },
  events: (draft, context) => {
    draft.events = codeEvents(draft, context.knowledge.cameo, context.titleParties, context.speakerAt);
    // What was promised with a time ahead: read off the coded events, so it lives with them.
    draft.commitments = deriveCommitments(
      draft.article.id,
      draft.article.published,
      draft.events,
      draft.times,
    );
  },
};

/** The quotes of the text: the actors stage (who speaks) and the quotes stage read the same reading. */
function quotesOf(draft: Draft, context: StageContext): QuoteReading {
  context.quotes ??= readQuotes(
    context.knowledge.quotes,
    draft.article.text,
    draft.tokens,
    context.detected,
    context.detectedAt,
    context.turns,
  );
  return context.quotes;
}

export const AVAILABLE_STAGES: readonly StageName[] = STAGES.filter(
  (name) => IMPLEMENTATIONS[name] !== undefined,
);

export function parseStage(name: string): StageName {
  const stage = AVAILABLE_STAGES.find((s) => s === name);
  if (stage) return stage;
  throw new UsageError(`unknown stage '${name}': available stages are ${AVAILABLE_STAGES.join(', ')}`);
}

export interface AnalyzeOptions {
  /** Stop after this stage (inclusive). Default: run every available stage. */
  readonly until?: StageName;
  /**
   * Called after each stage with its duration, for the bench. The clock is passed in so that `analyze` itself
   * never reads one; the record does not depend on it.
   */
  readonly timing?: { readonly now: () => number; readonly record: (stage: StageName, ms: number) => void };
}

export function analyze(article: Article, knowledge: Knowledge, options: AnalyzeOptions = {}): Analysis {
  const draft: Draft = {
    article,
    knowledgeVersion: knowledge.version,
    stages: [],
    normalizedText: '',
    sentences: [],
    tokens: [],
    mentions: [],
    times: [],
    places: [],
    quotes: [],
    events: [],
    commitments: [],
  };
  const context: StageContext = {
    knowledge,
    norm: { text: '', starts: new Int32Array(), ends: new Int32Array() },
    detected: [],
    detectedAt: new Int32Array(),
    turns: [],
  };
  const ran: StageName[] = [];
  const timing = options.timing;
  for (const name of AVAILABLE_STAGES) {
    const started = timing?.now() ?? 0;
    IMPLEMENTATIONS[name]!(draft, context);
    if (timing) timing.record(name, timing.now() - started);
    ran.push(name);
    if (name === options.until) break;
  }
  draft.stages = ran;
  return draft;
}
