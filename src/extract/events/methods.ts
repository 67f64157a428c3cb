import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import { type Parsed, regionEnd } from './arguments.js';
import type { Candidate } from './candidate.js';
import { eventPlace } from './event-place.js';
import { nounRowIn } from './noun-rows.js';
import { phraseAt } from './phrases.js';
import type { Pieces } from './pieces.js';
import { VIOLENT_ROOTS } from './words.js';

/**
 * The codes of a killing or a fight that say nothing of how it was done (a killing of civilians, 202 by its
 * row, names its victims, not its method).
 */
const GENERIC_VIOLENCE = new Set(['180', '190', '202']);
/** Prepositions that introduce the attack a killing happened in ("killed in an air strike"). */
const METHOD_PREPS = new Set(['in', 'during', 'by']);

const unknown = (arguments_: Candidate['sources']) =>
  arguments_.every((a) => a.span.actor.code.startsWith('---'));
/** Attackers no one names: unknown, or the unidentified armed force of the place it happened in (`IRQUAF`). */
const unnamed = (arguments_: Candidate['sources']) =>
  arguments_.every((a) => a.span.actor.code.startsWith('---') || a.span.actor.code.endsWith('UAF'));

/**
 * "Eight people were killed in an air strike", "two civilians died in Russian shelling", "Israeli shelling
 * killed two soldiers": the attack the killing happened in, or that the sentence names as its subject, is the
 * same event. The killing takes the attack's code when its own says nothing of the method (180, 190), the
 * attack's author when it names none (or only the unidentified armed force the place suggested), and the
 * attack's target when its victims have no country; the attack is not coded again, unless neither names a
 * party and the attack's place gives its country as the one attacked.
 */
export function foldViolentMethods(
  parsed: Parsed,
  pieces: Pieces,
  cameo: CameoKnowledge,
  out: readonly Candidate[],
): void {
  for (const verb of out) {
    if (verb.kind !== 'verb' || verb.absorbed || verb.clause === undefined) continue;
    if (!VIOLENT_ROOTS.has(verb.code.slice(0, 2))) continue;
    const p = parsed.predicates[verb.clause]!;
    const end = regionEnd(parsed, p);
    const subject = p.passive ? [] : parsed.clauses[verb.clause]!.subject;
    const method = out.find((noun) => {
      if (noun.kind !== 'noun' || noun.absorbed || !VIOLENT_ROOTS.has(noun.code.slice(0, 2))) return false;
      const at = noun.trigger[0];
      // "Israeli shelling killed two soldiers": the attack named as the subject is the killing's method
      if (subject.some((s) => s.start <= at && at < s.end)) return true;
      if (noun.clause !== verb.clause) return false;
      if (at < p.end || at >= end) return false;
      const phrase = phraseAt(parsed.phrases, at);
      const first = phrase && parsed.phrases[phrase.group[0]!]!;
      return first?.prep !== undefined && METHOD_PREPS.has(first.prep);
    });
    if (!method) {
      if (GENERIC_VIOLENCE.has(verb.code)) namedMethod(parsed, pieces, cameo, verb, p.end, end);
      if (p.passive) firedWeapon(parsed, verb, out);
      continue;
    }
    if (GENERIC_VIOLENCE.has(verb.code)) verb.code = method.code;
    if (unnamed(verb.sources) && method.sources.length > 0 && !unknown(method.sources))
      verb.sources = method.sources;
    // "children were killed in Israeli shelling in Gaza": victims of no country fell on the attacked side
    const victimsOfNoCountry = unknown(verb.targets);
    if (victimsOfNoCountry && method.targets.length > 0 && !unknown(method.targets))
      verb.targets = method.targets;
    verb.rule = `${verb.rule}+${method.rule}`;
    // an attack that names no target keeps its own record when the country it happened in is one
    const placed = victimsOfNoCountry && method.targets.length === 0 && !!eventPlace(parsed, method)?.country;
    if (!placed) method.absorbed = true;
  }
}

/** Codes that say less of how an act of force was done than the weapon that did it: destruction, bombing. */
const WEAPON_OVERRIDDEN = new Set([...GENERIC_VIOLENCE, '1712', '183']);

/**
 * "The airliner was blown up by a missile fired by rebels", "was destroyed by a rocket launched by
 * militants": a passive act of force whose agent is a weapon that a reduced relative says someone used is that
 * someone's act, done with that weapon: it takes the weapon's user as its source, and the weapon's code when
 * its own says less of the means; the use of the weapon is not coded again.
 */
