// Code lists as `as const` arrays: one source gives both the type and the runtime check.

export const STAGES = ['text', 'nlp', 'mentions', 'actors', 'times', 'places', 'quotes', 'events'] as const;
export type StageName = (typeof STAGES)[number];

export const MENTION_TYPES = [
  'person',
  'org',
  'country',
  'place',
  'agent',
  'role',
  'pronoun',
  'group',
] as const;
export type MentionType = (typeof MENTION_TYPES)[number];

export const QUAD_CLASSES = [1, 2, 3, 4] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];
export const QUAD_CLASS_NAMES: Readonly<Record<QuadClass, string>> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const POLARITIES = ['asserted', 'negated'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const MODALITIES = ['actual', 'intended', 'hypothetical', 'denied', 'demanded'] as const;
export type Modality = (typeof MODALITIES)[number];

export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const TIME_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

export function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
