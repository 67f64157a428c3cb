import { ownerAfter } from './about-chain.js';
import {
  type Argument,
  actorsOfGroup,
  authorPhrase,
  type Parsed,
  phrasesBetween,
  regionEnd,
} from './arguments.js';
import { directObject } from './direct-object.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import { type ActorSpan, actorSpanAt } from './sentence.js';
import { subjectActors } from './subject-actors.js';
import { AUTHORED_NOUNS } from './words.js';

/** Prepositions that name whom an uncoded act is aimed at ("provide aid for", "deliver blows to"). */
const ACTED_ON_PREPS = new Set(['to', 'for', 'against', 'with', 'toward', 'towards', 'into', 'upon']);

/**
 * The actors an act with no row of its own is done to: its object ("democratize Serbia"), else the first
 * actor after one of `ACTED_ON_PREPS`. Kinds of people with no country ("refugees") name no party, and
 * the source's own country is no target ("attack its neighbour" is not aimed at the owner of "its").
 */
export function actedOn(parsed: Parsed, p: Predicate, sources: readonly Argument[]): Argument[] {
  const end = regionEnd(parsed, p);
  const object = directObject(parsed, p, end);
  const own = new Set(sources.map((s) => s.span.actor.code.slice(0, 3)));
  const named = (list: Argument[]) =>
    list.filter((a) => !a.span.actor.code.startsWith('---') && !own.has(a.span.actor.code.slice(0, 3)));
  if (object) {
    const found = named(actorsOfGroup(parsed, object));
    if (found.length > 0) return found;
    const author = named(authorAfter(parsed, object, end));
    if (author.length > 0) return author;
    // "help defend the rights of the Kurds": what the act is done to is the Kurds'
    const owner = named(ownerAfter(parsed, object, end));
    if (owner.length > 0) return owner;
  }
  for (const ph of phrasesBetween(parsed, p.end, end)) {
    if (ph.prep === undefined || !ACTED_ON_PREPS.has(ph.prep)) continue;
    let found = named(actorsOfGroup(parsed, ph));
    // "respond to a demand from the US": answering what someone put forward is aimed at its author
    if (found.length === 0) found = named(authorAfter(parsed, ph, end));
    if (found.length > 0) return found.map((a) => ({ span: a.span, weight: a.weight * 0.8 }));
  }
  return [];
}

/**
 * `actedOn`, else the one the act's purpose is done to: "send material to help defend Saudi Arabia" is
 * aimed at Saudi Arabia.
 */
export function actedOnOrPurpose(parsed: Parsed, p: Predicate, sources: readonly Argument[]): Argument[] {
  const found = actedOn(parsed, p, sources);
  return found.length > 0 ? found : purposeActedOn(parsed, p, sources);
}

/**
 * The one the purpose of an act is done to, through up to three purposes: "mobilised groups to help
 * defend the rights of the Kurds" is aimed at the Kurds.
 */
export function purposeActedOn(parsed: Parsed, p: Predicate, sources: readonly Argument[]): Argument[] {
  let at = p.index;
  for (let hops = 0; hops < 3; hops++) {
    // "to help defend Saudi Arabia": the bare infinitive right after "help" is the act helped
    const next = parsed.predicates[at + 1];
    const helped =
      hops > 0 && parsed.predicates[at]!.lemma === 'help' && next?.start === parsed.predicates[at]!.end;
    const purpose = helped
      ? parsed.clauses[at + 1]
      : parsed.clauses.find((c) => c.governor === at && (c.relation === 'purpose' || c.relation === 'xcomp'));
    if (!purpose) return [];
    // "armed and trained rebels to fight ISIS": a purpose right after a party is that party's act
    const before = parsed.phrases.find((ph) => ph.end === purpose.predicate.start - 1);
    const party =
      before !== undefined && before.prep === undefined && actorsOfGroup(parsed, before).length > 0;
    if (!helped && party) return [];
    const inner = actedOn(parsed, purpose.predicate, sources);
    if (inner.length > 0) return inner.map((a) => ({ ...a, weight: a.weight * 0.8 }));
    at = purpose.predicate.index;
  }
  return [];
}

/** The author a "from" or "by" phrase names right after a proposal, demand or offer ("a demand from X"). */
function authorAfter(parsed: Parsed, phrase: Phrase, end: number): Argument[] {
  if (!AUTHORED_NOUNS.has(parsed.view.lemma[phrase.head]!)) return [];
  const by = authorPhrase(parsed, phrase, end);
  return by ? actorsOfGroup(parsed, by).map((a) => ({ ...a, weight: a.weight * 0.8 })) : [];
}

/** Prepositions that put an act inside a territory ("deployed in Iraq", "a bombing near Samarra"). */
const LOCATIVE_PREPS = new Set(['in', 'inside', 'into', 'within', 'throughout', 'across', 'near', 'at']);

