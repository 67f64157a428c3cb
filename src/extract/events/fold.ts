import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import { actedOnOrPurpose, destination, foreignPlace } from './acted-on.js';
import { type Parsed, regionEnd } from './arguments.js';
import { type Candidate, constructed } from './candidate.js';
import type { Clause } from './clause-types.js';
import { stanceCode } from './derived-codes.js';
import type { Stance } from './stance.js';
import { subjectActors } from './subject-actors.js';
import {
  AGREEMENT_NOUNS,
  APPEAL_VERBS,
  DEMAND_NOUNS,
  DEMAND_VERBS,
  INTENT_NOUNS,
  isCountryCode,
  OPPOSING_WORDS,
  PERMITTING_VERBS,
  REFUSAL_VERBS,
} from './words.js';

// Folding: an act joins the verb that governs it (intent, appeal, demand, threat, refusal, order, pressure,
// sending), which takes the act's code and stance; the act itself is not asserted on its own.

/** The concession of relaxing limits on political freedom (0811) that permitting a protest is. */
const EASED_FREEDOMS = '0811';
/** Verbs whose object is ordered, not asked, to act ("ordered the army to …"). */
const ORDER_VERBS = new Set(['demand', 'order', 'require', 'instruct', 'direct', 'command']);
/** Verbs whose object pushed to act is under pressure: a demand (10x), not an appeal. */
const PRESSURE_VERBS = new Set(['pressure', 'pressurize', 'pressurise', 'press', 'push']);
/** Visits and trips (042), which a mediation they are made for turns into mediation (045, intended 039). */
const TRAVEL_CODES = new Set(['042']);
const MEDIATION = '045';
const MEDIATION_INTENT = '039';
/** Violent repression of dissent (175), and the roots of force that it can name the purpose of. */
const REPRESSION = '175';
/** Rallying opposition against the target (113): asking others to oppose it is doing so. */
const RALLY_OPPOSITION = '113';
/** Investigations (09x), under way once the verbs that send investigators have sent them. */
const INVESTIGATION = '09';
/** Aid (07x), given once the people sent to give it are sent. */
const AID = '07';
const SENDING_VERBS = new Set(['send', 'dispatch', 'despatch', 'deploy']);
const FORCE_ROOTS = new Set(['17', '18', '19']);
/** Roots whose events between coordinated subjects run both ways ("The US and Russia agreed …"). */
const MUTUAL_ROOTS = new Set(['03', '04', '06']);
/** Diplomatic cooperation (05) is mutual only when done together; praise or recognition is aimed at someone. */
const MUTUAL_CODES = new Set(['050', '057']);

/** Visits and hosting: travellers named together go to a host, not to one another. */
const VISIT_CODES = new Set(['042', '043']);

export function isVisitCode(code: string): boolean {
  return VISIT_CODES.has(code.slice(0, 3));
}

/**
 * Whether coordinated subjects of this code, matched by a row of `rowCode`, do it with one another ("met",
 * "signed an accord"); not a visit, even one only intended ("the leaders of Poland and Lithuania will arrive
 * in Kyiv": 036 from a 042 row).
 */
export function isMutualCode(code: string, rowCode = code): boolean {
  if (isVisitCode(rowCode)) return false;
  return MUTUAL_ROOTS.has(code.slice(0, 2)) || MUTUAL_CODES.has(code.slice(0, 3));
}
/**
 * Nouns naming an act two sides do together: talks, a phone call, a meeting "with" someone are held by both,
 * where a plain verb ("met with", "telephoned") is done by its subject.
 */
const JOINT_ACT_NOUNS = new Set([
  'talk',
  'negotiation',
  'consultation',
  'discussion',
  'conversation',
  'call',
  'dialogue',
  'meeting',
  'view',
  'opinion',
  'conference',
  'videoconference',
]);
/** Consultations (04x) that are joint, not a visit (042), hosting (043) or a third party's mediation (045). */
const JOINT_CONSULT = /^04[0146]/;

/**
 * Whether the event is a joint act held "with" its target ("held talks with Lavrov", "Russia's talks with
 * Ukraine"), which the target does too: the event runs both ways. An intention (03x) stays its source's own.
 */
export function isJointAct(pattern: EventPattern, code: string): boolean {
  if (pattern.prep !== 'with' || !JOINT_CONSULT.test(code)) return false;
  const words = pattern.kind === 'noun' ? pattern.words : pattern.object;
  const noun = words[words.length - 1];
  return noun !== undefined && JOINT_ACT_NOUNS.has(noun);
}

