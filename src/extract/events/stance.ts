import type { Modality } from '../../core/codes.js';
import type { Clause } from './clauses.js';
import { consideredActModality, needForPartyStart, verbBeforeGerund } from './considered-acts.js';
import { isRankedAct } from './first-to-act.js';
import { isPerformativeWish, occasionTaken } from './performative-wishes.js';
import { isPastOrPerfect, isPreparingAct, UNWILLING_ADJECTIVES } from './predicates.js';
import type { SentenceView } from './sentence.js';
import {
  hasFrontedHedge,
  hasNegativeSubject,
  isGenericGerund,
  isHedged,
  isMeans,
  isOpposedGerund,
} from './stance-marks.js';
import {
  AGREEMENT_NOUNS,
  APPEAL_VERBS,
  ATTEMPT_WORDS,
  CLAIM_VERBS,
  DECISION_VERBS,
  DEMAND_NOUNS,
  DEMAND_VERBS,
  DENIAL_VERBS,
  IMPOSSIBILITY_ADJECTIVES,
  INTENT_ADJECTIVES,
  INTENT_NOUNS,
  INTENT_VERBS,
  JUDGING_ADJECTIVES,
  LIKELIHOOD_ADJECTIVES,
  NECESSITY_ADJECTIVES,
  OBLIGATION_VERBS,
  OPPOSING_WORDS,
  POSSIBILITY_ADJECTIVES,
  REFUSAL_VERBS,
  REPORTING_VERBS,
  SCHEDULE_WORDS,
} from './words.js';

/** Whether an act is asserted, and how: what the sentence commits to about it. */
export interface Stance {
  readonly negated: boolean;
  readonly modality: Modality;
  /** The act is intended by its own subject ("will meet", "is ready to meet"): 03x codes apply. */
  readonly ownIntent: boolean;
}

export const ACTUAL: Stance = { negated: false, modality: 'actual', ownIntent: false };

const RANK: Record<Modality, number> = { actual: 0, intended: 1, demanded: 2, hypothetical: 3, denied: 4 };

export function stronger(a: Modality, b: Modality): Modality {
  return RANK[a] >= RANK[b] ? a : b;
}

/** What the predicate's own words say: negation, modal auxiliaries, an "if" clause, "without". */
function localStance(view: SentenceView, clause: Clause, underReport: boolean): Stance {
  const p = clause.predicate;
  // "under no circumstances will we …", "what must they destroy?": the modal stands before the subject
  const modal = clause.invertedAuxiliary ?? p;
  let modality: Modality = 'actual';
  let ownIntent = false;
  if (modal.modalKind === 'future') {
    modality = 'intended';
    ownIntent = true;
  } else if (modal.modalKind === 'obligation') modality = 'demanded';
  else if (modal.modalKind === 'hypothetical') {
    // "said it would allow …" reports an intention; elsewhere "would", "could", "may" are only possible
    if (modal.modal === 'would' && underReport) {
      modality = 'intended';
      ownIntent = true;
    } else modality = 'hypothetical';
  }
  if (
    clause.conditional ||
    clause.future ||
    isHedged(view, p) ||
    hasFrontedHedge(view, clause) ||
    isOpposedGerund(view, clause) ||
    isGenericGerund(view, clause)
  )
    modality = stronger(modality, 'hypothetical');
  modality = stronger(modality, consideredActModality(view, clause));
  // "no one will help them", "nothing they do will help": denied of every party, no party's refusal
  const noParty = hasNegativeSubject(view, clause);
  const negated = p.negated || clause.without || clause.frontedNegative === true || noParty;
  return { negated, modality, ownIntent: ownIntent && !noParty };
}

/**
 * The word that judges the act after an impersonal "it is": "it is good (to …)", "it is better now (to …)",
 * "it is time (to …)" (where the tagger may take "time" for a verb). Undefined when the governor is no such
 * clause: "Russia said it is ready to …" has no judging word of these.
 */
function impersonalWord(view: SentenceView, governor: Clause): string | undefined {
  const p = governor.predicate;
  if (view.norm[p.start - 1] !== 'it' || view.lemma[p.start] !== 'be') return undefined;
  if (p.form === 'copula') return p.adjective ?? view.norm[p.end];
  return view.norm[p.head];
}