/** Whether a phrase puts what it names as the place of an act ("in northeastern Nigeria"). */
export function isLocative(phrase: Phrase | undefined): boolean {
  return phrase?.prep !== undefined && LOCATIVE_PREPS.has(phrase.prep);
}
/** Heads whose "of" phrase names the place: "the town of Samarra", "the province of Aceh". */
const PLACE_KIND_HEADS = new Set([
  'town',
  'city',
  'village',
  'province',
  'region',
  'district',
  'capital',
  'area',
  'port',
  'island',
  'outskirts',
  'suburb',
  'suburbs',
  'territory',
  'sector',
  'quarter',
  'neighbourhood',
  'neighborhood',
  'zone',
  'north',
  'south',
  'east',
  'west',
  'centre',
  'center',
  'heart',
]);

export function isPlaceKind(parsed: Parsed, k: number): boolean {
  return PLACE_KIND_HEADS.has(parsed.view.lemma[k]!) || PLACE_KIND_HEADS.has(parsed.view.norm[k]!);
}

/**
 * The countries of the places an act happens in, in text order: the phrases after a locative preposition
 * in [from, end) whose head is a place the gazetteer puts in a country ("in East Jerusalem" is in the
 * Palestinian territories whatever actor the city's name stands for elsewhere) or a country.
 */
export function placeCountries(parsed: Parsed, from: number, end: number): Argument[] {
  const out: Argument[] = [];
  for (const ph of phrasesBetween(parsed, from, end)) {
    if (ph.prep === undefined || !LOCATIVE_PREPS.has(ph.prep)) continue;
    let span = countryOfPhrase(parsed, ph);
    const next = parsed.phrases[ph.index + 1];
    if (
      !span &&
      next &&
      next.prep === 'of' &&
      next.start === ph.end + 1 &&
      next.end <= end &&
      isPlaceKind(parsed, ph.head)
    )
      span = countryOfPhrase(parsed, next);
    if (span) out.push({ span, weight: 0.6 });
  }
  return out;
}

/** The country of the first place a "from" phrase names ("fired at Israel from the Gaza Strip" → PSE). */
export function originCountry(parsed: Parsed, from: number, end: number): Argument | undefined {
  const span = countryAfter(parsed, 'from', from, end);
  return span && { span, weight: 0.5 };
}

/** The first country a `prep` phrase between `from` and `end` names, passing over the countries `skip` holds. */
function countryAfter(
  parsed: Parsed,
  prep: string,
  from: number,
  end: number,
  skip?: ReadonlySet<string>,
): ActorSpan | undefined {
  for (const ph of phrasesBetween(parsed, from, end)) {
    if (ph.prep !== prep) continue;
    const span = countryOfPhrase(parsed, ph);
    if (span && !skip?.has(span.actor.code)) return span;
  }
  return undefined;
}

/** The country of the place a phrase names as a part of it: "the outskirts of Beirut", "part of Aleppo". */
export function placeOfPart(parsed: Parsed, phrase: Phrase): Argument | undefined {
  if (!isPlaceKind(parsed, phrase.head) && parsed.view.lemma[phrase.head] !== 'part') return undefined;
  const next = parsed.phrases[phrase.index + 1];
  const named = next && next.prep === 'of' && next.start === phrase.end + 1 ? next : phrase;
  const span = countryOfPhrase(parsed, named) ?? placeInside(parsed, named);
  return span && { span, weight: 0.6 };
}

/**
 * The country of a place named as the subject of a passive ("Kharkiv was shelled", "the centre of Mariupol
 * was hit"): violence done to a place is done to the country it lies in.
 */
export function placeSubject(parsed: Parsed, p: Predicate): Argument[] {
  const clause = parsed.clauses[p.index]!;
  const subject = clause.subjectFrom === 'phrase' ? clause.subject[0] : undefined;
  if (!p.passive || !subject) return [];
  const place = placeOfPhrase(parsed, subject);
  return place ? [place] : [];
}

/** The country of the place a phrase names, or of the place it is a part of ("the outskirts of Beirut"). */
export function placeOfPhrase(parsed: Parsed, phrase: Phrase): Argument | undefined {
  const span = countryOfPhrase(parsed, phrase);
  return span ? { span, weight: 0.6 } : placeOfPart(parsed, phrase);
}

/** A place the gazetteer knows anywhere in a phrase ("Syria's second city Aleppo"). */
function placeInside(parsed: Parsed, phrase: Phrase): ActorSpan | undefined {
  const place = parsed.view.places.find(
    (p) => p.start >= phrase.start && p.end <= phrase.end && p.value.country,
  );
  return place && countrySpan(place);
}

