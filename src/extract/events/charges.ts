import type { Parsed } from './arguments.js';
import { type Candidate, constructed } from './candidate.js';
import { construction } from './constructions.js';

/**
 * `c.arrest-charge`: "police arrested X on charges of spying", "jailed X on allegations of treason",
 * "X was detained for smuggling arms". An arrest or jailing made on a named charge is also a judicial
 * accusation of crime (1121) by the same actor against the same people; the arrest itself stays 173.
 */
export const ARREST_CHARGE = construction('c.arrest-charge', '1121', 'an arrest made on a named charge');

/** Verbs of arrest and imprisonment whose stated reason is a charge. */
const ARREST_VERBS = new Set(['arrest', 'detain', 'jail', 'imprison']);
/** Verbs of holding before trial, whose "for <gerund>" names what the person is suspected of ("arrested for
 * spying"); after "jailed" or "imprisoned" it is what a court convicted them of, a sentence, not a charge. */
const PRE_TRIAL_VERBS = new Set(['arrest', 'detain']);
/** Nouns that name the charge itself after "on": "on charges", "on treason charges", "on suspicion of". */
const CHARGE_NOUNS = new Set(['charge', 'allegation', 'accusation', 'suspicion', 'count']);
/** Gerunds after "for" that give a procedure, not a crime ("detained for questioning"). */
const PROCEDURE_GERUNDS = new Set(['questioning', 'interrogation', 'screening', 'processing', 'checking']);
/** How far after the act (its object included) the reason may start. */
const REACH = 8;
/** How many words may come between "on" and the charge noun ("on fresh treason charges"). */
const CHARGE_GAP = 4;

/** The accusations made by arrests in the sentence that state their charge. */
export function arrestCharges(parsed: Parsed, out: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const c of out) {
    if (c.kind !== 'verb' || c.absorbed || c.negated || c.modality !== 'actual') continue;
    if (!c.code.startsWith('173') || c.clause === undefined || c.sources.length === 0) continue;
    const predicate = parsed.predicates[c.clause];
    if (!predicate || !ARREST_VERBS.has(predicate.lemma)) continue;
    const from = Math.max(c.trigger[1], ...c.targets.map((t) => t.span.end));
    if (!statesCharge(parsed, from, PRE_TRIAL_VERBS.has(predicate.lemma))) continue;
    found.push(
      constructed({
        pattern: ARREST_CHARGE,
        code: ARREST_CHARGE.code,
        rule: `${c.rule}+${ARREST_CHARGE.id}`,
        sources: c.sources,
        targets: c.targets,
        trigger: c.trigger,
        clause: c.clause,
        confidence: c.confidence * 0.9,
      }),
    );
  }
  return found;
}

/** Whether "on … charges", or for a suspect "for <gerund>", follows within reach, before the clause ends. */
function statesCharge(parsed: Parsed, from: number, suspected: boolean): boolean {
  const { norm, lemma, pos } = parsed.view;
  let end = Math.min(norm.length, from + REACH);
  for (let k = from; k < end; k++) {
    // "members of the Movement for … (MASSOB) on allegations": an acronym in brackets is part of the name
    if (norm[k] === '(' && norm[k + 2] === ')') {
      k += 2;
      end = Math.min(norm.length, end + 3);
      continue;
    }
    if (pos[k] === 'PUNCT' || pos[k] === 'CCONJ') return false;
    if (norm[k] === 'on') {
      for (let j = k + 1; j <= k + CHARGE_GAP + 1 && j < norm.length; j++) {
        if (CHARGE_NOUNS.has(lemma[j]!)) return true;
        if (pos[j] === 'PUNCT' || pos[j] === 'ADP' || pos[j] === 'VERB') break;
      }
    }
    if (suspected && norm[k] === 'for') {
      const next = norm[k + 1] ?? '';
      if (next.endsWith('ing') && pos[k + 1] === 'VERB' && !PROCEDURE_GERUNDS.has(next)) return true;
    }
  }
  return false;
}
