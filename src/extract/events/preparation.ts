import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { isPreparingAct } from './predicates.js';
import { isArmed, VIOLENT_ROOTS } from './words.js';

/** Raising military alert: forces made ready for an act of force (152). */
const MILITARY_ALERT = '152';
/** Verbs between the preparation and the act that only say when it happens ("prepared to resume shelling"). */
const ASPECT_VERBS = new Set(['resume', 'begin', 'start', 'launch', 'renew', 'continue']);

/**
 * "The army prepared to resume shelling", "troops are preparing an offensive": armed forces getting ready
 * to use force is a show of force (152, a move short of using it), not an announced intention, which
 * CAMEO would code as a threat (13x). Only the verb "prepare" does this: "is prepared to" states a
 * readiness, and other intent words ("plans to", "will") announce an act.
 */
export function preparedForce(parsed: Parsed, out: readonly Candidate[]): void {
  for (const c of out) {
    if (c.absorbed || c.negated || c.modality !== 'intended' || c.clause === undefined) continue;
    if (!VIOLENT_ROOTS.has(c.code.slice(0, 2))) continue;
    if (!c.sources.some((s) => isArmed(s.span.actor.code))) continue;
    if (!preparedBy(parsed, c)) continue;
    c.code = MILITARY_ALERT;
    c.rule = `${c.rule}+preparation`;
    c.modality = 'actual';
    c.ownIntent = false;
  }
}

function preparedBy(parsed: Parsed, c: Candidate): boolean {
  const isPrepare = (k: number) => isPreparingAct(parsed.view, parsed.predicates[k]!);
  // a nominal act is the object of its governing verb: "preparing an offensive", "prepared to resume the
  // shelling"
  let clause = parsed.clauses[c.clause!]!;
  if (c.kind === 'noun') {
    if (c.trigger[0] < clause.predicate.end) return false;
    // "prepared for an attack" may brace for another's
    for (let k = clause.predicate.end; k < c.trigger[0]; k++) if (parsed.view.norm[k] === 'for') return false;
    if (isPrepare(clause.predicate.index)) return true;
    if (!ASPECT_VERBS.has(clause.predicate.lemma)) return false;
  }
  for (let depth = 0; depth < 3 && clause.relation === 'xcomp' && clause.governor !== undefined; depth++) {
    if (isPrepare(clause.governor)) return true;
    clause = parsed.clauses[clause.governor]!;
    if (!ASPECT_VERBS.has(clause.predicate.lemma)) return false;
  }
  return false;
}
