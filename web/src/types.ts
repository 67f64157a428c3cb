// The shapes the dashboard reads from the API (see /api/openapi.json). Kept here, apart from the server's
// types, because this is the contract the page relies on.

export type QuadClass = 1 | 2 | 3 | 4;

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Evidence {
  readonly sentence: number;
  readonly span: Span;
  readonly rule: string;
  readonly confidence: number;
}

export interface ActorRef {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

export interface Place extends Evidence {
  readonly text: string;
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly gazetteerId: string;
}

export interface Mention extends Evidence {
  readonly text: string;
  readonly type: string;
  readonly actor?: ActorRef;
}

export interface Event extends Evidence {
  readonly id: string;
  readonly articleId: string;
  readonly date: string;
  readonly source: ActorRef;
  readonly target?: ActorRef;
  readonly code: string;
  readonly root: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
  readonly plover: string;
  readonly polarity: string;
  readonly modality: string;
  readonly place?: Place;
  readonly text: string;
}

export interface Quote extends Evidence {
  readonly id: string;
  readonly articleId: string;
  readonly text: string;
  readonly kind: string;
  readonly cue?: string;
  readonly speaker?: ActorRef;
  readonly date: string;
}

export interface Commitment extends Evidence {
  readonly id: string;
  readonly eventId: string;
  readonly articleId?: string;
  readonly source: ActorRef;
  readonly target?: ActorRef;
  readonly code: string;
  readonly due: { readonly from: string; readonly to: string; readonly precision: string };
  readonly text: string;
}

export interface Article {
  readonly id: string;
  readonly published: string;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
}

export interface StoredArticle {
  readonly article: Article;
  readonly knowledgeVersion?: string;
  readonly stages: readonly string[];
  readonly sentences: readonly Span[];
  readonly mentions: readonly Mention[];
  readonly events: readonly Event[];
  readonly quotes: readonly Quote[];
  readonly places: readonly Place[];
  readonly commitments: readonly Commitment[];
}

export interface ArticleSummary {
  readonly id: string;
  readonly published: string;
  readonly title?: string;
  readonly source?: string;
  readonly words: number;
  readonly lead?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly limit: number;
  readonly offset: number;
  readonly next: number | null;
}

export type QuadCounts = Readonly<Record<QuadClass, number>>;

export interface SeriesPoint {
  readonly period: string;
  readonly events: number;
  readonly quadClass: QuadCounts;
  readonly goldsteinSum: number;
  readonly goldsteinMean: number;
  readonly articles: number;
}

export interface Dyad {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly quadClass: QuadCounts;
  readonly goldsteinMean: number;
  readonly first: string;
  readonly last: string;
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

export interface Partner extends ActorRef {
  readonly events: number;
  readonly outgoing: number;
  readonly incoming: number;
  readonly goldsteinMean: number;
}

export interface ActorDetail {
  readonly actor: ActorSummary;
  readonly partners: readonly Partner[];
  readonly asSource: readonly Event[];
  readonly asTarget: readonly Event[];
  readonly quotes: readonly Quote[];
}

export interface EventPlace {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly events: number;
  readonly quadClass: QuadCounts;
  readonly goldsteinMean: number;
  readonly first: string;
  readonly last: string;
}

export interface Counts {
  readonly articles: number;
  readonly mentions: number;
  readonly events: number;
  readonly quotes: number;
  readonly places: number;
  readonly commitments: number;
}

export interface SearchHit {
  readonly id: string;
  readonly published: string;
  readonly title?: string;
  readonly snippet: string;
}