/**
 * Whether a preposition names what a joint act is about, not a party to it: "held talks on Ukraine", "an
 * exchange of views on the crisis" were held with someone else, about Ukraine and the crisis.
 */
export function isJointTopic(pattern: EventPattern, code: string, prep: string): boolean {
  return prep === 'on' && isJointAct(pattern, code);
}

/** Verbs of one's own plans: with no act a row knows and no other party, no intent to cooperate. */
const OWN_PLAN_VERBS = new Set(['plan', 'intend']);

/** Protests (14x), aimed at whom the act they are staged for names. */
export const PROTEST = '14';

/** Whether a row codes an intention: 03x codes, rows noted as intended, settlements reached on an act. */
export function isIntentRow(candidate: Candidate): boolean {
  if (candidate.pattern.note.includes('modality intended') || candidate.code.startsWith('03')) return true;
  // "reached a consensus to exchange information": a settlement reached on an act is an intent to do it
  const object = candidate.pattern.object;
  return object.length > 0 && AGREEMENT_NOUNS.has(object[object.length - 1]!);
}

/** An act that is the content of a plan, a decision or an offer the governing verb takes as its object. */
function isOthersPlan(clause: Clause): boolean {
  return clause.governorWord !== undefined && INTENT_NOUNS.has(clause.governorWord);
}

/**
 * Folds an act into the verb that governs it: an intent verb takes the act's 03x code ("agreed to meet" →
 * 036), an appeal or demand its 02x or 10x code with the controller as target ("urged Washington to press"),
 * a threat its 13x code ("threatened to invade" → 1384), a refusal its 12x code ("refused to meet" → 125).
 */
