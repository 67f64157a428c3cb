import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import { conditionTarget } from './acted-on.js';
import { answerDemands } from './answered-demands.js';
import { absorbAnsweredRequests } from './answered-requests.js';
import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { arrestCharges } from './charges.js';
import { isRecalledArrangement, isSpeakersManner } from './comment-clauses.js';
import { claimedActs, obligationDemands, ruledOutActs } from './constructions.js';
import { stanceCode } from './derived-codes.js';
import { describedActStances } from './described-acts.js';
import { fold, isIntentRow } from './fold.js';
import { gratitudeActs } from './gratitude.js';
import { foldHowGerunds, foldViolentMethods } from './methods.js';
import { splitMutualActs } from './mutual-acts.js';
import { statedNeedDemands } from './need-demands.js';
import { codeNouns } from './nouns.js';
import { asRejection, opposedThingCode } from './opposed-things.js';
import { phraseAt } from './phrases.js';
import { piecesOf } from './pieces.js';
import { preparedForce } from './preparation.js';
import { readinessIntents } from './readiness-intents.js';
import { dropRefusedContent } from './refused-content.js';
import { refineByRequestedAct } from './requested-acts.js';
import type { Stance } from './stance.js';
import { crowdClashCode, frontierDrillPartners, wordClashCode } from './subject-codes.js';
import { refineByTopic } from './topic-codes.js';
import { placeDomesticGroups, shareClauseTargets } from './unnamed-parties.js';
import { verbCandidate } from './verb-candidate.js';
import { matchVerb } from './verbs.js';
import { OPPOSING_WORDS } from './words.js';

/**
 * Codes one parsed sentence: verb patterns on every predicate, then nominal events on the words no verb
 * pattern used, then the catenative folds ("agreed to meet" → 036, "urged X to …" → an appeal to X).
 */
export function codeSentence(parsed: Parsed, cameo: CameoKnowledge, stances: readonly Stance[]): Candidate[] {
  const pieces = piecesOf(parsed.view);
  const consumed = new Uint8Array(parsed.view.norm.length);
  const byClause = new Map<number, Candidate>();
  const out: Candidate[] = [];

  for (const clause of parsed.clauses) {
    const p = clause.predicate;
    if (p.form === 'copula' || p.attributive) continue;
    // "as we agreed, …": a recalled arrangement, no new agreement
    if (isRecalledArrangement(parsed.view, p)) continue;
    // "our, so to speak, Western partners": a speaker's manner, no talk
    if (isSpeakersManner(parsed.view, p)) continue;
    const candidates = cameo.verbs.get(p.lemma);
    if (!candidates) continue;
    const own = matchVerb(parsed, pieces, p, candidates, clause.subject[0]);
    if (!own) continue;
    const match = asRejection(parsed, pieces, cameo, own);
    const candidate = verbCandidate(parsed, match, stances[p.index]!);
    if (!candidate) continue;
    candidate.code = opposedThingCode(parsed, match, candidate.code);
    if (match !== own) candidate.rule = `${own.pattern.id}+${candidate.rule}`;
    consumed.fill(1, match.trigger[0], match.trigger[1]);
    if (match.object) consumed.fill(1, match.object.start, match.object.end);
    byClause.set(p.index, candidate);
    out.push(candidate);
  }

  describedActStances(parsed, out);
  const nouns = codeNouns(parsed, pieces, cameo, stances, consumed);
  for (const noun of nouns) {
    if (!noun.carried || noun.clause === undefined) continue;
    const verb = byClause.get(noun.clause);
    // "are planning another conversation", "offered talks": an intent verb's event noun takes the 03x code
    if (verb && isIntentRow(verb) && verb.kind === 'verb') {
      noun.code = stanceCode('intent', noun.code, cameo.codes) || noun.code;
      noun.rule = `${verb.rule}+${noun.rule}`;
      noun.ownIntent = true;
      if (noun.modality === 'actual') noun.modality = 'intended';
      verb.absorbed = true;
      byClause.set(noun.clause, noun);
    } else if (!verb) byClause.set(noun.clause, noun);
  }
  out.push(...nouns);
  refuseNominalEvents(parsed, cameo, out, nouns);
  shareOccasionTargets(parsed, out, nouns);

  foldViolentMethods(parsed, pieces, cameo, out);
  fold(parsed, cameo, byClause, out, stances);
  refineByRequestedAct(parsed, pieces, cameo, byClause, out);
  dropRefusedContent(parsed, out);
  absorbAnsweredRequests(parsed, out);
  answerDemands(parsed, out);
  // "opened fire on demonstrators, killing one person": force added by a gerund is done to the same side
  shareClauseTargets(parsed, byClause);
  // "threatened to strike unless Israel rescinds …": aimed at whom the condition asks to act
  for (const c of out) {
    if (c.targets.length > 0 || c.absorbed || c.clause === undefined) continue;
    if (c.code.startsWith('13') || (c.modality === 'intended' && c.ownIntent))
      c.targets = conditionTarget(parsed, c.clause, c.sources);
  }
  out.push(...obligationDemands(parsed, cameo, byClause));
  out.push(...statedNeedDemands(parsed, cameo, byClause));
  out.push(...ruledOutActs(parsed, cameo, pieces));
  out.push(...readinessIntents(parsed, byClause));
  out.push(...gratitudeActs(parsed));
  out.push(...claimedActs(parsed, byClause, stances));
  out.push(...arrestCharges(parsed, out));
  out.push(...frontierDrillPartners(out));
  splitMutualActs(out);
  for (const c of out) {
    c.code = crowdClashCode(parsed, c.code, c.sources, c.targets);
    c.code = wordClashCode(c.code, c.pattern, c.sources, c.targets);
  }
  preparedForce(parsed, out);
  refineByTopic(parsed, out);
  foldHowGerunds(parsed, out);
  placeDomesticGroups(parsed, out);
  return out;
}

