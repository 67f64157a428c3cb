import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import { type Argument, actorsOfGroup, type Parsed } from './arguments.js';
import { type Candidate, constructed, constructedDemand } from './candidate.js';
import { stanceCode } from './derived-codes.js';
import type { Pieces } from './pieces.js';
import type { Stance } from './stance.js';
import { subjectActors } from './subject-actors.js';
import { matchVerb } from './verbs.js';
import {
  CLAIM_VERBS,
  DEMAND_NOUNS,
  isArmedForce,
  isIdentifiedCode,
  OBLIGATION_VERBS,
  REPORTING_VERBS,
} from './words.js';

/**
 * Events made by a construction rather than by one word of the lexicon. Each has its own rule id, which
 * the events it produces carry in place of a pattern id:
 * - `c.obligation`: "X said (that) Y must/should/needs to …", "X issued a reminder that Y must …" — a demand
 *   (10x) from X to Y.
 * - `c.readiness`: "X is willing / ready / committed to <an act no row codes>" — an intent to cooperate
 *   (030), the act unknown.
 * - `c.claimed-act`: "X claimed (that) Y attacked Z" — an accusation (112) from X to Y, or, when Y is X's own
 *   side, a claim of responsibility (015); the claimed act stays unasserted.
 */
export function construction(id: string, code: string, note: string): EventPattern {
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
    needsObject: false,
    needsArmedSource: false,
    particleIsTopic: false,
  };
}

export const OBLIGATION = construction('c.obligation', '100', 'a reported must, should or need to');
export const READINESS = construction('c.readiness', '030', 'readiness for an act no row codes');
export const RULED_OUT = construction('c.ruled-out', '120', 'an act said to be out of the question');
export const CLAIMED_ACT = construction('c.claimed-act', '112', 'a claim that another actor used force');

/** Words after "is" that rule the act before them out. */
const RULED_OUT_PHRASES: readonly (readonly string[])[] = [
  ['out', 'of', 'the', 'question'],
  ['off', 'the', 'table'],
];

/**
 * "US officials said that lifting the sanctions on Burma is out of the question": the speaker refuses the
 * act the gerund names (1244 for easing sanctions), toward that act's target.
 */
export function ruledOutActs(parsed: Parsed, cameo: CameoKnowledge, pieces: Pieces): Candidate[] {
  const out: Candidate[] = [];
  const { norm } = parsed.view;
  for (const clause of parsed.clauses) {
    const c = clause.predicate;
    if (c.form !== 'copula' || c.index === 0) continue;
    let k = c.end;
    while (parsed.view.pos[k] === 'ADV') k++;
    const ruled = RULED_OUT_PHRASES.find((words) => words.every((w, i) => norm[k + i] === w));
    if (!ruled) continue;
    const gerund = parsed.predicates[c.index - 1]!;
    if (gerund.form !== 'gerund') continue;
    const match = matchVerb(parsed, pieces, gerund, cameo.verbs.get(gerund.lemma) ?? [], undefined);
    if (!match) continue;
    let speaker: number | undefined;
    for (let j = gerund.index - 1; j >= 0 && speaker === undefined; j--)
      if (REPORTING_VERBS.has(parsed.predicates[j]!.lemma)) speaker = j;
    if (speaker === undefined) continue;
    const sources = subjectActors(parsed, speaker);
    if (sources.length === 0) continue;
    out.push(
      constructed({
        pattern: RULED_OUT,
        code: stanceCode('refusal', match.pattern.code, cameo.codes),
        rule: `${RULED_OUT.id}+${match.pattern.id}`,
        sources,
        targets: actorsOfGroup(parsed, match.target),
        trigger: [parsed.predicates[speaker]!.head, k + ruled.length],
        clause: speaker,
        negated: c.negated,
        confidence: 0.75,
      }),
    );
  }
  return out;
}

/** Words after "be" that put its subject somewhere, which asks it to go or stay there. */
const LOCATIVE_WORDS = new Set(['here', 'there', 'home']);
const PLACE_PREPOSITIONS = new Set(['in', 'at']);

/** Whether the words from `k` put the subject of "be" somewhere: "here", "in Ukraine" (not "in line with"). */
function placesSubject(parsed: Parsed, k: number): boolean {
  const w = parsed.view.norm[k] ?? '';
  if (LOCATIVE_WORDS.has(w)) return true;
  return PLACE_PREPOSITIONS.has(w) && parsed.view.places.some((place) => place.start === k + 1);
}

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
    // "had to leave" is an obligation, "had talks" is not
    const obliged =
      p.modalKind === 'obligation' ||
      (OBLIGATION_VERBS.has(p.lemma) && (p.lemma !== 'have' || parsed.view.norm[p.end] === 'to'));
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
    // "explained that the army must be strong": a state said to be needed asks no act of anyone ("MPs should
    // be in Ukraine" asks them to stay)
    if (!act && p.form === 'copula' && p.lemma === 'be' && !placesSubject(parsed, p.end)) continue;
    out.push(
      constructedDemand(act, cameo.codes, {
        pattern: OBLIGATION,
        sources,
        targets,
        trigger: [speaker.predicate.head, p.end],
        clause: speaker.predicate.index,
        confidence: 0.75,
      }),
    );
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

