import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import { type Argument, actorsOfGroup, type Parsed } from './arguments.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import { subjectActors } from './subject-actors.js';

// "Ukraine has great international support", "we gained support from almost all leaders", "enjoys the
// backing of Sweden": support or aid named as what a subject has or obtains was given to that subject. The
// subject is the target; the giver is whoever "from" or "of" names, or, with none named, no one the
// sentence says, and there is no event to code.

/** Verbs whose subject holds or obtains what their object names. */
const RECEIVING_VERBS: ReadonlySet<string> = new Set([
  'have',
  'enjoy',
  'gain',
  'win',
  'get',
  'receive',
  'secure',
  'obtain',
  'garner',
  'attract',
  'earn',
]);

/** Roots of what is given and so can be received: support (05) and aid (07). */
const GIVEN_ROOTS: ReadonlySet<string> = new Set(['05', '07']);

/** Agreements (057) are made together, not given. */
const MUTUAL_CODES: ReadonlySet<string> = new Set(['057']);

/** The weight `actorsOfGroup` gives a pair an anaphor recalls ("the two sides"), below any named party's. */
const RECALLED_PAIR_WEIGHT = 0.7;

/** The prepositions that name the giver after the noun: "support from Berlin", "the support of Berlin". */
const GIVER_PREPS: ReadonlySet<string> = new Set(['from', 'of']);

/**
 * Who gave and who got support or aid that is the direct object of a receiving verb; undefined where the
 * noun is no such object. `sources` are the giver named before the noun ("Sweden's support"), if any.
 */
export function receivedGift(
  parsed: Parsed,
  governing: { predicate: Predicate; direct: boolean } | undefined,
  pattern: EventPattern,
  chain: readonly Phrase[],
  sources: readonly Argument[],
): { sources: Argument[]; targets: Argument[] } | undefined {
  // ("we don't have a treaty with Egypt": what is had with a partner is shared, not given)
  const root = pattern.code.slice(0, 2);
  if (
    !governing?.direct ||
    !GIVEN_ROOTS.has(root) ||
    pattern.prep === 'with' ||
    MUTUAL_CODES.has(pattern.code)
  )
    return undefined;
  const p = governing.predicate;
  if (p.passive || !RECEIVING_VERBS.has(p.lemma)) return undefined;
  const receivers = subjectActors(parsed, p.index);
  // ("such a step enjoyed support from Moscow": backing for a thing is the backers' stance, read as before)
  if (receivers.length === 0) return undefined;
  // (only the phrase right after the noun: "support in the history of Ukraine" names no giver)
  const first = chain[0];
  let givers =
    sources.length > 0 || !first || !GIVER_PREPS.has(first.prep ?? '')
      ? [...sources]
      : actorsOfGroup(parsed, first, 'source');
  // the receiver supporting itself is no event ("Russia's support" that Russia has)
  // (nor a pair only recalled by "both sides": too far from the words to say who gave)
  const own = new Set(receivers.map((r) => r.span.actor.id));
  givers = givers.filter((g) => !own.has(g.span.actor.id) && g.weight >= RECALLED_PAIR_WEIGHT);
  return { sources: givers, targets: receivers };
}