/** Verbs that bring about what their object does: "forced X to retreat", "made X withdraw", "helped X defend". */
const CAUSING_VERBS = new Set(['force', 'compel', 'oblige', 'coerce', 'make', 'help']);

const PRETENCE_VERBS = new Set(['pretend', 'feign', 'purport', 'profess']);

/**
 * Passives of a duty: "is supposed to defend", "is obliged to pay". In the past, all but "supposed" tell
 * what was done ("was obliged to withdraw" withdrew).
 */
const DUTY_PASSIVES = new Set(['suppose', 'oblige', 'obligate', 'require']);

/**
 * "we had to put our forces on alert": a need in the simple past of a main clause was met, so the act was
 * done. (Reported, "said Russia had to withdraw" asks it still.)
 */
function isPastNeedMet(view: SentenceView, governor: Clause | undefined): boolean {
  if (!governor || governor.governor !== undefined || governor.conditional) return false;
  const g = governor.predicate;
  return g.lemma === 'have' && g.start === g.head && view.norm[g.head] === 'had';
}

/** What the governing word does to the act below it. */
function relationEffect(
  view: SentenceView,
  clause: Clause,
  governor: Clause | undefined,
): Partial<Stance> & { flip?: boolean; performative?: boolean } {
  const word = clause.governorWord ?? governor?.predicate.lemma ?? '';
  // "there is no chance that …", "it is impossible that …": ruled out as a denial rules it out
  if (clause.ruledOut) return { modality: 'denied', negated: true };
  switch (clause.relation) {
    case 'complement':
      if (DENIAL_VERBS.has(word)) return { modality: 'denied', negated: true };
      if (LIKELIHOOD_ADJECTIVES.has(word)) return { modality: 'hypothetical' };
      if (NECESSITY_ADJECTIVES.has(word)) return { modality: 'demanded' };
      if (CLAIM_VERBS.has(word)) return { modality: 'hypothetical' };
      if (DEMAND_VERBS.has(word)) return { modality: 'demanded' };
      return {};
    case 'quoted':
      // '"…," the group alleged': what a claim closes is the claimant's, not the sentence's
      return CLAIM_VERBS.has(word) ? { modality: 'hypothetical' } : {};
    case 'noun-complement':
      // "its demands that Burundi grant …" asks; "fears that Moscow could …" only supposes
      return { modality: DEMAND_NOUNS.has(word) ? 'demanded' : 'hypothetical' };
    case 'claimed-gerund':
      return { modality: 'hypothetical' };
    case 'object-control':
      // "forced the enemy to retreat", "made Russia withdraw": what the object was made to do it did, as far
      // as the making went; what it is asked or allowed to do is only asked
      if (CAUSING_VERBS.has(word)) return {};
      return { modality: 'demanded' };
    case 'purpose':
      // "I take this opportunity to thank you": the thanks is given; "took the opportunity to visit": visited
      if (governor) {
        const taken = occasionTaken(view, clause, governor);
        if (taken !== undefined) return taken === 'performative' ? { performative: true } : {};
      }
      // "Belgium was one of the first to provide aid": being first to do it says it was done
      if (governor && isRankedAct(view, clause, governor)) return {};
      // "stressed the need for Kyiv to implement …": asked of the party the need is for
      if (needForPartyStart(view, clause.predicate.start) !== undefined) return { modality: 'demanded' };
      // "… to stop the slide into war": an aim, not something the sentence says was done or promised
      return { modality: 'hypothetical' };
    case 'xcomp':
      if (REFUSAL_VERBS.has(word) || OPPOSING_WORDS.has(word)) return { flip: true };
      // "I would like to thank", "we want to congratulate": saying so is the thanking, not a wish for it
      if (isPerformativeWish(view, clause, word)) return { performative: true };
      // "pretends to support": a show of the act, not the act
      if (PRETENCE_VERBS.has(word)) return { modality: 'hypothetical' };
      // "it is important to support …", "it is good to help them": a general statement about the act
      if (governor) {
        const judging = impersonalWord(view, governor);
        if (judging !== undefined) {
          if (NECESSITY_ADJECTIVES.has(judging)) return { modality: 'demanded' };
          if (JUDGING_ADJECTIVES.has(judging)) return { modality: 'hypothetical' };
          if (IMPOSSIBILITY_ADJECTIVES.has(judging)) return { modality: 'denied', negated: true };
        }
        const g = governor.predicate;
        if (g.passive && DUTY_PASSIVES.has(g.lemma) && (g.lemma === 'suppose' || !isPastOrPerfect(view, g)))
          return { modality: 'demanded' };
        // "troops are ordered to destroy them", "were urged to leave": asked of the passive's subject
        if (g.passive && APPEAL_VERBS.has(g.lemma) && !DUTY_PASSIVES.has(g.lemma))
          return { modality: 'demanded' };
      }
      if (OBLIGATION_VERBS.has(word) && !isPastNeedMet(view, governor)) return { modality: 'demanded' };
      if (POSSIBILITY_ADJECTIVES.has(word)) return { modality: 'hypothetical' };
      // "will be enough to destroy", where the tagger took "enough" for an adverb
      if (
        view.norm[clause.predicate.start - 1] === 'to' &&
        POSSIBILITY_ADJECTIVES.has(view.norm[clause.predicate.start - 2]!)
      )
        return { modality: 'hypothetical' };
      if (clause.intentDenied === 'denied') return { modality: 'denied', negated: true };
      if (clause.intentDenied === 'negated') return { modality: 'intended', negated: true };
      // "is unwilling to negotiate" where the tagger took "unwilling" for a verb: not willing to
      if (governor && UNWILLING_ADJECTIVES.has(view.norm[governor.predicate.head]!))
        return { modality: 'intended', negated: true, ownIntent: true };
      // "is scheduled to attend": arranged, not a will its subject expresses; the act keeps its own code
      if (SCHEDULE_WORDS.has(word)) return { modality: 'intended' };
      // "prepared to attend", "is preparing to leave": steps toward an act under way, not a stated readiness
      // for it ("is prepared to meet"), so the act keeps its own code too
      if (governor && isPreparingAct(view, governor.predicate)) return { modality: 'intended' };
      if (
        INTENT_VERBS.has(word) ||
        INTENT_ADJECTIVES.has(word) ||
        INTENT_NOUNS.has(word) ||
        AGREEMENT_NOUNS.has(word)
      )
        return { modality: 'intended', ownIntent: true };
      return {};
    default:
      return {};
  }
}

