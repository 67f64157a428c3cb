import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import { type Parsed, subjectActors } from './arguments.js';
import type { Candidate } from './candidate.js';
import { stanceCode } from './derived-codes.js';
import { CLAIM_VERBS, DEMAND_NOUNS, OBLIGATION_VERBS, REPORTING_VERBS } from './words.js';

/**
 * Events made by a construction rather than by one word of the lexicon. Each has its own rule id, which
 * the events it produces carry in place of a pattern id:
 * - `c.obligation`: "X said (that) Y must/should/needs to …", "X issued a reminder that Y must …" — a demand
 *   (10x) from X to Y.
 */
function construction(id: string, code: string, note: string): EventPattern {
  return {
    id,
    code,
    kind: 'verb',
    lemma: id,
    words: [id],
    head: 0,
    particle: [],
    prep: '',
    object: [],
    note,
    fallback: false,
    needsActorObject: false,
    needsArmedSource: false,
    particleIsTopic: false,
  };
}

export const OBLIGATION = construction('c.obligation', '100', 'a reported must, should or need to');

/**
 * "The Bush administration declared that China must drop barriers": the speaker demands the act of the
 * complement's subject. The act's own code picks the demand code (106 for talks, 1056 for a withdrawal …).
 */
export function obligationDemands(
  parsed: Parsed,
  cameo: CameoKnowledge,
  byClause: ReadonlyMap<number, Candidate>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const clause of parsed.clauses) {
    if (clause.governor === undefined) continue;
    const speaker = parsed.clauses[clause.governor]!;
    const lemma = speaker.predicate.lemma;
    if (clause.relation === 'noun-complement') {
      // "issued a reminder to Iraq that it must cooperate": the noun says how it was demanded
      if (!DEMAND_NOUNS.has(clause.governorWord ?? '')) continue;
    } else if (clause.relation !== 'complement') continue;
    else if (!REPORTING_VERBS.has(lemma) && !CLAIM_VERBS.has(lemma) && lemma !== 'conclude') continue;
    if (byClause.has(speaker.predicate.index) && !byClause.get(speaker.predicate.index)!.pattern.fallback)
      continue;
    const p = clause.predicate;
    const obliged = p.modalKind === 'obligation' || OBLIGATION_VERBS.has(p.lemma);
    if (!obliged || p.negated) continue;
    const sources = subjectActors(parsed, speaker.predicate.index);
    // "Lavrov said Russia must …" is no demand on itself; "rebels announced the government must …" is
    const targets = subjectActors(parsed, p.index).filter(
      (t) =>
        !sources.some(
          (s) => s.span.actor.id === t.span.actor.id || sameSide(s.span.actor.code, t.span.actor.code),
        ),
    );
    if (sources.length === 0 || targets.length === 0) continue;
    // the act demanded: this clause's own event, or the one of its "to" infinitive ("needs to enact")
    const act =
      byClause.get(p.index) ??
      parsed.clauses
        .filter((c) => c.governor === p.index && c.relation === 'xcomp')
        .map((c) => byClause.get(c.predicate.index))
        .find((c) => c !== undefined);
    const code = act ? stanceCode('demand', act.pattern.code, cameo.codes) : OBLIGATION.code;
    out.push({
      kind: 'verb',
      pattern: OBLIGATION,
      code: code || OBLIGATION.code,
      rule: act ? `${OBLIGATION.id}+${act.rule}` : OBLIGATION.id,
      sources,
      targets,
      reciprocal: false,
      trigger: [speaker.predicate.head, p.end],
      clause: speaker.predicate.index,
      negated: false,
      modality: 'actual',
      ownIntent: false,
      confidence: 0.75,
      carried: false,
      absorbed: false,
    });
  }
  return out;
}

/** Two actor codes of one country and no distinct sectors on both sides (RUS and RUSGOV; not RWAREB and RWAGOV). */
function sameSide(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3 || a.slice(0, 3) !== b.slice(0, 3)) return false;
  const sa = a.slice(3, 6);
  const sb = b.slice(3, 6);
  return sa === '' || sb === '' || sa === sb;
}
