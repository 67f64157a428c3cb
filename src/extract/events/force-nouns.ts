// Force that a noun names as under way, or as no event: force fled from ("hide from Russian shelling"),
// force talked about or ended that is already there ("discussed the war", "end this invasion"), and
// phrases that name no particular event ("a war", "protests").

import type { Parsed } from './arguments.js';
import type { NounMatch } from './noun-match.js';
import { INDEFINITE_DETERMINERS } from './words.js';

/** Whether a phrase names no particular event: "protests", "a war", not "the war" or "its talks". */
export function isIndefinite(view: Parsed['view'], phraseStart: number): boolean {
  const first = view.norm[phraseStart]!;
  if (INDEFINITE_DETERMINERS.has(first) || first === 'new') return true;
  return (
    view.pos[phraseStart] !== 'DET' && view.pos[phraseStart] !== 'PRON' && view.pos[phraseStart] !== 'PROPN'
  );
}

/** Verbs whose object is a topic talked or thought about. */
const TOPIC_VERBS = new Set(['discuss', 'debate', 'study', 'explore']);

/** Roots of force used (assault, fighting, mass violence), which a definite phrase names as under way. */
const FORCE_ROOTS = new Set(['18', '19', '20']);

/** Verbs whose "from" phrase names an act held back, not a harm: "refrain from attacks". */
const HOLDING_BACK_VERBS = new Set(['refrain', 'abstain', 'desist']);

/** Whether a force noun stands in a "from" phrase of harm suffered or fled ("hide from Russian shelling"). */
export function forceSufferedFrom(view: Parsed['view'], code: string, phraseStart: number): boolean {
  if (view.norm[phraseStart - 1] !== 'from' || !FORCE_ROOTS.has(code.slice(0, 2))) return false;
  return !HOLDING_BACK_VERBS.has(view.lemma[phraseStart - 2] ?? '');
}

/**
 * Whether the object talked about is force already used: "discussed Russia's war against Ukraine", "debated
 * the invasion" take a war that is there as their topic ("discussed a possible war", "discussed a ceasefire"
 * and "discussed sanctions" do not report one).
 */
export function discussedForce(
  view: Parsed['view'],
  lemma: string,
  match: NounMatch,
  phraseStart: number,
): boolean {
  return (
    TOPIC_VERBS.has(lemma) &&
    FORCE_ROOTS.has(match.pattern.code.slice(0, 2)) &&
    !isIndefinite(view, phraseStart)
  );
}

/** Verbs that bring force under way to an end: "end this invasion", "stop the shelling". */
const ENDING_VERBS = new Set(['end', 'stop', 'halt', 'cease']);

/**
 * Whether the object ended is force already used: "efforts that could end this senseless invasion", "to stop
 * Russian aggression" name force under way ("stop an invasion" may mean to keep one from starting).
 */
export function endedForce(
  view: Parsed['view'],
  lemma: string,
  match: NounMatch,
  phraseStart: number,
): boolean {
  const first = view.norm[phraseStart]!;
  return (
    ENDING_VERBS.has(lemma) &&
    FORCE_ROOTS.has(match.pattern.code.slice(0, 2)) &&
    !INDEFINITE_DETERMINERS.has(first) &&
    first !== 'new'
  );
}
