import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import type { Parsed } from './arguments.js';
import type { Pieces } from './pieces.js';
import { matchVerb, type VerbMatch } from './verbs.js';
import { OPPOSING_WORDS } from './words.js';

/** Disapproval (110) and the catch-all rejection (120). */
const DISAPPROVAL = '110';
const REJECTION = '120';
/** The verb whose object rows say what refusing a named plan or act is. */
const REJECTING_VERB = 'reject';

/**
 * "opposed the deployment of peacekeepers", "objected to the plan", "opposed the bill": opposing a plan,
 * a measure or an act is refusing it (12x), which a refused event's own code may then make specific;
 * opposing a party ("opposed the president") stays disapproval (110).
 */
export function opposedThingCode(parsed: Parsed, match: VerbMatch, code: string): string {
  if (code !== DISAPPROVAL || !OPPOSING_WORDS.has(match.predicate.lemma)) return code;
  // ("is opposed to the plan": the stative participle's "to" phrase)
  const object =
    match.target ??
    match.directObject ??
    parsed.phrases.find((ph) => ph.start === match.predicate.end + 1 && ph.prep === 'to');
  if (!object) return code;
  const { view } = parsed;
  const head = object.head;
  // a named or unnamed party, a pronoun, a proper name the actor lists lack: a party, not a thing
  if (view.pos[head] !== 'NOUN' || view.actorAt[head]! >= 0) return code;
  return REJECTION;
}

/**
 * "opposed the peace plan" as "rejected the peace plan" (127): an opposed thing is read with the object
 * rows of the rejecting verb, which name the specific refusals; the match stays as it is where none applies.
 */
export function asRejection(
  parsed: Parsed,
  pieces: Pieces,
  cameo: CameoKnowledge,
  match: VerbMatch,
): VerbMatch {
  // "sabotaged the talks": an other sense of the verb that is a rejection is read the same way
  const rejecting = match.pattern.senseOf !== undefined && match.pattern.code === REJECTION;
  if (!rejecting && opposedThingCode(parsed, match, match.pattern.code) === match.pattern.code) return match;
  const rows = cameo.verbs.get(REJECTING_VERB)?.filter((r) => r.object.length > 0 && r.particle.length === 0);
  if (!rows) return match;
  const clause = parsed.clauses[match.predicate.index]!;
  const rejected = matchVerb(parsed, pieces, match.predicate, rows, clause.subject[0]);
  return rejected?.object ? rejected : match;
}
