// Labels. Output is IOB2 over the four CoNLL-2003 types; internally the tagger
// predicts BILOU (Begin, Inside, Last, Unit), which marks where a name ends as
// well as where it starts and tags better than IOB2 with greedy decoding
// (Ratinov & Roth 2009; +0.7 dev F1 here).
//
// Label ids are ordered so that what may follow a label is one contiguous
// range: after O, L or U (no name open) only O, B-x or U-x, ids [0, 9); after
// B-x or I-x only I-x or L-x, two adjacent ids. Scoring then reads just that
// range of each weight row.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const TYPES = ENTITY_TYPES.length;
/** Labels that may start after a closed name: O, then B-x, U-x per type. */
const OPENERS = 1 + 2 * TYPES;

export const LABELS: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `U-${t}`]),
  ...ENTITY_TYPES.flatMap((t) => [`I-${t}`, `L-${t}`]),
];
export const NUM_LABELS = LABELS.length;

/** The "label" before a sentence's first token. */
export const START = NUM_LABELS;

/** Type index (0…3) of a non-O label. */
function typeOf(label: number): number {
  return label < OPENERS ? (label - 1) >> 1 : (label - OPENERS) >> 1;
}

/** Entity-type slot of a label: 0 for O, 1 + k for type k. */
export function typeSlot(label: number): number {
  return label === 0 ? 0 : typeOf(label) + 1;
}

const B = (k: number): number => 1 + 2 * k;
const U = (k: number): number => 2 + 2 * k;
const I = (k: number): number => OPENERS + 2 * k;
const L = (k: number): number => OPENERS + 1 + 2 * k;

/** nextFrom[prev] … nextTo[prev]: the labels allowed after prev (or START). */
export const nextFrom = new Uint8Array(NUM_LABELS + 1);
export const nextTo = new Uint8Array(NUM_LABELS + 1);
for (let prev = 0; prev <= NUM_LABELS; prev++) {
  const open = prev !== 0 && prev !== START && (prev === B(typeOf(prev)) || prev === I(typeOf(prev)));
  nextFrom[prev] = open ? I(typeOf(prev)) : 0;
  nextTo[prev] = open ? L(typeOf(prev)) + 1 : OPENERS;
}

/** IOB2 tag of each label (U → B, L → I). */
export const IOB2_OF: readonly string[] = LABELS.map((label) => {
  if (label === 'O') return 'O';
  const type = label.slice(2);
  return label[0] === 'B' || label[0] === 'U' ? `B-${type}` : `I-${type}`;
});

const typeIndex = new Map<string, number>(ENTITY_TYPES.map((t, k) => [t, k]));

/**
 * IOB2 tags → BILOU label ids, for training. Unknown types read as O, and a
 * stray I- opens a name, as conlleval reads it.
 */
export function bilouFromIob2(tags: readonly string[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  const typeAt = (i: number): number => {
    const t = tags[i];
    if (t === undefined || t.length < 3 || t[1] !== '-') return -1;
    return typeIndex.get(t.slice(2)) ?? -1;
  };
  for (let i = 0; i < tags.length; i++) {
    const k = typeAt(i);
    if (k < 0) continue;
    const begins = tags[i]![0] === 'B' || typeAt(i - 1) !== k;
    const continues = typeAt(i + 1) === k && tags[i + 1]![0] === 'I';
    out[i] = begins ? (continues ? B(k) : U(k)) : continues ? I(k) : L(k);
  }
  return out;
}
