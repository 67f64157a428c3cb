import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { type Stance, stanceCode } from './derived-codes.js';
import { nounRowIn } from './noun-rows.js';
import type { Pieces } from './pieces.js';

// What an appeal, a demand or a refusal is about, when a request noun names it after the verb: "appealed to
// Belgium for economic aid" (0231), "rejected a proposal for a ceasefire" (1246), "renewed its appeal to
// Belgium to extradite the suspect" (0213), "rejected a demand to free the prisoners" (1243).

/** Nouns naming something asked for or put forward, whose "for" phrase or "to" infinitive names the act. */
export const REQUEST_NOUNS = new Set([
  'appeal',
  'call',
  'demand',
  'plea',
  'request',
  'ultimatum',
  'proposal',
  'offer',
  'suggestion',
]);
/** The catch-all codes of the three stances, which a named act makes more specific. */
const GENERIC = new Set(['020', '100', '120']);
/** Giving in to a demand (080, 083), which takes the code of the concession asked for. */
const CONCEDING = new Set(['080', '083']);
const CONCESSIONS = '08';
/** How far (in tokens) after the event's words the request noun or the "for" phrase may start. */
const REACH = 8;
/** How far after the request noun its "to" infinitive may start. */
const INFINITIVE_REACH = 14;

function stanceOf(code: string): Stance | undefined {
  if (code.startsWith('02')) return 'appeal';
  if (code.startsWith('10')) return 'demand';
  if (code.startsWith('12')) return 'refusal';
  return undefined;
}

/** Whether a code names an act that can be asked for, not a statement, request or refusal itself. */
const isAct = (code: string) => stanceOf(code) === undefined && !code.startsWith('01');

/** Whether token k is a request noun ("calls", "an appeal"). */
export function isRequestNoun(parsed: Parsed, k: number): boolean {
  const { view } = parsed;
  return (
    (view.pos[k] === 'NOUN' || view.pos[k] === 'PROPN') &&
    (REQUEST_NOUNS.has(view.lemma[k]!) || REQUEST_NOUNS.has(view.norm[k]!.replace(/s$/, '')))
  );
}

/**
 * Gives an appeal, a demand or a refusal the code of the act its request noun names. Only the stance's
 * catch-all code, or a refusal whose row named the request noun as its object ("reject" + "proposal"), is
 * refined; the folded act is then no event of its own.
 */
export function refineByRequestedAct(
  parsed: Parsed,
  pieces: Pieces,
  cameo: CameoKnowledge,
  byClause: ReadonlyMap<number, Candidate>,
  out: readonly Candidate[],
): void {
  const { view } = parsed;
  for (const c of out) {
    if (c.absorbed) continue;
    const stance = stanceOf(c.code);
    const objectIsRequest = c.pattern.object.length > 0 && REQUEST_NOUNS.has(c.pattern.object.at(-1)!);
    // "met the kidnappers' demands to free the prisoners": giving in to a demand is doing what it asks
    const conceding = objectIsRequest && CONCEDING.has(c.code);
    if (!stance && !conceding) continue;
    if (!conceding && !GENERIC.has(c.code) && !(stance === 'refusal' && objectIsRequest)) continue;
    // the request noun: the row's own object, the noun event itself, or a noun just after the verb
    let noun = -1;
    if (objectIsRequest || (c.kind === 'noun' && isRequestNoun(parsed, c.trigger[1] - 1)))
      noun = c.trigger[1] - 1;
    else if (c.kind === 'verb') {
      for (let k = c.trigger[1]; k < Math.min(view.norm.length, c.trigger[1] + REACH) && noun < 0; k++) {
        if (parsed.predicates.some((p) => p.start <= k && k < p.end)) break;
        if (isRequestNoun(parsed, k)) noun = k;
      }
    }
    // appeals and demands name what they ask for after the verb itself ("appealed to X for aid")
    const from = noun >= 0 ? noun + 1 : stance === 'refusal' || !stance ? -1 : c.trigger[1];
    if (from < 0) continue;
    const act = requestedAct(parsed, pieces, cameo, byClause, c, from, noun >= 0);
    if (!act) continue;
    const code = stance
      ? stanceCode(stance, act.code, cameo.codes)
      : act.code.startsWith(CONCESSIONS)
        ? act.code
        : '';
    if (!code || GENERIC.has(code)) continue;
    c.code = code;
    c.rule = `${c.rule}+${act.rule}`;
    if (act.child) {
      if (c.targets.length === 0) c.targets = act.child.targets;
      act.child.absorbed = true;
    }
  }
}