function firedWeapon(parsed: Parsed, verb: Candidate, out: readonly Candidate[]): void {
  if (verb.sources.length > 0 && !unnamed(verb.sources)) return;
  const p = parsed.predicates[verb.clause!]!;
  const end = regionEnd(parsed, p);
  const agent = parsed.phrases.find((ph) => ph.start >= p.end && ph.start < end && ph.prep === 'by');
  if (!agent || parsed.view.actorAt[agent.head]! >= 0) return;
  const weaponEnd = parsed.predicates.find((q) => q.start >= agent.end)?.start ?? end;
  const use = out.find((c) => {
    if (c === verb || c.kind !== 'verb' || c.absorbed || c.clause === undefined) return false;
    // ("fired by rebels": rebels of no country still name who used it)
    if (!VIOLENT_ROOTS.has(c.code.slice(0, 2)) || c.sources.every((a) => a.span.actor.code === '---'))
      return false;
    // the weapon is the subject of a reduced relative ("a missile fired by"), or of what one controls ("a
    // missile believed to be fired by"); the chunker may split the weapon's name ("surface-to-air missile")
    const clause = parsed.clauses[c.clause]!;
    const weapon = clause.subject[0];
    if (!weapon || (clause.subjectFrom !== 'relative' && clause.subjectFrom !== 'controller')) return false;
    return weapon.start >= agent.start && weapon.end <= weaponEnd;
  });
  if (!use) return;
  verb.sources = use.sources;
  if (WEAPON_OVERRIDDEN.has(verb.code)) verb.code = use.code;
  verb.rule = `${verb.rule}+${use.rule}`;
  use.absorbed = true;
}

/** Violence: assaults, fighting, mass violence, and violent repression (175). */
const isViolent = (code: string) => VIOLENT_ROOTS.has(code.slice(0, 2)) || code.startsWith('175');

/**
 * Acts that are how a crowd protests or what it protests for: protest acts themselves, the seizure or
 * wrecking of property, and the demands and appeals it voices (CAMEO codes a protest for a demand as 141x).
 */
const PROTEST_METHOD_CODES = ['14', '171', '10', '02'];

/**
 * "Prisoners rioted, setting fire to their mattresses and smashing furniture", "students demonstrated,
 * burning tyres and blocking roads", "marched, demanding a referendum": a gerund clause hanging from a
 * protest, with the protesters as its subject, says how they protested or what for; "shelled the camps,
 * killing 50": one hanging from an attack says what the attack did. Either is the same event, not a second
 * one; an act on a party the first does not name ("…, taking two guards hostage") stays its own event.
 */
export function foldHowGerunds(parsed: Parsed, out: readonly Candidate[]): void {
  for (const main of out) {
    if (main.kind !== 'verb' || main.absorbed || main.clause === undefined) continue;
    const protest = main.code.startsWith('14');
    if (!protest && !isViolent(main.code)) continue;
    for (const how of out) {
      if (how === main || how.absorbed || how.clause === undefined || how.clause < main.clause) continue;
      const fits = protest
        ? PROTEST_METHOD_CODES.some((c) => how.code.startsWith(c))
        : VIOLENT_ROOTS.has(how.code.slice(0, 2));
      if (!fits || !hangsFrom(parsed, how.clause, main.clause)) continue;
      if (how.targets.some((t) => !main.targets.some((m) => sameCountry(m, t)) && isParty(t))) continue;
      how.absorbed = true;
    }
  }
}

/** A gerund clause with no opener hanging from another, or left loose after it with no subject of its own. */
function hangsFrom(parsed: Parsed, index: number, governor: number): boolean {
  const clause = parsed.clauses[index]!;
  if (clause.predicate.form !== 'gerund' || clause.opener !== undefined) return false;
  // "opened fire to disperse demonstrators, killing one": hanging from the purpose the act serves
  let host = clause.governor;
  const up = host === undefined ? undefined : parsed.clauses[host];
  if (up && host !== governor && (up.relation === 'purpose' || up.relation === 'xcomp')) host = up.governor;
  return (
    (host === governor && clause.relation === 'adverbial') ||
    governedThrough(parsed, index, governor) ||
    (clause.governor === undefined && clause.subjectFrom !== 'phrase')
  );
}

/** "…, burning tyres and blocking roads": a gerund coordinated with one hanging from the protest. */
function governedThrough(parsed: Parsed, clause: number, governor: number): boolean {
  const c = parsed.clauses[clause]!;
  if (c.relation !== 'coordinated' || c.governor === undefined) return false;
  return parsed.clauses[c.governor]?.governor === governor;
}

const sameCountry = (a: Candidate['targets'][number], b: Candidate['targets'][number]) =>
  a.span.actor.code.slice(0, 3) === b.span.actor.code.slice(0, 3);
/** A target with a country or organisation, not a kind of people of none ("---CVL"). */
const isParty = (a: Candidate['targets'][number]) => !a.span.actor.code.startsWith('---');

/**
 * "engaged the peacekeepers in a firefight", "attacked the convoy in a gun battle": a fight whose method a
 * phrase names, with no party of its own, takes that method's code.
 */
function namedMethod(
  parsed: Parsed,
  pieces: Pieces,
  cameo: CameoKnowledge,
  verb: Candidate,
  from: number,
  end: number,
): void {
  for (const ph of parsed.phrases) {
    if (ph.start < from || ph.start >= end || ph.prep === undefined || !METHOD_PREPS.has(ph.prep)) continue;
    const row = nounRowIn(
      pieces,
      cameo,
      ph.start,
      ph.end,
      (code) => VIOLENT_ROOTS.has(code.slice(0, 2)) && !GENERIC_VIOLENCE.has(code),
    );
    if (!row) continue;
    verb.code = row.code;
    verb.rule = `${verb.rule}+${row.id}`;
    return;
  }
}