/**
 * The stance of every clause, from its own words and from the chain of words that govern it: "Lavrov said
 * that Russia … is not planning to invade" gives the invasion negated and intended; "the Kremlin denies it
 * is planning to attack" gives the attack denied; "fears that Moscow could launch" gives hypothetical.
 */
export function computeStances(view: SentenceView, clauses: readonly Clause[]): Stance[] {
  const memo: (Stance | undefined)[] = new Array(clauses.length);
  const visiting = new Set<number>();
  const stanceOf = (k: number): Stance => {
    const cached = memo[k];
    if (cached) return cached;
    if (visiting.has(k)) return ACTUAL;
    visiting.add(k);
    const clause = clauses[k]!;
    const governor = clause.governor === undefined ? undefined : clauses[clause.governor];
    const underReport =
      (clause.relation === 'complement' || clause.relation === 'quoted') &&
      governor !== undefined &&
      REPORTING_VERBS.has(governor.predicate.lemma);
    const local = localStance(view, clause, underReport);
    const effect = relationEffect(view, clause, governor);
    let negated = local.negated !== (effect.flip === true);
    let modality = stronger(local.modality, effect.modality ?? 'actual');
    let ownIntent = local.ownIntent || effect.ownIntent === true;
    if (effect.negated) negated = true;
    if (governor && clause.relation !== 'coordinated') {
      const parent = stanceOf(governor.predicate.index);
      // "would like to thank" thanks, unless the wish itself is denied ("did not want to thank")
      if (effect.performative && !parent.negated && parent.modality !== 'denied') ownIntent = false;
      else {
        const reported = clause.relation === 'complement' || clause.relation === 'quoted';
        if (parent.negated) {
          // "is not planning to invade" negates the invasion; "did not say that …" leaves it unasserted
          if (clause.relation === 'xcomp' || clause.relation === 'object-control') negated = true;
          else if (reported || clause.relation === 'noun-complement')
            modality = stronger(modality, 'hypothetical');
        }
        if (parent.modality === 'denied' || parent.modality === 'hypothetical') {
          modality = stronger(modality, parent.modality);
          if (parent.modality === 'denied') negated = true;
        } else if (!reported && clause.relation !== 'adverbial') {
          if (parent.modality === 'intended' && modality === 'actual') {
            // "will force Belarus to withdraw": the causer's aim, no intent of the one made to act
            if (clause.relation === 'object-control') modality = 'hypothetical';
            else {
              modality = 'intended';
              ownIntent ||= parent.ownIntent;
            }
          } else if (parent.modality === 'demanded') modality = stronger(modality, 'demanded');
        } else if (parent.modality === 'demanded' && isMeans(view, clause))
          modality = stronger(modality, 'demanded');
      }
    }
    const verb = clause.relation === 'adverbial' ? verbBeforeGerund(view, clauses, clause) : undefined;
    if (verb !== undefined && modality === 'actual') {
      const parent = stanceOf(verb);
      if (parent.modality === 'intended' || parent.modality === 'demanded') {
        modality = parent.modality;
        ownIntent ||= parent.ownIntent;
      }
    }
    const stance = { negated, modality, ownIntent: ownIntent && modality === 'intended' };
    visiting.delete(k);
    memo[k] = stance;
    return stance;
  };
  const questioned = asksWhoActed(view, clauses);
  return clauses.map((clause, k) => {
    const stance = stanceOf(k);
    if (!questioned || clause.subjectFrom !== 'relative') return stance;
    return { negated: stance.negated, modality: stronger(stance.modality, 'hypothetical'), ownIntent: false };
  });
}

