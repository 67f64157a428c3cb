import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import { type Parsed, regionEnd } from './arguments.js';
import { eventPlace } from './attach.js';
import type { Candidate } from './candidate.js';
import { nounRowIn } from './noun-rows.js';
import { phraseAt } from './phrases.js';
import type { Pieces } from './pieces.js';

/** Roots of violence whose method a noun can name: assaults, fighting, mass violence. */
const VIOLENT_ROOTS = new Set(['18', '19', '20']);
/**
 * The codes of a killing or a fight that say nothing of how it was done (a killing of civilians, 202 by its
 * row, names its victims, not its method).
 */
const GENERIC_VIOLENCE = new Set(['180', '190', '202']);
/** Prepositions that introduce the attack a killing happened in ("killed in an air strike"). */
const METHOD_PREPS = new Set(['in', 'during', 'by']);

const unknown = (arguments_: Candidate['sources']) =>
  arguments_.every((a) => a.span.actor.code.startsWith('---'));

/**
 * "Eight people were killed in an air strike", "two civilians died in Russian shelling": the attack the
 * killing happened in is the same event. The killing takes the attack's code when its own says nothing of
 * the method (180, 190), the attack's author when it names none, and the attack's target when its victims
 * have no country; the attack is not coded again, unless neither names a party and the attack's place
 * gives its country as the one attacked.
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
    const method = out.find((noun) => {
      if (noun.kind !== 'noun' || noun.clause !== verb.clause || !VIOLENT_ROOTS.has(noun.code.slice(0, 2)))
        return false;
      const at = noun.trigger[0];
      if (at < p.end || at >= end) return false;
      const phrase = phraseAt(parsed.phrases, at);
      const first = phrase && parsed.phrases[phrase.group[0]!]!;
      return first?.prep !== undefined && METHOD_PREPS.has(first.prep);
    });
    if (!method) {
      if (GENERIC_VIOLENCE.has(verb.code)) namedMethod(parsed, pieces, cameo, verb, p.end, end);
      continue;
    }
    if (GENERIC_VIOLENCE.has(verb.code)) verb.code = method.code;
    if (unknown(verb.sources) && method.sources.length > 0 && !unknown(method.sources))
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
