/** Row types of the stored tables, shared by every dialect (Kysely's view of the database). */
export interface ArticleRow {
  id: string;
  published: string;
  title: string | null;
  url: string | null;
  source: string | null;
  external_id: string | null;
  lang: string;
  text: string;
  words: number;
}

export interface AnalysisRow {
  article_id: string;
  knowledge_version: string;
  stages: string;
  /** JSON: the parts of the analysis that have no table of their own (sentence spans, time expressions). */
  record: string;
}

export interface MentionRow {
  article_id: string;
  idx: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  type: string;
  actor_id: string | null;
  actor_code: string | null;
  actor_name: string | null;
  rule: string;
  confidence: number;
}

export interface EventRow {
  id: string;
  article_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  date: string;
  source_id: string;
  source_code: string;
  source_name: string;
  target_id: string | null;
  target_code: string | null;
  target_name: string | null;
  code: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover: string;
  polarity: string;
  modality: string;
  place_name: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
  rule: string;
  confidence: number;
}

export interface QuoteRow {
  id: string;
  article_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  cue: string | null;
  speaker_id: string | null;
  speaker_code: string | null;
  speaker_name: string | null;
  date: string;
  rule: string;
  confidence: number;
  cue_start: number | null;
  cue_end: number | null;
  speaker_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  /** JSON: [[start, end], …] when the quoted text comes in several pieces. */
  parts: string | null;
}

export interface PlaceRow {
  article_id: string;
  idx: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  gazetteer_id: string;
  rule: string;
  confidence: number;
}

export interface CommitmentRow {
  id: string;
  article_id: string;
  event_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  source_id: string;
  source_code: string;
  source_name: string;
  target_id: string | null;
  target_code: string | null;
  target_name: string | null;
  code: string;
  due_from: string;
  due_to: string;
  due_precision: string;
  rule: string;
  confidence: number;
}

export interface Database {
  articles: ArticleRow;
  analyses: AnalysisRow;
  mentions: MentionRow;
  events: EventRow;
  quotes: QuoteRow;
  places: PlaceRow;
  commitments: CommitmentRow;
}