/**
 * Whether a claim by `speakers` accuses `user` of the force it tells of: a known actor who is none of the
 * speakers and not of their side.
 */
function isAccusedByClaim(speakers: readonly Argument[], user: Argument): boolean {
  const code = user.span.actor.code;
  return (
    !code.startsWith('---') &&
    !speakers.some((s) => s.span.actor.id === user.span.actor.id || sameSide(s.span.actor.code, code))
  );
}

/**
 * Whether a report by `speakers` accuses `user` of the force it tells of: every speaker is identified and of
 * another country, and the user is identified or an armed force of no country ("government forces").
 * Casualties reported with no one named accuse no one.
 */
function isAccusedByReport(speakers: readonly Argument[], user: Argument): boolean {
  const code = user.span.actor.code;
  if (!isIdentifiedCode(code) && !isArmedForce(code)) return false;
  return speakers.every((s) => {
    const speaker = s.span.actor.code;
    return isIdentifiedCode(speaker) && speaker.slice(0, 3) !== code.slice(0, 3);
  });
}

/** Verbs that put forward a claim the speaker stands behind, against whoever it names. */
const CLAIMING_VERBS = new Set(['claim', 'allege', 'charge']);
/** Verbs that report what happened: a party's report of another's use of force accuses it. */
const SAYING_VERBS = new Set(['say', 'tell', 'state', 'report', 'add', 'declare']);
/** Roots of force and violence: claiming another actor used them accuses that actor. */
const WRONGDOING_ROOTS = new Set(['17', '18', '19', '20']);
/** Claiming responsibility (015). */
const RESPONSIBILITY = '015';

/**
 * "The US claimed that ISIL had attacked Iraq", "Kyiv alleged Russian troops shelled the town": a claim that
 * another actor used force accuses that actor (112), the act itself staying unasserted. A claim about the
 * speaker's own side claims responsibility for it (015), and an accusing verb with a row of its own
 * (allege, 110) is made the accusation it is. "Israel said a mortar was fired at it from Gaza": a report of
 * another's force accuses it too, the act staying coded as reported.
 */
export function claimedActs(
  parsed: Parsed,
  byClause: ReadonlyMap<number, Candidate>,
  stances: readonly Stance[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const clause of parsed.clauses) {
    if (clause.relation !== 'complement' || clause.governor === undefined) continue;
    const speaker = parsed.clauses[clause.governor]!.predicate;
    const claiming = CLAIMING_VERBS.has(speaker.lemma);
    if (!claiming && !SAYING_VERBS.has(speaker.lemma)) continue;
    const act = byClause.get(clause.predicate.index);
    if (!act || act.negated || !WRONGDOING_ROOTS.has(act.code.slice(0, 2))) continue;
    const stance = stances[speaker.index]!;
    if (stance.modality !== 'actual') continue;
    // "Israel said a mortar was fired at it from Gaza": a party's report that another used force accuses
    // it, the act staying coded as reported; not a report denied, received ("were told that …") or of
    // what may happen
    if (!claiming && (stance.negated || speaker.passive || act.modality !== 'actual' || act.kind !== 'verb'))
      continue;
    const sources = subjectActors(parsed, speaker.index);
    const accused = act.sources.filter((a) =>
      claiming ? isAccusedByClaim(sources, a) : isAccusedByReport(sources, a),
    );
    if (sources.length === 0) continue;
    if (accused.length === 0) {
      if (!claiming) continue;
      // "Hamas claimed that its fighters fired the rockets": claiming one's own side's act claims
      // responsibility for it (015)
      const known = act.sources.filter((a) => !a.span.actor.code.startsWith('---'));
      if (speaker.lemma !== 'claim' || known.length === 0 || byClause.has(speaker.index)) continue;
      out.push(
        constructed({
          pattern: CLAIMED_ACT,
          code: RESPONSIBILITY,
          rule: `${CLAIMED_ACT.id}+${act.rule}`,
          sources,
          targets: act.targets,
          trigger: [speaker.start, act.trigger[1]],
          clause: speaker.index,
          negated: stance.negated,
          confidence: 0.8,
        }),
      );
      continue;
    }
    const own = byClause.get(speaker.index);
    if (own && !own.pattern.fallback) {
      // "alleged that Russia shelled …": the allegation names a wrongdoing
      if (own.code === '110') {
        own.code = CLAIMED_ACT.code;
        own.rule = `${own.rule}+${act.rule}`;
      }
      continue;
    }
    out.push(
      constructed({
        pattern: CLAIMED_ACT,
        code: CLAIMED_ACT.code,
        rule: `${CLAIMED_ACT.id}+${act.rule}`,
        sources,
        targets: accused,
        trigger: [speaker.start, act.trigger[1]],
        clause: speaker.index,
        negated: stance.negated,
        confidence: 0.8,
      }),
    );
  }
  return out;
}
