import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import { actorsOfGroup, type Parsed } from './arguments.js';
import { type Candidate, constructedDemand } from './candidate.js';
import type { Clause } from './clauses.js';
import { needForPartyStart } from './considered-acts.js';
import { construction } from './constructions.js';
import { phraseAt } from './phrases.js';
import { subjectActors } from './subject-actors.js';
import { REPORTING_VERBS } from './words.js';

// "Putin stressed the need for Kyiv to implement the agreements": a speaker who stresses that another party
// needs to act asks that party to act, as "said Kyiv must implement …" does (a demand, 10x).

export const STATED_NEED = construction('c.stated-need', '100', 'a need for another party to act, stated');

/** Verbs of saying beside the reporting ones that put a need forward ("highlighted the need for …"). */
const NEED_STATING_VERBS = new Set(['highlight', 'speak', 'voice', 'raise']);
/**
 * Demands stated as a need: for each infinitive after "a need for PARTY to", governed by a verb of saying
 * ("stressed", "emphasised", "underlined", "pointed to"), the speaker demands the act of that party; the act's
 * own code picks the demand code (1056 for a withdrawal, 106 for talks …), and 100 when it has none. A need
 * of the speaker's own side is no demand on another.
 */
export function statedNeedDemands(
  parsed: Parsed,
  cameo: CameoKnowledge,
  byClause: ReadonlyMap<number, Candidate>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const clause of parsed.clauses) {
    const p = clause.predicate;
    const party = p.form === 'infinitive' ? needForPartyStart(parsed.view, p.start) : undefined;
    const speaker = party === undefined ? undefined : speakerOf(parsed, clause);
    if (party === undefined || speaker === undefined || p.negated) continue;
    const sources = subjectActors(parsed, speaker.predicate.index);
    const named = actorsOfGroup(parsed, phraseAt(parsed.phrases, party));
    const targets = (named.length > 0 ? named : subjectActors(parsed, p.index)).filter(
      (t) => !sources.some((s) => s.span.actor.code.slice(0, 3) === t.span.actor.code.slice(0, 3)),
    );
    if (sources.length === 0 || targets.length === 0) continue;
    out.push(
      constructedDemand(byClause.get(p.index), cameo.codes, {
        pattern: STATED_NEED,
        sources,
        targets,
        trigger: [speaker.predicate.head, p.end],
        clause: speaker.predicate.index,
        negated: speaker.predicate.negated,
        confidence: 0.7,
      }),
    );
  }
  return out;
}

/** The clause of saying that governs an infinitive after "a need for PARTY to", whose subject states the need. */
function speakerOf(parsed: Parsed, clause: Clause): Clause | undefined {
  if (clause.governor === undefined) return undefined;
  const speaker = parsed.clauses[clause.governor]!;
  const lemma = speaker.predicate.lemma;
  return REPORTING_VERBS.has(lemma) || NEED_STATING_VERBS.has(lemma) ? speaker : undefined;
}
