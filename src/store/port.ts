import type { Analysis } from '../core/analysis.js';
import type { Article } from '../core/article.js';
import type { QuadClass, QuoteKind } from '../core/codes.js';
import type { Commitment, Event, Mention, Place, Quote } from '../core/records.js';

/**
 * The one narrow port every part of sitrep talks to. Implementations live one folder per dialect
 * (`sqlite/`, `postgres/`); the contract suite in `test/store/` runs against each.
 */
export interface Store {
  /** Where the store is, for messages (`sqlite:./sitrep.db`). */
  readonly location: string;
  hasArticle(id: string): Promise<boolean>;
  /**
   * Writes an article and every record of its analysis in one transaction. An article already stored is left
   * alone ('unchanged') unless `force`, which replaces its records ('replaced').
   */
  saveAnalysis(analysis: Analysis, options?: SaveOptions): Promise<SaveStatus>;
  /** One article with its records; `id` may be a unique prefix of at least 6 characters. */
  article(id: string): Promise<StoredArticle | undefined>;
  articles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  search(text: string, options?: Page): Promise<SearchHit[]>;
  events(query?: EventQuery): Promise<StoredEvent[]>;
  quotes(query?: QuoteQuery): Promise<StoredQuote[]>;
  counts(): Promise<Counts>;
  /**
   * Events per time bucket (day, ISO week from Monday, month), counted per QuadClass with the Goldstein sum
   * and mean and the number of articles, aggregated in the database. Buckets without events are left out.
   */
  series(query: SeriesQuery): Promise<SeriesPoint[]>;
  /** Pairs of actors with events between them, most active first. */
  dyads(query?: DyadQuery): Promise<DyadSummary[]>;
  /** Actors seen in events (either side), quotes (speakers) and mentions, with how often. */
  actors(query?: ActorQuery): Promise<ActorSummary[]>;
  /** The actors an actor (by id) acts on or is acted on by, most frequent first. */
  partners(actorId: string, query?: PartnerQuery): Promise<Partner[]>;
  /** Places where events happened, with how many and of what kind. */
  eventPlaces(query?: EventQuery): Promise<EventPlace[]>;
  commitments(query?: CommitmentQuery): Promise<StoredCommitment[]>;
  close(): Promise<void>;
}

export type SaveStatus = 'stored' | 'unchanged' | 'replaced';

export interface SaveOptions {
  readonly force?: boolean;
}

export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

export interface DateFilter {
  readonly since?: string;
  readonly until?: string;
}

export interface ArticleQuery extends Page, DateFilter {
  readonly source?: string;
  /** Only these articles (full ids). */
  readonly ids?: readonly string[];
}

export interface ArticleSummary {
  readonly id: string;
  readonly published: string;
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
  readonly words: number;
  readonly knowledgeVersion?: string;
  /** The first words of the text, for articles listed without a title. */
  readonly lead?: string;
}

export interface StoredArticle {
  readonly article: Article;
  readonly knowledgeVersion?: string;
  readonly stages: readonly string[];
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  readonly mentions: readonly Mention[];
  readonly events: readonly Event[];
  readonly quotes: readonly Quote[];
  readonly places: readonly Place[];
  readonly commitments: readonly Commitment[];
}

export interface SearchHit {
  readonly id: string;
  readonly published: string;
  readonly title?: string;
  /** A short excerpt around the match, with the matched words between « and ». */
  readonly snippet: string;
}

export interface EventQuery extends Page, DateFilter {
  /** An actor id or code: matches either side. */
  readonly actor?: string;
  /** Two actor codes (or code prefixes such as `RUS`), in either direction. */
  readonly dyad?: readonly [string, string];
  readonly code?: string;
  readonly root?: string;
  readonly quadClass?: QuadClass;
  readonly articleId?: string;
  /** Negated, denied and hypothetical events are left out unless asked for. */
  readonly includeNegated?: boolean;
  /** Exactly this actor id on the source side. */
  readonly source?: string;
  /** Exactly this actor id on the target side. */
  readonly target?: string;
  /** Latest first (default: oldest first). */
  readonly newestFirst?: boolean;
}

export interface QuoteQuery extends Page, DateFilter {
  /** An actor id, a code prefix, or words of the speaker's name (or of the words naming an unresolved one). */
  readonly speaker?: string;
  /** An actor mentioned inside the quote (id, code prefix or words of the name), the speaker's words aside. */
  readonly about?: string;
  readonly kind?: QuoteKind;
  readonly articleId?: string;
  readonly text?: string;
}

export type StoredEvent = Event & { readonly articleId: string };
export type StoredQuote = Quote & { readonly articleId: string };

export interface Counts {
  readonly articles: number;
  readonly mentions: number;
  readonly events: number;
  readonly quotes: number;
  readonly places: number;
  readonly commitments: number;
}

export const INTERVALS = ['day', 'week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];

/** The event filters of `EventQuery` (no paging, no order) and the width of a bucket. */
export type SeriesQuery = Omit<EventQuery, keyof Page | 'newestFirst'> & { readonly interval: Interval };

export interface SeriesPoint {
  /** The first day of the bucket, YYYY-MM-DD (a Monday for weeks, the 1st for months). */
  readonly period: string;
  readonly events: number;
  /** Events per QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: Readonly<Record<QuadClass, number>>;
  readonly goldsteinSum: number;
  readonly goldsteinMean: number;
  readonly articles: number;
}

export const DYAD_LEVELS = ['code', 'country'] as const;
export type DyadLevel = (typeof DYAD_LEVELS)[number];

export interface DyadQuery extends Page, DateFilter {
  /** Only pairs with this actor (id or code prefix) on either side. */
  readonly actor?: string;
  /** `code`: full actor codes (USAGOV → RUSMIL); `country`: their first three letters (USA → RUS). */
  readonly level?: DyadLevel;
  /** Count A→B and B→A as one pair (named in alphabetical order). */
  readonly undirected?: boolean;
  readonly includeNegated?: boolean;
}

export interface DyadSummary {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly quadClass: Readonly<Record<QuadClass, number>>;
  readonly goldsteinMean: number;
  readonly first: string;
  readonly last: string;
}

export interface ActorQuery extends Page {
  /** Case-insensitive substring of the id, code or name. */
  readonly text?: string;
  /** Exactly this actor id. */
  readonly id?: string;
  /** Only actors with at least one of these, most first. */
  readonly has?: 'events' | 'quotes' | 'mentions';
}

export interface ActorSummary {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly asSource: number;
  readonly asTarget: number;
  readonly quotes: number;
  readonly mentions: number;
}

export interface PartnerQuery extends Page, DateFilter {
  readonly includeNegated?: boolean;
}

export interface Partner {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly events: number;
  /** Events this actor did to the partner. */
  readonly outgoing: number;
  /** Events the partner did to this actor. */
  readonly incoming: number;
  readonly goldsteinMean: number;
}

export interface EventPlace {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly events: number;
  readonly quadClass: Readonly<Record<QuadClass, number>>;
  readonly goldsteinMean: number;
  readonly first: string;
  readonly last: string;
}

export interface CommitmentQuery extends Page {
  /** An actor id or code prefix on either side. */
  readonly actor?: string;
  readonly articleId?: string;
  /** Commitments whose due window ends on or after this day. */
  readonly dueFrom?: string;
  /** Commitments whose due window starts on or before this day. */
  readonly dueUntil?: string;
}

export type StoredCommitment = Commitment & { readonly articleId: string };

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;
