import type { Article } from './article.js';
import type { StageName } from './codes.js';
import type { Commitment, Event, Mention, Place, Quote, Sentence, TimeExpression, Token } from './records.js';

/**
 * The record `analyze` produces. Stages fill it in order; a field a stage has not reached yet stays empty,
 * and `stages` says which ran. Every span refers to the article's original text.
 */
export interface Analysis {
  readonly article: Article;
  readonly knowledgeVersion: string;
  readonly stages: readonly StageName[];
  /** The normalised text the language stages worked on (offsets map back through `Token.span`). */
  readonly normalizedText: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly times: readonly TimeExpression[];
  readonly places: readonly Place[];
  readonly quotes: readonly Quote[];
  readonly events: readonly Event[];
  readonly commitments: readonly Commitment[];
}