/** The first place an act happens in that is not in its sources' own countries. */
export function foreignPlace(
  parsed: Parsed,
  from: number,
  end: number,
  sources: readonly Argument[],
): Argument[] {
  const own = new Set(sources.map((s) => s.span.actor.code.slice(0, 3)));
  const found = placeCountries(parsed, from, end).find((a) => !own.has(a.span.actor.code));
  return found ? [found] : [];
}

/**
 * The country an event the source attends is held in: a place or country named in the event's own phrase
 * ("the Beijing Olympics", "the Sochi Games"), else the first place after the verb ("the funeral in
 * Pretoria"). A capital modifying the event is its country, not its government.
 */
export function hostCountry(parsed: Parsed, p: Predicate, event: Phrase): Argument | undefined {
  const { view } = parsed;
  const inside = placeInside(parsed, event);
  if (inside) return { span: inside, weight: 0.7 };
  for (let k = event.start; k < event.end; k++) {
    const span = actorSpanAt(view, k);
    if (span?.type !== 'country' || span.actor.code.startsWith('-')) continue;
    const code = span.actor.code.slice(0, 3);
    return { span: { ...span, actor: { id: code, code, name: code } }, weight: 0.7 };
  }
  return placeCountries(parsed, p.end, regionEnd(parsed, p))[0];
}

/** Where a verb of sending sends: a country a "to" phrase names ("sent a team to Bosnia"), else a foreign place. */
export function destination(parsed: Parsed, p: Predicate, sources: readonly Argument[]): Argument[] {
  const end = regionEnd(parsed, p);
  const own = new Set(sources.map((s) => s.span.actor.code.slice(0, 3)));
  const span = countryAfter(parsed, 'to', p.end, end, own);
  return span ? [{ span, weight: 0.7 }] : foreignPlace(parsed, p.end, end, sources);
}

function countryOfPhrase(parsed: Parsed, ph: Phrase): ActorSpan | undefined {
  const { view } = parsed;
  // "in Kosovo province": a kind of place named by its modifier
  const anywhere = isPlaceKind(parsed, ph.head);
  const place = view.places.find(
    (p) =>
      p.value.country &&
      (anywhere ? p.start >= ph.start && p.end <= ph.end : p.start <= ph.head && ph.head < p.end),
  );
  if (place) return countrySpan(place);
  // "in the Rwandan capital", "in a Syrian town": a kind of place its country's adjective names
  for (let k = anywhere ? ph.start : ph.head; k <= ph.head; k++) {
    const span = actorSpanAt(view, k);
    if (span && isCountrySpan(span)) return span;
  }
  return undefined;
}

function isCountrySpan(span: ActorSpan): boolean {
  return span.type === 'country' && span.actor.code.length === 3 && !span.actor.code.startsWith('-');
}

/**
 * The clause that makes clause k depend on another's conduct: an "unless" clause, or an "if" clause with a
 * negated verb, right after it ("will pull out unless …", "will act if Kyiv does not …") or opening the
 * sentence before it ("Unless Moscow withdraws, the EU will …").
 */
export function conditionClause(parsed: Parsed, k: number): number | undefined {
  const { clauses } = parsed;
  const isCondition = (c: Parsed['clauses'][number]) =>
    c.opener === 'unless' || (c.opener === 'if' && c.predicate.negated);
  for (let j = k + 1; j < clauses.length; j++) {
    const c = clauses[j]!;
    if (c.opener !== undefined) return isCondition(c) ? j : undefined;
    if (c.governor === undefined || c.governor < k) return undefined;
  }
  for (let j = k - 1; j >= 0; j--) {
    const c = clauses[j]!;
    if (c.opener !== undefined) return isCondition(c) && j === 0 ? j : undefined;
    if (c.governor === undefined) return undefined;
  }
  return undefined;
}

/**
 * "threatened to strike unless Israel rescinds the annexation": a threat, or an act made to depend on
 * another's conduct, is aimed at the one whose conduct the condition names, not at the source's own side.
 */
export function conditionTarget(parsed: Parsed, k: number, sources: readonly Argument[]): Argument[] {
  const j = conditionClause(parsed, k);
  if (j === undefined) return [];
  const own = new Set(sources.map((s) => s.span.actor.code.slice(0, 3)));
  return subjectActors(parsed, j)
    .filter((a) => !a.span.actor.code.startsWith('-') && !own.has(a.span.actor.code.slice(0, 3)))
    .map((a) => ({ ...a, weight: a.weight * 0.8 }));
}

/** A place the gazetteer knows, standing as an actor for its country. */
export function countrySpan(place: Parsed['view']['places'][number]): ActorSpan {
  const code = place.value.country;
  return {
    start: place.start,
    end: place.end,
    type: 'country',
    actor: { id: code, code, name: place.value.name },
  };
}
