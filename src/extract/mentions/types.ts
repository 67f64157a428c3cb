import type { MentionType } from '../../core/codes.js';

/** What a detected mention says about who it is, before the actor stage resolves it in context. */
export type Cue =
  | {
      readonly kind: 'person';
      readonly id: string;
      /** The sector a title before the name gives ("General David Petraeus" → MIL). */
      readonly titleSector?: string;
    }
  | { readonly kind: 'surname'; readonly ids: readonly string[] }
  | { readonly kind: 'country'; readonly iso3: string }
  | { readonly kind: 'metonym'; readonly iso3: string; readonly org?: string }
  | { readonly kind: 'place'; readonly iso3: string }
  | { readonly kind: 'org'; readonly id: string }
  | {
      readonly kind: 'agent';
      readonly sector: string;
      readonly iso3?: string;
      readonly orgId?: string;
      readonly affiliation?: string;
      /** Token index of a possessive pronoun before it: "their forces", "its army", "our troops". */
      readonly possessor?: number;
    }
  | {
      readonly kind: 'role';
      readonly key: string;
      readonly of?: string;
      /** Index (in the detected list) of the person this role is the title of: "Foreign Minister Sergey Lavrov". */
      readonly named?: number;
      /** Token index of a possessive pronoun before it: "his counterpart". */
      readonly possessor?: number;
      readonly counterpart?: boolean;
    }
  | {
      readonly kind: 'description';
      readonly of?: string;
      readonly head: string;
      /** The head's sector when it is also an agent word ("official" → GOV), for "a U.S. official" alone. */
      readonly sector?: string;
    }
  | { readonly kind: 'pronoun'; readonly word: string }
  /** "the country", "this country": a state its context gives. */
  | { readonly kind: 'country-anaphor' }
  | {
      /** The speaker's own words: "we", "us", "our", "I", "my"; with `country`, "our state", "our country". */
      readonly kind: 'first-person';
      readonly word: string;
      readonly country?: boolean;
    }
  | { readonly kind: 'unknown-org'; readonly name: string; readonly iso3?: string; readonly sector?: string }
  | {
      readonly kind: 'unknown-person';
      readonly name: string;
      readonly gender?: 'm' | 'f';
      readonly sector?: string;
      readonly of?: string;
    };

export interface Detected {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentence: number;
  readonly type: MentionType;
  readonly cue: Cue;
  readonly rule: string;
  /** Inside quotation marks: the words of a speaker, not the narrator's. */
  readonly inQuote: boolean;
  /** Part of a compound modifier ("a Biden-Putin summit"): not a participant of the clause. */
  readonly modifier: boolean;
}

/** A name the statistical tagger found: token range [start, end) and its type. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly type: 'PER' | 'ORG';
}
