import type { Analysis } from '../core/analysis.js';
import type { Article } from '../core/article.js';
import type { QuadClass } from '../core/codes.js';
import type { Commitment, Event, Mention, Place, Quote } from '../core/records.js';
import type { AnalysisRows } from './rows.js';

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
  /** Article ids in ascending order after `after` (exclusive): a store read in resumable batches. */
  articleIds(after: string | undefined, limit: number): Promise<string[]>;
  /** An article and every record of it as stored rows, for copying between stores (`sitrep migrate`). */
  exportArticle(id: string): Promise<ArticleRows | undefined>;
  /** Writes what `exportArticle` (of any dialect) returned, in one transaction; an article already here stays. */
  importArticle(rows: ArticleRows): Promise<SaveStatus>;
  /** What `sitrep watch` remembers of a feed: its last fetch's validators and error. */
  feedState(url: string): Promise<FeedState | undefined>;
  saveFeedState(state: FeedState): Promise<void>;
  /** The links among `links` already read from this feed. */
  seenItems(feedUrl: string, links: readonly string[]): Promise<Set<string>>;
  markItemSeen(item: SeenItem): Promise<void>;
  close(): Promise<void>;
}

export interface FeedState {
  readonly url: string;
  /** The validators of the last complete read, sent back as If-None-Match and If-Modified-Since. */
  readonly etag?: string;
  readonly lastModified?: string;
  /** ISO timestamp of the last poll. */
  readonly checkedAt: string;
  /** Why the last poll failed; absent when it succeeded. */
  readonly error?: string;
}

export interface SeenItem {
  readonly feedUrl: string;
  readonly link: string;
  /** The stored (or queued) article; absent when the page was rejected. */
  readonly articleId?: string;
  /** 'stored', 'unchanged', 'replaced', 'queued', or 'rejected: reason'. */
  readonly outcome: string;
  readonly seenAt: string;
}

/** An article with all its records, row by row, the same in every dialect. */
export type ArticleRows = AnalysisRows;

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
}

export interface ArticleSummary {
  readonly id: string;
  readonly published: string;
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
  readonly words: number;
  readonly knowledgeVersion?: string;
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
}

export interface QuoteQuery extends Page, DateFilter {
  readonly speaker?: string;
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

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;
