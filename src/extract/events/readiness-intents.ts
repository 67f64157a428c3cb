// Readiness for an act no row codes: "X is willing / ready / committed to <act>" — an intent to cooperate
// (030), or to talk (036), by its subject.

import { actedOnOrPurpose } from './acted-on.js';
import type { Parsed } from './arguments.js';
import { type Candidate, constructed } from './candidate.js';
import { READINESS } from './constructions.js';
import { isPreparingAct } from './predicates.js';
import { subjectActors } from './subject-actors.js';

/** Words of readiness for an act: their subject means to do it (not "scheduled", "expected", "due"). */
const READINESS_WORDS = new Set(['willing', 'ready', 'prepared', 'committed']);

/** Acts whose readiness says nothing of cooperation: a pro-verb ("do that"), or a reply to a move ("ready to
 * respond if Moscow chose confrontation" warns rather than offers). */
const UNCOOPERATIVE_ACTS = new Set([
  'do',
  'act',
  'respond',
  'react',
  'retaliate',
  'defend',
  // "were ready to blow it all up", "are willing to disregard their citizens' interests": hostile or
  // reckless acts, no cooperation intended
  'blow',
  'disregard',
  'ignore',
  'sacrifice',
  'die',
  'risk',
  'punish',
]);

/** Talking with no partner named: readiness to talk is an intent to negotiate (036) all the same. */
const TALK_ACTS = new Set(['talk', 'negotiate']);

/**
 * Acts that are done with or for others even when no party is named: readiness for them offers cooperation
 * ("we are ready to work together", "ready to discuss", "ready to implement the agreements"). Readiness for
 * any other act that names no one it is done to or with ("ready to develop this segment", "ready to adjust
 * our policy", "ready to submit it to the Government") is a plan of one's own, no intent to cooperate.
 */
const JOINT_WORK_ACTS = new Set([
  ...TALK_ACTS,
  'work',
  'cooperate',
  'collaborate',
  'discuss',
  'consider',
  'examine',
  'listen',
  'continue',
  'resume',
  'join',
  'participate',
  'contribute',
  'implement',
  'fulfil',
  'fulfill',
  'honour',
  'honor',
  'follow',
  'help',
  'assist',
  'support',
  'provide',
  'supply',
  'share',
  'expand',
  'step',
  'deepen',
  'strengthen',
  'restore',
  'compromise',
  'engage',
  'mediate',
  'host',
  'receive',
  'accept',
  'offer',
  'give',
  'grant',
  'guarantee',
]);

/** Nouns of ties or of a settlement: an act of one's own done toward them offers cooperation all the same. */
const COOPERATION_NOUNS = new Set([
  'cooperation',
  'collaboration',
  'partnership',
  'interaction',
  'tie',
  'relation',
  'dialogue',
  'talk',
  'negotiation',
  'peace',
  'settlement',
  'agreement',
  'compromise',
  'solution',
  'project',
  'trade',
  'war',
]);

/** How far after the act its object or aim is read for a noun of ties ("look for the key to the end of the war"). */
const COOPERATION_WINDOW = 10;

const WINDOW_ENDS = new Set([',', '.', ';', ':', '!', '?']);

/** Whether the act's own words name ties or a settlement: "willing to build up cooperation", "ready to look for peace". */
function aimsAtTies(parsed: Parsed, from: number): boolean {
  const { norm, lemma } = parsed.view;
  for (let k = from; k < norm.length && k < from + COOPERATION_WINDOW; k++) {
    if (WINDOW_ENDS.has(norm[k]!)) return false;
    if (COOPERATION_NOUNS.has(lemma[k]!)) return true;
  }
  return false;
}

/**
 * "Norway is willing to send material", "is committed to opening its markets": readiness for an act that no
 * row codes is still an intent (030) of the subject, aimed at whom the act is done to. An act with a row
 * takes its own 03x code when it is folded.
 */
export function readinessIntents(parsed: Parsed, byClause: ReadonlyMap<number, Candidate>): Candidate[] {
  const out: Candidate[] = [];
  for (const clause of parsed.clauses) {
    if (clause.governor === undefined || clause.relation !== 'xcomp') continue;
    const word = clause.governorWord ?? '';
    if (!READINESS_WORDS.has(word)) continue;
    if (byClause.has(clause.predicate.index) || byClause.has(clause.governor)) continue;
    // "ready to send engineers to help rebuild Haiti": a coded purpose says what the readiness is for
    const purpose = parsed.clauses.find(
      (c) => c.governor === clause.predicate.index && c.relation === 'purpose',
    );
    if (purpose && byClause.has(purpose.predicate.index)) continue;
    if (UNCOOPERATIVE_ACTS.has(clause.predicate.lemma)) continue;
    const holder = parsed.clauses[clause.governor]!.predicate;
    // "the army prepared to resume shelling" is a step toward the act, not a stated readiness for it
    if (word === 'prepared' && isPreparingAct(parsed.view, holder)) continue;
    const sources = subjectActors(parsed, holder.index);
    if (sources.length === 0) continue;
    const targets = actedOnOrPurpose(parsed, clause.predicate, sources);
    if (
      targets.length === 0 &&
      !JOINT_WORK_ACTS.has(clause.predicate.lemma) &&
      !aimsAtTies(parsed, clause.predicate.end)
    )
      continue;
    out.push(
      constructed({
        pattern: READINESS,
        code: TALK_ACTS.has(clause.predicate.lemma) ? '036' : READINESS.code,
        rule: `${READINESS.id}+${clause.predicate.lemma}`,
        sources,
        targets,
        trigger: [holder.start, clause.predicate.end],
        clause: holder.index,
        negated: holder.negated,
        modality: 'intended',
        ownIntent: true,
        confidence: 0.7,
      }),
    );
  }
  return out;
}
