// What the part-of-speech repairs (tag-repairs.ts and the verb-, noun- and hyphen-tag-repairs.ts groups)
// share: the arrays of one sentence they read and rewrite, and the word shapes and tag sets several use.

/** One sentence's normal forms, and its tags and lemmas that the repairs rewrite in place. */
export interface TaggedWords {
  readonly norm: readonly string[];
  readonly pos: string[];
  readonly lemma: string[];
  /** Whether the lexicon knows a lemma as a verb. */
  readonly isVerb: (l: string) => boolean;
}

export const PARTICIPLE = /(ed|en|wn|ing)$/;
export const IRREGULAR_PARTICIPLES = new Set([
  'held',
  'met',
  'sent',
  'built',
  'hit',
  'shot',
  'fought',
  'struck',
  'brought',
  'led',
  'told',
  'said',
  'made',
  'put',
  'set',
  'cut',
  'kept',
  'left',
  'lost',
  'won',
  'sought',
  'taken',
  'seen',
  'done',
]);

/** Tags that open a noun phrase: an object, or what a prepositional "including" introduces. */
export const PHRASE_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON']);
export const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);