/**
 * "Or were they NATO soldiers that threatened Russia?", "Is it NATO that attacked?": a yes/no question about
 * who someone is leaves the act the relative clause tells of in question, not asserted.
 */
function asksWhoActed(view: SentenceView, clauses: readonly Clause[]): boolean {
  let last = view.norm.length - 1;
  while (last > 0 && (view.norm[last] === '"' || view.norm[last] === "'")) last--;
  if (view.norm[last] !== '?') return false;
  const first = clauses[0]?.predicate;
  if (first?.form !== 'copula' || first.lemma !== 'be') return false;
  // the copula opens the question, past a joining word ("Or were they …?")
  const opening = QUESTION_JOINERS.has(view.norm[0]!) ? 1 : 0;
  return first.head === opening;
}

/** Words a question may open with before its auxiliary: "Or were they …?", "And is it …?". */
const QUESTION_JOINERS = new Set(['or', 'and', 'but', 'so']);

/**
 * Whether a clause is an act its subject tried ("tried to assassinate", "made an attempt to storm"), under a
 * governor that is itself done rather than planned or denied ("will try to …" stays intended).
 */
export function isAttempted(clauses: readonly Clause[], index: number): boolean {
  return doneGovernor(clauses, index, ATTEMPT_WORDS);
}

/** Nouns of a decision, made by the subject of a verb of making it ("took a decision to …"). */
const DECISION_NOUNS = new Set(['decision', 'decisions']);
const DECISION_MAKING_VERBS = new Set(['take', 'make', 'adopt', 'reach', 'announce']);

/**
 * Whether a clause is an act its subject decided on ("decided to hold talks", "took a decision to restrict"),
 * the decision being made.
 */
export function isDecided(clauses: readonly Clause[], index: number): boolean {
  if (doneGovernor(clauses, index, DECISION_VERBS)) return true;
  const governor = clauses[index]!.governor;
  return (
    governor !== undefined &&
    DECISION_MAKING_VERBS.has(clauses[governor]!.predicate.lemma) &&
    doneGovernor(clauses, index, DECISION_NOUNS)
  );
}

function doneGovernor(clauses: readonly Clause[], index: number, words: ReadonlySet<string>): boolean {
  const clause = clauses[index]!;
  if (clause.relation !== 'xcomp' || clause.governor === undefined) return false;
  const governor = clauses[clause.governor]!.predicate;
  if (!words.has(clause.governorWord ?? governor.lemma)) return false;
  return governor.modalKind === undefined && !governor.negated;
}
