import type { Modality } from '../../core/codes.js';
import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import { type Argument, type Parsed, phrasesBetween, regionEnd } from './arguments.js';
import { foughtParty, namesArmedForce, namesPlace } from './armed-objects.js';
import { moodCode } from './mood-codes.js';
import { phraseAt } from './phrases.js';
import { isAttempted, isDecided } from './stance.js';
import { civilianBlockadeCode, jointExerciseCode, stateForceCode, subjectCode } from './subject-codes.js';
import type { VerbMatch } from './verbs.js';
import { COMPLAINT_VERBS, isArmedForce, isTelephoneMeans, OPPOSING_WORDS, VIOLENT_ROOTS } from './words.js';

// The code of a matched verb refined by the clause around it, and the intentions that count as acts done.

type Clause = Parsed['clauses'][number];

/** Consultation, and consultation by telephone or video link. */
const CONSULT = '040';
const TELEPHONE_CONSULT = '041';

/** Whether the verb's own words name a means of talking at a distance ("by phone", "over a video link"). */
function byTelephone(parsed: Parsed, p: Parsed['predicates'][number]): boolean {
  const end = regionEnd(parsed, p);
  return phrasesBetween(parsed, p.end, end).some((ph) =>
    isTelephoneMeans(ph.prep, parsed.view.lemma[ph.head]!),
  );
}

/** Taking or wrecking property (171, 1712), and conventional fighting (190). */
const PROPERTY_CODES = new Set(['171', '1712']);
const FIGHT = '190';
/** Mass expulsion of people (201). */
const EXPULSION = '201';
/** A physical assault on people (182). */
const ASSAULT = '182';
/** Seizing property (171) or people (173), the verbs that do it, and occupying territory (192). */
const TAKING_CODES = new Set(['171', '173']);
const TAKING_VERBS = new Set(['seize', 'capture']);
const OCCUPATION = '192';
/** Arrest or detention (173). */
const DETENTION = '173';
/** Disapproval (110), which opposing a party is. */
const DISAPPROVAL = '110';

/** A rejection (120), and the verbs whose rejection of an armed party is pushing it back by force. */
const REJECTION = '120';
const REPELLING_VERBS = new Set(['rebuff', 'repel', 'repulse']);

/** An official complaint (114). */
export const COMPLAINT = '114';
/** Aid, concessions, cut relations and coercion: what an authority does by deciding it. */
const DECIDED_ROOTS = new Set(['07', '08', '16', '17']);
/**
 * Roots of acts that, tried, are done: force, coercion such as destroying property or arresting, and blame
 * ("tried to blame us": the blame is laid in the trying).
 */
const ATTEMPTABLE_ROOTS = new Set(['11', '17', ...VIOLENT_ROOTS]);

/**
 * The row's code as the clause words it: refined by who acts (the subject, or in the passive the phrase of
 * the agent: "was demolished by protesters"); a statement of one's own mood ("said he was skeptical …",
 * "said it was confident …") is gloomy (012) or hopeful (013); agreeing with a view rather than to act
 * ("agreed that a freeze was needed") voices agreement (019).
 */
