import type { Modality } from '../../core/codes.js';
import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import type { Argument } from './arguments.js';
import { stanceCode } from './derived-codes.js';

/** An event found in a sentence before it becomes an `Event` record. */
export interface Candidate {
  readonly kind: 'verb' | 'noun';
  readonly pattern: EventPattern;
  code: string;
  rule: string;
  sources: Argument[];
  targets: Argument[];
  /** Each source acts toward every other ("The US and Russia agreed", "talks between X and Y"). */
  reciprocal: boolean;
  /** Done by each source to itself ("Iraq attacked itself"): the reflexive object names the subject again. */
  reflexive?: boolean;
  /** Local token range of the words that made the match. */
  readonly trigger: readonly [number, number];
  /**
   * The token range of a matched object that stands before the verb, left there by a relative clause ("the
   * information war that Russia waged"): its words pick a subcode as an object after the verb does.
   */
  readonly objectBefore?: readonly [number, number];
  /** The clause that carries the event (its verb) or encloses it (a noun's governing verb), if any. */
  readonly clause?: number;
  negated: boolean;
  modality: Modality;
  /** Intended by its own source ("will meet", "ready to meet"): the 03x intent codes apply. */
  ownIntent: boolean;
  confidence: number;
  /** A nominal event carried by its verb ("held talks", "are planning another conversation"). */
  carried: boolean;
  /** Folded into a governing event ("agreed to meet" → one 036 event); not emitted. */
  absorbed: boolean;
}

/** What a construction states about the candidate it builds; the rest are the defaults of `constructed`. */
export type ConstructedFields = Pick<
  Candidate,
  'pattern' | 'code' | 'rule' | 'sources' | 'targets' | 'trigger' | 'confidence'
> &
  Partial<Candidate>;

/**
 * A candidate built by a construction rather than matched by a row on its own ("ruled out talks", "said X
 * must …", "is willing to …"): a verb event, asserted and actual, not carried or folded, unless it says so.
 */
export function constructed(fields: ConstructedFields): Candidate {
  return {
    kind: 'verb',
    reciprocal: false,
    negated: false,
    modality: 'actual',
    ownIntent: false,
    carried: false,
    absorbed: false,
    ...fields,
  };
}

/**
 * A demand a construction finds ("said X must …", "stressed the need for X to …"): coded by the act it asks
 * for (10x, with its row in the rule), or by the construction's own row when the act is no event or has no
 * demand code.
 */
export function constructedDemand(
  act: Candidate | undefined,
  codes: CameoKnowledge['codes'],
  fields: Omit<ConstructedFields, 'code' | 'rule'>,
): Candidate {
  const { pattern } = fields;
  const code = act ? stanceCode('demand', act.pattern.code, codes) : '';
  return constructed({
    ...fields,
    code: code || pattern.code,
    rule: act ? `${pattern.id}+${act.rule}` : pattern.id,
  });
}
