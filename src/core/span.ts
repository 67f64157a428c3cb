/** A half-open character range [start, end) in UTF-16 code units of the article's original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What every extracted record carries: where it was found and which rule or dictionary entry made it. */
export interface Evidence {
  readonly sentence: number;
  readonly span: Span;
  readonly rule: string;
  readonly confidence: number;
}
