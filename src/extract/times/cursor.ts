import type { Sentence, Token } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { TimeValue } from './calendar.js';
import { clauseTense, type Tense } from './tense.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression as TIMEX3 sees it: type, normalised value, and (for dates) the range it denotes. */
export interface Timex {
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly span: Span;
  readonly type: TimexType;
  readonly value: TimeValue;
  readonly rule: string;
  readonly confidence: number;
}

/** What a matcher found from a start token: where it ends and what it means. */
export interface Found {
  readonly end: number;
  readonly type: TimexType;
  readonly value: TimeValue;
  readonly rule: string;
  readonly confidence?: number;
  /** Several expressions inside one token ("2009-2010"): character sub-spans, relative to the token. */
  readonly parts?: readonly { readonly from: number; readonly to: number; readonly value: TimeValue }[];
}

/** Read access to one sentence's tokens for the matchers, with the article date and the clause's tense. */
export class Cursor {
  constructor(
    readonly tokens: readonly Token[],
    readonly sentence: Sentence,
    readonly dct: number,
  ) {}

  norm(k: number): string {
    return k < this.sentence.tokenEnd && k >= this.sentence.tokenStart ? this.tokens[k]!.norm : '';
  }

  token(k: number): Token | undefined {
    return k < this.sentence.tokenEnd && k >= this.sentence.tokenStart ? this.tokens[k] : undefined;
  }

  capitalised(k: number): boolean {
    const text = this.token(k)?.text;
    if (!text) return false;
    const c = text.charCodeAt(0);
    return c >= 65 && c <= 90;
  }

  tense(start: number, end: number): Tense {
    return clauseTense(this.tokens, this.sentence, start, end);
  }
}