/** The act named after token `from`: a "for" phrase's event noun, or a "to" infinitive's coded act. */
function requestedAct(
  parsed: Parsed,
  pieces: Pieces,
  cameo: CameoKnowledge,
  byClause: ReadonlyMap<number, Candidate>,
  c: Candidate,
  from: number,
  infinitive: boolean,
): { code: string; rule: string; child?: Candidate } | undefined {
  const limit = from + REACH;
  // "rejected a proposal for signing a trade agreement": the gerund after "for" is the act proposed
  if (infinitive && parsed.view.norm[from] === 'for') {
    const gerund = parsed.predicates.find((p) => p.start === from + 1 && p.form === 'gerund');
    const child = gerund && byClause.get(gerund.index);
    if (child && child !== c && child.modality !== 'actual')
      return { code: child.code, rule: child.rule, child };
    // ("for signing a free trade agreement": a gerund with no row of its own names the act by its object)
    const object = gerund && parsed.phrases.find((ph) => ph.start === gerund.end && ph.prep === undefined);
    const row = object && nounRowIn(pieces, cameo, object.start, object.end, isAct);
    if (row) return { code: row.code, rule: row.id };
  }
  for (const ph of parsed.phrases) {
    if (ph.start < from) continue;
    if (ph.start > limit || parsed.predicates.some((p) => p.start >= from && p.start < ph.start)) break;
    if (ph.prep !== 'for') continue;
    // "appealed for an end to the protests": asking that an act stop is asking for its concession
    const ended = cessationIn(parsed, pieces, cameo, ph.start, ph.end + 1);
    if (ended) return ended;
    // ("for its peacekeeping forces to be deployed": the chunker may split the phrase after a possessive)
    const rest = parsed.phrases[ph.index + 1];
    const end = rest && rest.start === ph.end && rest.prep === undefined ? rest.end : ph.end;
    const pattern = nounRowIn(pieces, cameo, ph.start, end, isAct);
    if (pattern) return { code: pattern.code, rule: pattern.id };
    break;
  }
  if (c.clause === undefined) return undefined;
  if (!infinitive) {
    // "demanded an end to the air strikes", "called on Israel to put an end to the fighting"
    const direct = cessationIn(parsed, pieces, cameo, from, from + 3);
    if (direct || c.kind !== 'verb') return direct;
    const asked = parsed.clauses.find((k) => k.governor === c.clause && k.relation === 'object-control');
    if (!asked || byClause.has(asked.predicate.index)) return undefined;
    return cessationIn(parsed, pieces, cameo, asked.predicate.end, asked.predicate.end + 3);
  }
  // "an appeal to Belgium to extradite …", "calls by Annan to adopt reforms": the infinitive after the noun
  for (const clause of parsed.clauses) {
    if (clause.governor !== c.clause || clause.relation !== 'purpose') continue;
    const p = clause.predicate;
    // ("calls by Kofi Annan, the UN secretary-general, to adopt …": past an apposition naming the author)
    if (p.start < from || p.start > from + INFINITIVE_REACH) continue;
    if (parsed.predicates.some((q) => q.start >= from && q.start < p.start)) return undefined;
    const child = byClause.get(p.index);
    // "to bring an end to the embargo", "to put an end to the fighting"
    if (!child) return cessationIn(parsed, pieces, cameo, p.end, p.end + 3);
    if (child === c || child.modality === 'actual') return undefined;
    return { code: child.code, rule: child.rule, child };
  }
  return undefined;
}

/** Nouns of stopping an act: "an end to", "a halt to", "the cessation of". */
const CESSATION_NOUNS = new Set(['end', 'halt', 'stop', 'cessation']);
/** The concession that ending an act is: lifting restrictions, sanctions or a blockade, dissent or force. */
const ENDING: readonly (readonly [prefix: string, code: string])[] = [
  ['1721', '0811'],
  ['1722', '0812'],
  ['1723', '0813'],
  ['1724', '0814'],
  ['17', '081'],
  ['163', '085'],
  ['14', '082'],
  ['191', '0872'],
  ['192', '0874'],
  ['18', '087'],
  ['19', '087'],
  ['20', '087'],
];

/**
 * The concession named by "an end to X" (or "a halt to", "the cessation of") starting within [start, end):
 * the end of protests is scaling back dissent (082), of sanctions their lifting (085), of fighting
 * de-escalation (087).
 */
function cessationIn(
  parsed: Parsed,
  pieces: Pieces,
  cameo: CameoKnowledge,
  start: number,
  end: number,
): { code: string; rule: string } | undefined {
  const { norm } = parsed.view;
  for (let k = start; k < Math.min(end, norm.length - 2); k++) {
    if (!CESSATION_NOUNS.has(norm[k]!) || (norm[k + 1] !== 'to' && norm[k + 1] !== 'of')) continue;
    const stop = parsed.predicates.find((p) => p.start > k)?.start ?? norm.length;
    const row = nounRowIn(pieces, cameo, k + 2, Math.min(stop, k + 7), (code) =>
      ENDING.some(([prefix]) => code.startsWith(prefix)),
    );
    if (!row) return undefined;
    let best = '';
    let length = 0;
    for (const [prefix, code] of ENDING)
      if (row.code.startsWith(prefix) && prefix.length > length) {
        best = code;
        length = prefix.length;
      }
    return { code: best, rule: `end+${row.id}` };
  }
  return undefined;
}