export function clauseCode(
  parsed: Parsed,
  match: VerbMatch,
  sources: readonly Argument[],
  children: readonly Clause[],
): string {
  const { predicate: p, pattern } = match;
  const actorPhrase = p.passive
    ? sources[0] && phraseAt(parsed.phrases, sources[0].span.start)
    : parsed.clauses[p.index]!.subject[0];
  let code = subjectCode(parsed, actorPhrase, pattern.code);
  if (code === '010') code = moodCode(parsed, children) ?? code;
  // "spoke with Putin by phone", "talked over a video link": consultation at a distance (041)
  if (code === CONSULT && byTelephone(parsed, p)) code = TELEPHONE_CONSULT;
  // "destroyed the enemy paratroopers", "destroyed a convoy": wrecking forces or their arms is fighting
  if (PROPERTY_CODES.has(code) && namesArmedForce(parsed, match.object ?? match.target)) code = FIGHT;
  // "drove the Russian troops out of Kharkiv": an armed force driven out is fought back, not a people expelled
  if (code === EXPULSION && namesArmedForce(parsed, match.target ?? match.directObject)) code = FIGHT;
  // "the army continues to beat the occupiers", "they can't beat Ukraine": defeating forces or a country in
  // war, not a physical assault on people
  if (code === ASSAULT && p.lemma === 'beat' && foughtParty(parsed, match.target)) code = FIGHT;
  // "captured Kherson", "seize Odesa": a place taken is territory occupied
  if (TAKING_CODES.has(code) && TAKING_VERBS.has(p.lemma) && namesPlace(parsed, match.target))
    code = OCCUPATION;
  // "Russian troops hold Kherson": a city held is territory kept under control, not people in custody
  if (code === DETENTION && p.lemma === 'hold' && namesPlace(parsed, match.target)) code = OCCUPATION;
  // "the army has been opposing the invading forces": armed resistance, not disapproval
  if (
    code === DISAPPROVAL &&
    OPPOSING_WORDS.has(p.lemma) &&
    sources.length > 0 &&
    sources.every((s) => isArmedForce(s.span.actor.code)) &&
    namesArmedForce(parsed, match.target ?? match.directObject)
  )
    code = FIGHT;
  // "rebuffed the attackers": an armed party pushed back is fought, not a proposal rejected
  if (
    code === REJECTION &&
    REPELLING_VERBS.has(p.lemma) &&
    namesArmedForce(parsed, match.target ?? match.directObject)
  )
    code = FIGHT;
  if (
    pattern.id === 'v.agree' &&
    children.some((c) => c.relation === 'complement' && c.predicate.modalKind === undefined) &&
    !children.some((c) => c.relation === 'xcomp')
  )
    code = '019';
  return code;
}

/**
 * "a rights group protested that the authorities were failing …": a protest that says what it objects to is
 * a complaint (114) about whoever the report is about, not a demonstration. The clause that says it, if the
 * verb and its code so far make one.
 */
export function complaintClause(parsed: Parsed, match: VerbMatch, code: string): Clause | undefined {
  const p = match.predicate;
  if (!COMPLAINT_VERBS.has(p.lemma) || !code.startsWith('14')) return undefined;
  return parsed.clauses.find(
    (c) => c.governor === p.index && (c.relation === 'complement' || c.relation === 'quoted'),
  );
}

/** The code refined by who its sources are: joint exercises, and blockades by civilians (a protest). */
export function partyCode(code: string, pattern: EventPattern, sources: readonly Argument[]): string {
  // ("Russia and Belarus held drills near the Ukrainian border": aimed across the border, a show of force)
  if (!pattern.needsFrontier) code = jointExerciseCode(code, pattern, sources);
  code = stateForceCode(code, pattern, sources);
  return civilianBlockadeCode(code, sources);
}

/**
 * Why an intended act counts as done, if it does: "tried to assassinate the governor": violence attempted is
 * violence done, not an intention (nor a threat); "the court decided to allow …", "decided to lift the
 * curfew": a decision to give, yield, cut ties or restrict is the act itself, while talks or an attack
 * decided on are still to come.
 */
export function realisedIntent(
  parsed: Parsed,
  clauseIndex: number,
  code: string,
  modality: Modality,
): 'attempted' | 'decided' | undefined {
  if (modality !== 'intended') return undefined;
  if (ATTEMPTABLE_ROOTS.has(code.slice(0, 2)) && isAttempted(parsed.clauses, clauseIndex)) return 'attempted';
  if (DECIDED_ROOTS.has(code.slice(0, 2)) && isDecided(parsed.clauses, clauseIndex)) return 'decided';
  return undefined;
}

/** A tried assassination (186) is an assassination attempt (185); other attempted violence keeps its code. */
export function attemptedCode(code: string): string {
  return code === '186' ? '185' : code;
}