export function fold(
  parsed: Parsed,
  cameo: CameoKnowledge,
  byClause: Map<number, Candidate>,
  out: Candidate[],
  stances: readonly Stance[],
): void {
  for (const clause of parsed.clauses) {
    if (clause.governor === undefined) continue;
    const child = byClause.get(clause.predicate.index);
    const governor = byClause.get(clause.governor);
    const governorLemma = parsed.clauses[clause.governor]!.predicate.lemma;
    // "pressured the workers to cancel the strike": pressure to act is a demand (10x), whatever the act
    if (
      clause.relation === 'object-control' &&
      governor &&
      PRESSURE_VERBS.has(governorLemma) &&
      !governor.code.startsWith('02') &&
      !governor.code.startsWith('10')
    ) {
      governor.code = child ? stanceCode('demand', child.code, cameo.codes) : '100';
      governor.rule = `${governor.rule}+demand`;
    }
    if (!child) {
      // "agreed to provide aid for Romania", "threatened to deliver blows to the United States", "refused
      // to respond to a demand from Washington": an act no row knows still names whom the intent, the
      // threat or the refusal is aimed at; so does the purpose of a protest ("blocked a road to show their
      // anger at the United States")
      if (
        governor &&
        governor.targets.length === 0 &&
        ((clause.relation === 'xcomp' &&
          (isIntentRow(governor) || governor.code.startsWith('13') || governor.code.startsWith('12'))) ||
          (clause.relation === 'purpose' &&
            (governor.code.startsWith(PROTEST) || governor.code.startsWith('12'))))
      ) {
        governor.targets = actedOnOrPurpose(parsed, clause.predicate, governor.sources);
        // "threatened to ban voting in East Jerusalem", "rejected a call for its forces to be deployed in East
        // Timor": a threat to act, or a refusal of an act, in another country's territory is aimed at it
        if (
          governor.targets.length === 0 &&
          (governor.code.startsWith('13') || (governor.code.startsWith('12') && !isOthersPlan(clause)))
        )
          governor.targets = foreignPlace(
            parsed,
            clause.predicate.end,
            regionEnd(parsed, clause.predicate),
            governor.sources,
          );
        // "we plan to build 1,300 schools": a plan of one's own that no row knows and no other party
        // shares is policy at home, no intent to cooperate; one to act in another country is aimed at it
        if (
          clause.relation === 'xcomp' &&
          governor.targets.length === 0 &&
          OWN_PLAN_VERBS.has(governorLemma) &&
          governor.sources.length === 1
        ) {
          const end = regionEnd(parsed, clause.predicate);
          governor.targets = foreignPlace(parsed, clause.predicate.end, end, governor.sources);
          if (governor.targets.length === 0) governor.absorbed = true;
        }
      }
      continue;
    }
    if (clause.relation === 'xcomp' && governor) {
      const root = governor.code.slice(0, 2);
      if (isIntentRow(governor) && governor.kind === 'verb') {
        child.code = stanceCode('intent', child.code, cameo.codes) || child.code;
        child.rule = `${governor.rule}+${child.rule}`;
        child.ownIntent = true;
        if (child.modality === 'actual') child.modality = 'intended';
        if (child.sources.length === 0) child.sources = governor.sources;
        if (child.targets.length === 0) child.targets = governor.targets;
        // "agreed to provide aid for Romania": the intended act's own row named no one it is for
        if (child.targets.length === 0 && child.kind === 'verb')
          child.targets = actedOnOrPurpose(parsed, clause.predicate, child.sources);
        child.reciprocal =
          child.targets.length === 0 &&
          child.sources.length > 1 &&
          isMutualCode(child.code, child.pattern.code);
        governor.absorbed = true;
      } else if (root === '13') {
        const code = stanceCode('threat', child.code, cameo.codes);
        if (code) governor.code = code;
        governor.rule = `${governor.rule}+${child.rule}`;
        if (governor.targets.length === 0) governor.targets = child.targets;
        child.absorbed = true;
      } else if (
        root === '12' ||
        REFUSAL_VERBS.has(governorLemma) ||
        OPPOSING_WORDS.has(governorLemma) ||
        OPPOSING_WORDS.has(clause.governorWord ?? '')
      ) {
        // "declined to comment": a row of the governing verb that names the act as its object decides
        const childLemma = clause.predicate.lemma;
        const own = cameo.verbs
          .get(governorLemma)
          ?.find((r) => r.object.length === 1 && r.object[0] === childLemma && r.particle.length === 0);
        governor.code = own?.code ?? stanceCode('refusal', child.code, cameo.codes);
        governor.rule = `${own?.id ?? governor.rule}+${child.rule}`;
        // "rejected the plan to deploy troops to Poland": a refusal of what someone planned or offered is
        // aimed at whoever planned it, not at whom the planned act would be done to
        if (!isOthersPlan(clause)) {
          if (governor.targets.length === 0) governor.targets = child.targets;
          // "refused to respond to a demand from Washington": the refused act's row named no one
          if (governor.targets.length === 0)
            governor.targets = actedOnOrPurpose(parsed, clause.predicate, governor.sources);
        }
        child.absorbed = true;
      }
    } else if (
      clause.relation === 'purpose' &&
      governor &&
      governor.code.startsWith(PROTEST) &&
      governor.targets.length === 0 &&
      child.targets.length > 0
    ) {
      // "began a hunger strike to protest against Sweden's decision", "… to demand that the government
      // resign": a protest is aimed at whom its purpose names
      governor.targets = child.targets;
    } else if (
      clause.relation === 'purpose' &&
      governor &&
      TRAVEL_CODES.has(governor.pattern.code) &&
      child.pattern.code === MEDIATION
    ) {
      // "will visit Mauritania and Senegal to mediate in their dispute": a trip made to mediate is mediation
      governor.code = governor.code.startsWith('03') ? MEDIATION_INTENT : MEDIATION;
      governor.rule = `${governor.rule}+${child.rule}`;
      child.absorbed = true;
    } else if (
      clause.relation === 'purpose' &&
      governor &&
      child.code === REPRESSION &&
      FORCE_ROOTS.has(governor.code.slice(0, 2))
    ) {
      // "opened fire to disperse the crowd": force used to break up dissent is repression
      governor.code = REPRESSION;
      governor.rule = `${governor.rule}+${child.rule}`;
      if (governor.targets.length === 0) governor.targets = child.targets;
      child.absorbed = true;
    } else if (
      clause.relation === 'purpose' &&
      (child.code.startsWith(INVESTIGATION) || (child.code.startsWith(AID) && !governor)) &&
      SENDING_VERBS.has(governorLemma) &&
      child.modality === 'hypothetical'
    ) {
      // "sent a team to investigate the crash", "will send experts to help": the inquiry or the help is
      // under way once its people are sent, and promised when they are
      const sending = stances[clause.governor]!;
      if (sending.negated || (sending.modality !== 'actual' && sending.modality !== 'intended')) continue;
      child.modality = sending.modality;
      if (sending.modality === 'intended') {
        child.ownIntent = sending.ownIntent;
        if (sending.ownIntent) child.code = stanceCode('intent', child.code, cameo.codes) || child.code;
      }
      if (child.sources.length === 0) child.sources = subjectActors(parsed, clause.governor);
      // "sent inspectors to Bosnia to investigate …": the inquiry is into the country they are sent to,
      // unless it names a party of its own
      if (!child.targets.some((t) => isCountryCode(t.span.actor.code))) {
        const sentTo = destination(parsed, parsed.clauses[clause.governor]!.predicate, child.sources);
        if (sentTo.length > 0) child.targets = sentTo;
      }
    } else if (clause.relation === 'object-control') {
      const stance = governor
        ? governor.code.startsWith('10')
          ? 'demand'
          : 'appeal'
        : ORDER_VERBS.has(governorLemma)
          ? 'demand'
          : 'appeal';
      const controllers = subjectActors(parsed, clause.predicate.index);
      if (governor) {
        if (governor.code.startsWith('02') || governor.code.startsWith('10')) {
          governor.code = stanceCode(stance, child.code, cameo.codes) || governor.code;
          governor.rule = `${governor.rule}+${child.rule}`;
        }
        // "called on Arabs to mobilise against Sharon": rallying others is aimed at the one they oppose
        if (governor.code === RALLY_OPPOSITION && child.targets.length > 0) governor.targets = child.targets;
        if (governor.targets.length === 0) governor.targets = controllers;
      } else if (PERMITTING_VERBS.has(governorLemma) && child.code.startsWith(PROTEST)) {
        // "allowed the opposition leader to hold a rally": permitting dissent relaxes the limits on it (0811)
        const sources = subjectActors(parsed, clause.governor);
        const g = parsed.clauses[clause.governor]!.predicate;
        if (sources.length > 0) {
          out.push(
            constructed({
              pattern: child.pattern,
              code: EASED_FREEDOMS,
              rule: `${governorLemma}+${child.rule}`,
              sources,
              targets: controllers,
              trigger: [g.head, child.trigger[1]],
              clause: clause.governor,
              negated: stances[clause.governor]!.negated,
              modality: stances[clause.governor]!.modality,
              confidence: 0.75,
            }),
          );
          child.absorbed = true;
        }
      } else if (APPEAL_VERBS.has(governorLemma)) {
        // "wants Putin to …", "told Kyiv to …": an appeal that no verb row names on its own
        const sources = subjectActors(parsed, clause.governor);
        if (sources.length > 0 && controllers.length > 0) {
          const g = parsed.clauses[clause.governor]!.predicate;
          out.push(
            constructed({
              pattern: child.pattern,
              code: stanceCode(stance, child.code, cameo.codes),
              rule: `${governorLemma}+${child.rule}`,
              sources,
              targets: controllers,
              trigger: [g.head, child.trigger[1]],
              clause: clause.governor,
              confidence: 0.7,
            }),
          );
        }
      }
    } else if (
      clause.relation === 'noun-complement' &&
      clause.governorAt !== undefined &&
      DEMAND_NOUNS.has(clause.governorWord ?? '')
    ) {
      // "insisted on its demands that Burundi grant more rights": the demand takes its code from the act
      // asked for (1043), and its target from the actor asked; the act itself is not asserted
      const at = clause.governorAt;
      for (const c of out) {
        if (!c.code.startsWith('10') && !c.code.startsWith('02')) continue;
        const covers = c.trigger[0] <= at && at < c.trigger[1];
        if (!covers && !(c.kind === 'verb' && c.clause === clause.governor)) continue;
        c.code = stanceCode(c.code.startsWith('10') ? 'demand' : 'appeal', child.code, cameo.codes) || c.code;
        c.rule = `${c.rule}+${child.rule}`;
        if (c.targets.length === 0) c.targets = child.sources;
      }
    } else if (clause.relation === 'complement' && governor && DEMAND_VERBS.has(governorLemma)) {
      if (governor.code.startsWith('10') || governor.code.startsWith('02')) {
        const stance = governor.code.startsWith('10') ? 'demand' : 'appeal';
        governor.code = stanceCode(stance, child.code, cameo.codes) || governor.code;
        if (governor.targets.length === 0) governor.targets = child.sources;
      }
    }
  }
  for (const c of out) if (c.sources.length === 0) c.absorbed = true;
}