/**
 * "is opposed to French mediation", "rejected the peace plan": a refusal takes its code from the event it
 * refuses (126 for mediation, 125 for talks), and its target from that event's author.
 */
function refuseNominalEvents(
  parsed: Parsed,
  cameo: CameoKnowledge,
  out: readonly Candidate[],
  nouns: readonly Candidate[],
): void {
  for (const verb of out) {
    // "did not rule out a summit" leaves the summit possible: the noun keeps the record
    if (verb.kind !== 'verb' || verb.pattern.object.length > 0 || verb.negated) continue;
    // "ruled out talks": a particle row of the bare refusal code still takes the refused event's code
    if (verb.pattern.particle.length > 0 && verb.code !== '120') continue;
    const lemma = parsed.predicates[verb.clause!]?.lemma ?? '';
    const refusal = verb.code.startsWith('12');
    if (!refusal && !OPPOSING_WORDS.has(lemma)) continue;
    const noun = nouns.find(
      (n) =>
        n.clause === verb.clause &&
        n.trigger[0] >= verb.trigger[1] &&
        n.trigger[0] - verb.trigger[1] <= 4 &&
        !n.code.startsWith('12'),
    );
    if (!noun) continue;
    const code = stanceCode('refusal', noun.code, cameo.codes);
    // opposing what has no refusal code of its own stays a disapproval (110)
    if (!refusal && code === '120') continue;
    verb.code = code;
    verb.rule = `${verb.rule}+${noun.rule}`;
    if (verb.targets.length === 0) {
      const own = new Set(verb.sources.map((a) => a.span.actor.id));
      verb.targets = noun.sources.filter((a) => !own.has(a.span.actor.id));
    }
    if (noun.modality !== 'actual' || noun.negated) noun.absorbed = true;
  }
}

/** Prepositions that put an act inside another event ("during protests against …", "amid clashes with …"). */
const OCCASION_PREPS = new Set(['during', 'in', 'amid', 'amidst']);

/**
 * "threw stones during protests against the Israeli military": an act done during an event of its own kind
 * that names whom it is against is against the same party.
 */
function shareOccasionTargets(parsed: Parsed, out: readonly Candidate[], nouns: readonly Candidate[]): void {
  for (const verb of out) {
    // ("X and Y met during the visit of Y to X": those who act on one another keep doing so)
    if (verb.kind !== 'verb' || verb.targets.length > 0 || verb.reciprocal || verb.clause === undefined)
      continue;
    const occasion = nouns.find(
      (n) =>
        n.clause === verb.clause &&
        n.trigger[0] >= verb.trigger[1] &&
        n.targets.length > 0 &&
        n.code.slice(0, 2) === verb.code.slice(0, 2) &&
        OCCASION_PREPS.has(phraseAt(parsed.phrases, n.trigger[0])?.prep ?? ''),
    );
    if (occasion) verb.targets = occasion.targets.map((t) => ({ ...t, weight: t.weight * 0.8 }));
  }
}
