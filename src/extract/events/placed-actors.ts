import type { Parsed } from './arguments.js';
import { clientPart } from './phrase-actors.js';
import type { Phrase } from './phrases.js';
import { type ActorSpan, actorSpanAt, type SentenceView } from './sentence.js';
import { isCountryCode, isOccupier } from './words.js';

// Actors of no country of their own placed by the words after them: "opposition groups in Zimbabwe",
// "rebels from Darfur", "an aid worker from Ohio".

/** Aid groups and their workers, of no country named (CAMEO's transnational `NGO`). */
const AID_GROUP = 'NGO';

/**
 * An actor of unknown country named with its place: "opposition groups in Zimbabwe" are Zimbabwe's
 * opposition (`---OPP` + ZWE → `ZWEOPP`). Only for an actor whose code has no country of its own. Placed by
 * a list, it stands for the people of each member: "officials from Iran, Iraq and Syria" are Iranian, Iraqi
 * and Syrian officials, "leaders of Hamas and Fatah" act for each group.
 */
export function placedEach(parsed: Parsed, member: Phrase, span: ActorSpan): ActorSpan[] {
  // "an aid worker from Ohio": a person of an aid group, of no country of its own, is from where they come
  if (!span.actor.code.startsWith('---') && span.actor.code !== AID_GROUP) return [span];
  // "the occupiers in Mariupol": a force in a land not its own is not of that land
  if (isOccupier(parsed.view, span)) return [span];
  // the phrase the actor's words end in: "thousands of students in …" is placed after "students"
  const own = parsed.phrases.find((ph) => ph.start < span.end && span.end <= ph.end) ?? member;
  const placing = placingPhrase(parsed, own.end > member.end ? own : member);
  if (!placing) return [span];
  // ("the commander of Israel's militia ally" is not placed by the ally's patron)
  const next = clientPart(parsed.view, placing);
  const one = placedBy(parsed, next, next, span);
  if (one === span || next.group.length < 2 || next.group[0] !== next.index) return [one];
  const each: ActorSpan[] = [];
  for (const g of next.group) {
    const placedHere = placedBy(parsed, next, g === next.index ? next : parsed.phrases[g]!, span);
    // a member that places no one ("officials from Iran and elsewhere"): the list is no list of places
    if (placedHere === span) return [one];
    each.push(placedHere);
  }
  return each;
}

/** The one actor a placed actor stands for: the first, when a list places it. */
export function placed(parsed: Parsed, member: Phrase, span: ActorSpan): ActorSpan {
  return placedEach(parsed, member, span)[0]!;
}

/** The actor `span` stands for when `phrase`, a member of the placing phrase `placing`, places it. */
function placedBy(parsed: Parsed, placing: Phrase, phrase: Phrase, span: ActorSpan): ActorSpan {
  const aid = span.actor.code === AID_GROUP;
  // "leaders of Hamas", "members of the Muslim Brotherhood": people of an organisation act as it
  const body = placing.prep === 'of' ? actorSpanAt(parsed.view, phrase.head) : undefined;
  if (body?.type === 'org' && body.actor.code.length > 3) return { ...span, actor: body.actor };
  // (aid workers in a place are there to help it, not its own)
  if (aid && placing.prep !== 'from') return span;
  const where = countryAt(parsed.view, phrase.head) ?? placeIn(parsed.view, phrase);
  if (!where) return span;
  const code = `${where.code}${aid ? AID_GROUP : span.actor.code.slice(3)}`;
  return { ...span, actor: { id: code, code, name: `${span.actor.name} (${where.name})` } };
}

/**
 * The phrase after an actor's words that says where they are from: "students in Baghdad", or past the
 * conflict they are in or flee, "parties to the conflict in Iraq", "refugees fleeing the war in Liberia".
 */
function placingPhrase(parsed: Parsed, last: Phrase): Phrase | undefined {
  const { norm, lemma } = parsed.view;
  const next = parsed.phrases[last.index + 1];
  if (!next) return undefined;
  const fleeing = next.start === last.end + 1 && FLEEING.has(norm[last.end]!) && next.prep === undefined;
  if (
    (fleeing || (next.start === last.end + 1 && (next.prep === 'to' || next.prep === 'of'))) &&
    CONFLICT_NOUNS.has(lemma[next.head]!)
  ) {
    const after = parsed.phrases[next.index + 1];
    if (!after || after.start !== next.end + 1 || !PLACING_PREPS.has(after.prep ?? '')) return undefined;
    return after;
  }
  if (next.start !== last.end + 1 || !PLACING_PREPS.has(next.prep ?? '')) return undefined;
  // "the Cabinet of Ministers of Ukraine", "the Ministry of Foreign Affairs of the Russian Federation": an
  // of-phrase that is part of the body's name, naming no country or place, passes to the one after it
  const after = parsed.phrases[next.index + 1];
  if (
    next.prep === 'of' &&
    after?.prep === 'of' &&
    after.start === next.end + 1 &&
    !namesCountry(parsed.view, next) &&
    namesCountry(parsed.view, after)
  )
    return after;
  return next;
}

/** Whether a phrase names a country or a place in one anywhere in its words. */
function namesCountry(view: SentenceView, phrase: Phrase): boolean {
  for (let k = phrase.start; k < phrase.end; k++) if (countryAt(view, k)) return true;
  return false;
}

/** Conflicts that people are parties to or flee: the place after them says whose people they are. */
const CONFLICT_NOUNS = new Set(['conflict', 'war', 'fighting', 'violence', 'crisis', 'unrest', 'insurgency']);
/** Participles of flight between people and the conflict they flee ("refugees fleeing the war in …"). */
const FLEEING = new Set(['fleeing', 'escaping', 'displaced']);

/** A place the gazetteer knows anywhere in a phrase: "the mayor of the northern West Bank city". */
function placeIn(view: SentenceView, phrase: Phrase): { code: string; name: string } | undefined {
  const place = view.places.find((p) => p.start >= phrase.start && p.end <= phrase.end && p.value.country);
  return place && { code: place.value.country, name: place.value.name };
}

/** "students in Baghdad", "rebels from Darfur", "protesters throughout Indonesia". */
const PLACING_PREPS = new Set(['in', 'from', 'of', 'throughout', 'across']);

/** The country a word names: a country actor ("Zimbabwe"), or a place the gazetteer puts in one ("Baghdad"). */
function countryAt(view: SentenceView, k: number): { code: string; name: string } | undefined {
  const where = actorSpanAt(view, k);
  if (where) {
    // a country, or anyone of a country ("opponents of Rwanda's Senate"), but not a bloc or an IGO
    const code = where.actor.code;
    if (!isCountryCode(code)) return undefined;
    return { code: code.slice(0, 3), name: where.actor.name };
  }
  const place = view.places.find((p) => p.start <= k && k < p.end);
  return place?.value.country ? { code: place.value.country, name: place.value.name } : undefined;
}
