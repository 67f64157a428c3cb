import { placeOfPhrase, placeSubject } from './acted-on.js';
import type { Argument, Parsed } from './arguments.js';
import type { NounMatch } from './noun-match.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import { subjectActors } from './subject-actors.js';
import { isArmedForce, isCountryCode } from './words.js';

// Violence named by a noun with whom it hit but no attacker: still coded, by an unknown actor, as a passive
// with no agent is ("Kharkiv was shelled").

/**
 * Strikes on a place ("the shelling of Kharkiv", "missile strikes on Lviv"): single acts of force, coded
 * once the place they hit is known, whoever did them. A war, an invasion or an occupation named with its
 * place is the name of a whole conflict, which the sentence need not report.
 */
const STRIKE_HEADS = new Set(['shelling', 'bombing', 'bombardment', 'strike', 'airstrike', 'attack', 'raid']);
/** Prepositions that name whom an attack hit. */
const FORCE_TARGET_PREPS = new Set(['on', 'against', 'at', 'upon']);
/** Verbs of a subject that undergoes what it is "under": "is under attack", "came under shelling". */
const UNDERGOING_VERBS = new Set(['be', 'come', 'remain', 'fall']);

/**
 * The (sources, targets) of a violent noun that names no party of its own: the country a subject "under"
 * it is of ("Kharkiv came under shelling"), else the country of the place a strike hit ("the shelling of
 * Kharkiv went on"), with an unknown attacker; undefined when it names neither.
 */
export function unattributedForce(
  parsed: Parsed,
  match: NounMatch,
  phrase: Phrase | undefined,
  governing: Predicate | undefined,
  chain: readonly Phrase[],
): [Argument[], Argument[]] | undefined {
  const targets = phrase?.prep === 'under' ? undergoer(parsed, governing) : strikeHit(parsed, match, chain);
  return targets.length > 0 ? [[unknownAttacker(match)], targets] : undefined;
}

/** "Ukraine is under attack": a country, a place or its forces (not "the minister is under attack from critics"). */
function undergoer(parsed: Parsed, p: Predicate | undefined): Argument[] {
  if (!p || !UNDERGOING_VERBS.has(p.lemma) || parsed.clauses[p.index]?.subjectFrom !== 'phrase') return [];
  const parties = subjectActors(parsed, p.index).filter(
    (a) =>
      isCountryCode(a.span.actor.code) && (a.span.actor.code.length === 3 || isArmedForce(a.span.actor.code)),
  );
  return parties.length > 0 ? parties : placeSubject(parsed, { ...p, passive: true });
}

/** The country of the place the first phrase after a strike names: "the shelling of Kharkiv", "strikes on Lviv". */
function strikeHit(parsed: Parsed, match: NounMatch, chain: readonly Phrase[]): Argument[] {
  const lemma = match.pattern.lemma;
  if (!STRIKE_HEADS.has(lemma.slice(lemma.lastIndexOf(' ') + 1))) return [];
  const first = chain[0];
  if (!first || (first.prep !== 'of' && !FORCE_TARGET_PREPS.has(first.prep ?? ''))) return [];
  const place = placeOfPhrase(parsed, first);
  return place ? [place] : [];
}

/** An attacker no one names, standing at the noun of the attack. */
function unknownAttacker(match: NounMatch): Argument {
  const actor = { id: '---', code: '---', name: 'unknown' };
  return { span: { start: match.start, end: match.end, actor, type: 'agent' }, weight: 0.5 };
}
