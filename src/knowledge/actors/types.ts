/** Compiled actor knowledge: what the mention and actor stages look up. */

export interface Tenure {
  readonly role: string;
  /** ISO3 country or organisation id. */
  readonly of: string;
  readonly from: string;
  readonly to: string | null;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly gender?: 'm' | 'f';
  readonly tenures: readonly Tenure[];
}

export interface Country {
  readonly iso3: string;
  readonly name: string;
  readonly capital?: string;
  readonly lat?: number;
  readonly lon?: number;
}

export interface Organisation {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly parent?: string;
}

/**
 * Per phrase token, what the text token's case must be: upper case ('upper'); capitalised or with a capital
 * inside ('cap': "Turkey", "tURKEY", never "turkey", an ordinary word); that or all lower case ('name': a
 * name no English word shares, "israel", "obama"); or anything ('any').
 */
export type CaseRule = 'any' | 'cap' | 'name' | 'upper';

/** What a dictionary phrase means. */
export type LexEntry =
  | { readonly kind: 'country'; readonly iso3: string }
  | { readonly kind: 'demonym'; readonly iso3: string }
  /** A city standing for a government; with `org`, for an organisation seated there ("Brussels", the EU). */
  | { readonly kind: 'metonym'; readonly iso3: string; readonly org?: string }
  | { readonly kind: 'org'; readonly id: string }
  | { readonly kind: 'person'; readonly id: string }
  | { readonly kind: 'surname'; readonly id: string }
  | { readonly kind: 'role'; readonly key: string; readonly of?: string }
  | { readonly kind: 'agent'; readonly sector: string }
  | { readonly kind: 'title'; readonly gender?: 'm' | 'f'; readonly sector?: string };

export interface LexValue {
  readonly entry: LexEntry;
  readonly cases: readonly CaseRule[];
  /** The dictionary phrase as written, for explanations. */
  readonly phrase: string;
}

export interface PronounInfo {
  readonly gender?: 'm' | 'f';
  readonly number: 'singular' | 'plural' | 'thing';
  readonly case: 'subject' | 'object' | 'possessive';
}
