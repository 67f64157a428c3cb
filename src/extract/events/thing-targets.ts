import { aboutChain } from './about-chain.js';
import { actedOn, foreignPlace, placeCountries } from './acted-on.js';
import { type Argument, actorsOfGroup, type Parsed } from './arguments.js';
import type { Phrase } from './phrases.js';
import { isParticipleForm, type Predicate } from './predicates.js';
import { placeOwnState } from './unnamed-parties.js';
import { AIMED_PREPS } from './words.js';

/**
 * A party of the actors found: a coded actor that is not the source, nor the country a source stands for
 * ("rebels rejected an invitation to a meeting of their country's factions" is aimed at that country).
 */
function named(found: readonly Argument[], sources: readonly Argument[]): Argument[] {
  // "a tax imposed by the government": a state of no country named may be the source's own
  return placeOwnState(sources, found).filter((a) => {
    const code = a.span.actor.code;
    if (code === '' || code.startsWith('---')) return false;
    return !sources.some((s) => {
      const own = s.span.actor.code;
      // a government acting on its own country is no act on another party ("thanked Ukraine's partners")
      const home = code.length === 3 && own.startsWith(code) && own.slice(3, 6) === 'GOV';
      return own === code || (own.length === 3 && own === code.slice(0, 3)) || home;
    });
  });
}

/**
 * The author a measure in the chain names by a participle with its agent: "a strike over a bill signed
 * by the labour minister" is aimed at the minister's government.
 */
function agentOfMeasure(parsed: Parsed, ph: Phrase): Argument[] {
  const participle = parsed.predicates.find((q) => q.start === ph.end);
  // "a bill signed by the minister": a past form right after a noun with its agent is a participle
  if (!participle || participle.start !== participle.head || !isParticipleForm(parsed.view, participle.head))
    return [];
  // "signed in by": a particle may come between
  const by = parsed.phrases.find(
    (q) => q.prep === 'by' && q.start > participle.end && q.start <= participle.end + 2,
  );
  return by ? actorsOfGroup(parsed, by) : [];
}

/**
 * The party a thing an act is done with belongs to, is about, or is aimed at, when the act names no one
 * it is done to: the first actor the phrases hanging off it name ("accepted a plan for talks with Chile",
 * "a strike over a bill signed by the minister"), else the party an act it is for is aimed at ("an
 * invitation to attend a meeting of the factions", "a formula for ending its dispute with its partners"),
 * unless `purposes` is off (the act a meeting is held for is its topic). With `stanceOnAct` the thing is an act
 * a stance is taken on, and the phrases hanging off it are that act's own.
 */
export function thingTarget(
  parsed: Parsed,
  p: Predicate,
  thing: Phrase,
  end: number,
  sources: readonly Argument[],
  { purposes, stanceOnAct = false }: { purposes: boolean; stanceOnAct?: boolean },
): Argument[] {
  for (const ph of aboutChain(parsed, thing, end)) {
    // "backs the sanctions against Russia", "condemned the invasion of Ukraine": a stance on an act is not
    // aimed at whom the act is aimed at (but at its authors: "welcomed the ceasefire between Israel and Hamas")
    const aimed = AIMED_PREPS.has(ph.prep ?? '') || (ph.prep === 'of' && parsed.ofNamesTarget(thing.head));
    if (stanceOnAct && aimed) break;
    const found = named(actorsOfGroup(parsed, ph), sources);
    if (found.length > 0) return found.map((a) => ({ ...a, weight: a.weight * 0.6 }));
  }
  for (const ph of [thing, ...aboutChain(parsed, thing, parsed.view.norm.length)]) {
    const found = named(agentOfMeasure(parsed, ph), sources);
    if (found.length > 0) return found.map((a) => ({ ...a, weight: a.weight * 0.6 }));
  }
  // "an invitation to attend …", "a formula for ending …": the act the thing is for, right after it
  const next = purposes ? parsed.predicates[p.index + 1] : undefined;
  const lead = next && parsed.view.norm[next.start - 1];
  // ("urged the world to stop Russia": the one the verb's object is told to act on is not the thing's)
  const controlled = next && parsed.clauses[next.index]!.relation === 'object-control';
  if (next && !controlled && next.start === thing.end + 1 && (lead === 'to' || lead === 'for')) {
    const found = named(actedOn(parsed, next, sources), sources);
    if (found.length > 0) return found.map((a) => ({ ...a, weight: a.weight * 0.6 }));
  }
  return [];
}

/** Empathetic comments: sorrow, sympathy, condolences. */
const EMPATHY = '018';

/**
 * "expressed sympathy for the victims of the earthquake in Chile": sympathy that names no one it is
 * offered to is for the country where what it is about happened; at home ("the president expressed sorrow
 * for the shootings in Texas"), for that country's people, not its state.
 */
export function mournedPlace(
  parsed: Parsed,
  p: Predicate,
  code: string,
  end: number,
  sources: readonly Argument[],
): Argument[] {
  if (!code.startsWith(EMPATHY)) return [];
  const foreign = foreignPlace(parsed, p.end, end, sources);
  if (foreign.length > 0) return foreign;
  const home = placeCountries(parsed, p.end, end)[0];
  if (!home) return [];
  const people = `${home.span.actor.code}CVL`;
  return [
    {
      ...home,
      span: { ...home.span, actor: { id: people, code: people, name: `${home.span.actor.name} civilians` } },
    },
  ];
}
