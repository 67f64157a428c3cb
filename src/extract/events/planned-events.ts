// Events a noun names as arranged to come: "the summit scheduled for May", "a congress to be held", "talks
// are being prepared".

import type { Parsed } from './arguments.js';
import { isParticipleForm, isPastOrPerfect, type Predicate } from './predicates.js';

/**
 * Verbs whose passive subject is an event still to come: "the signing is being prepared", "talks are
 * scheduled for Monday", "a visit is expected", "the summit is planned".
 */
const SUBJECT_INTENDED_PASSIVES = new Set([
  'plan',
  'prepare',
  'schedule',
  'expect',
  'await',
  'arrange',
  'envisage',
  'foresee',
  'organise',
  'organize',
  'slate',
  'propose',
]);

/** Whether a participle of planning, or "to be held", follows the noun: "the summit scheduled for May". */
export function isArrangedAfter(view: Parsed['view'], k: number): boolean {
  const w = view.norm[k];
  if (w === 'to') return view.norm[k + 1] === 'be' && view.lemma[k + 2] === 'hold';
  return w?.endsWith('ed') === true && SUBJECT_INTENDED_PASSIVES.has(view.lemma[k]!);
}

/** Whether a predicate is a present or future passive of planning: "is being prepared", "will be held as planned". */
export function isPlannedPassive(view: Parsed['view'], p: Predicate): boolean {
  if (!SUBJECT_INTENDED_PASSIVES.has(p.lemma) || !isParticipleForm(view, p.head)) return false;
  let be = false;
  let perfect = false;
  let past = false;
  for (let k = p.start; k < p.head; k++) {
    const w = view.norm[k]!;
    if (view.lemma[k] === 'have') perfect = true;
    else if (w === 'was' || w === 'were') past = true;
    else if (view.lemma[k] === 'be') be = true;
  }
  // "talks have been scheduled": still arranged now ("the attack has been planned" may have followed)
  if (perfect && !past) return be && SCHEDULED_PERFECTS.has(p.lemma);
  return be && !isPastOrPerfect(view, p);
}

/** Verbs whose present perfect passive still leaves the event to come: "have been scheduled". */
const SCHEDULED_PERFECTS = new Set(['schedule', 'slate', 'arrange']);
