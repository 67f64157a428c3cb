import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';

/** How a predicate hangs from the one that governs it. */
export type Relation =
  /** "agreed to meet", "is ready to meet": the governor's subject acts. */
  | 'xcomp'
  /** "urged Washington to press Kyiv": the governor's object acts. */
  | 'object-control'
  /** "… to stop the slide": a purpose, the governor's subject acts. */
  | 'purpose'
  /** "said (that) Moscow urged …", "denies it is planning …". */
  | 'complement'
  /** The words before a quote-final "…," Blinken said. */
  | 'quoted'
  /** "fears that Moscow could …": a clause after a noun of claim or fear. */
  | 'noun-complement'
  /** "accused X of staging …", "warned Russia against repeating …": the object acts, as a claim. */
  | 'claimed-gerund'
  /** "met … and agreed …": shares the subject and the governor of its left conjunct. */
  | 'coordinated'
  /** "While speaking …", "…, adding that …", "after reaching …": a clause modifying another. */
  | 'adverbial';

export interface Clause {
  readonly predicate: Predicate;
  governor?: number;
  relation?: Relation;
  /** The word that decides the relation's effect when it is not the governor's verb: "ready", "plans", "fears". */
  governorWord?: string;
  /** The token of a governing noun ("its demands that …"). */
  governorAt?: number;
  /** An intention noun that is negated ("no plans to …") or denied by its verb ("denied any plan to …"). */
  intentDenied?: 'negated' | 'denied';
  /** A noun or adjective rules the clause out: "there is no chance that …", "it is impossible that …". */
  ruledOut?: boolean;
  /** The subject phrases (coordinated), or the controller; empty when none was found. */
  subject: Phrase[];
  /** Where the subject came from, for confidence. */
  subjectFrom: 'phrase' | 'controller' | 'shared' | 'inverted' | 'relative' | 'none';
  /** The subordinator that opens the clause ("until", "because", "unless", "that"), if any. */
  opener?: string;
  /** A time clause in the simple present ("until a government takes over"): its act is still to come. */
  future?: boolean;
  /** Opened by "if", "unless", "whether", or by an auxiliary before its subject ("should it attack", "did they …?"). */
  conditional: boolean;
  /**
   * The auxiliary that stands before the clause's subject, the verb following that subject, where it opens no
   * condition nor yes/no question: "under no circumstances will we …", "what must they destroy?". Its modal is
   * the verb's.
   */
  invertedAuxiliary?: Predicate;
  /** A negative fronted before that auxiliary: "never will we …", "nor did it …", "at no time did they …". */
  frontedNegative?: boolean;
  /** Opened by "without", "instead of", "rather than" or "the lack of" (a gerund that did not happen). */
  without: boolean;
  /** First local token of the clause. */
  start: number;
}

/**
 * What every clause-linking step reads: the sentence, its phrases and predicates, and the clauses being
 * linked (one per predicate, in the same order). Built once per sentence and handed to each step.
 */
export interface ClauseContext {
  readonly view: SentenceView;
  readonly phrases: readonly Phrase[];
  readonly predicates: readonly Predicate[];
  readonly clauses: Clause[];
}
