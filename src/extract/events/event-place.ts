import type { Place } from '../../core/records.js';
import { isLocative, isPlaceKind } from './acted-on.js';
import { type Parsed, regionEnd } from './arguments.js';
import type { Candidate } from './candidate.js';
import { clientPart } from './phrase-actors.js';
import { isPossessive, phraseAt } from './phrases.js';
import { OTHER_ACT_OPENERS } from './words.js';

type LocatedPlace = Parsed['view']['places'][number];

/**
 * The place of an event: a place named in the event's own clause (for a nominal event, in the words after
 * it: "his meeting with Lavrov in Geneva"), not one that stands for an actor ("Moscow" as the Russian
 * government, "the US" as a party), nor one that only qualifies a word ("the United States' help", "the
 * Euro-Atlantic course", "the President of Belarus"), a locative one ("in Geneva") first, then the nearest
 * after the trigger. A statement, appeal or consultation is placed only by a preposition that gives its
 * venue ("met in Geneva"), not by a place in what it is about ("discussed the situation in Kazakhstan").
 */
export function eventPlace(
  parsed: Parsed,
  candidate: Candidate,
  places: SentencePlaces = sentencePlaces(parsed),
): Place | undefined {
  const { view } = parsed;
  const talk = isTalk(candidate.code);
  let from = candidate.trigger[0];
  let to = view.norm.length;
  if (candidate.clause !== undefined) {
    const clause = parsed.clauses[candidate.clause]!;
    if (candidate.kind === 'verb') from = Math.min(from, clause.start);
    to = candidate.kind === 'verb' ? describedEnd(parsed, clause.predicate) : to;
  }
  // "a visit to Kyiv on Wednesday, where he met Zelensky": an act in a clause opened by "where" happens at
  // the place that clause describes
  const clause = candidate.clause !== undefined ? parsed.clauses[candidate.clause] : undefined;
  const opener = clause && (clause.subject[0]?.start ?? clause.predicate.start);
  const described = candidate.kind === 'verb' && opener ? whereAntecedent(parsed, opener, places) : undefined;
  if (described) return described;
  const next = parsed.predicates.find((p) => p.start > candidate.trigger[1]);
  // "the meeting of the presidents began in Kyiv", "talks, held in Belarus": a gathering takes place where
  // the verb that tells of its taking place says
  if (candidate.kind === 'noun' && next)
    to = OCCURRENCE_VERBS.has(next.lemma) ? Math.min(to, regionEnd(parsed, next)) : Math.min(to, next.start);
  const inClause = places.own.filter(({ place: p, locative: afterLocative }) => {
    if (p.start < from || p.end > to) return false;
    const of = ofSite(parsed, candidate, p.start);
    if (of === false) return false;
    if (talk && (!(of || afterLocative) || namesTopic(parsed, candidate, p))) return false;
    // "in northeastern Nigeria": a place after a locative preposition and a direction is locative too
    const locative = of || afterLocative;
    // "to Kyiv" may be a place and its government; "a halt to NATO's expansion" names no place
    for (let k = p.start; k < p.end; k++) {
      const a = view.actorAt[k]!;
      // inside a longer actor ("the President of the Republic of Azerbaijan") it is that actor's country
      const actor = view.actors[a];
      const longer = actor !== undefined && actor.start < p.start && view.norm[actor.start] !== 'the';
      if (actor && (!locative || actor.type === 'org' || longer)) return false;
    }
    return true;
  });
  if (inClause.length === 0) {
    const main = candidate.clause !== undefined && parsed.clauses[candidate.clause]!.governor === undefined;
    return main ? places.opening : undefined;
  }
  const locative = inClause.filter((p) => ofSite(parsed, candidate, p.place.start) ?? p.locative);
  const pool = locative.length > 0 ? locative : inClause;
  const after = pool.filter((p) => p.place.start >= candidate.trigger[0]);
  return (after[0] ?? pool[pool.length - 1]!).place.value;
}

/**
 * The place a "where" right before a clause's first word, at `clauseStart`, refers to: the place before it,
 * past a comma and a time of day or date ("in Kyiv on Wednesday, where").
 */
function whereAntecedent(parsed: Parsed, clauseStart: number, places: SentencePlaces): Place | undefined {
  const { view } = parsed;
  let k = clauseStart - 1;
  if (view.norm[k] !== 'where') return undefined;
  k--;
  if (view.norm[k] === ',') k--;
  const time = view.times.find((t) => t.start <= k && k < t.end);
  if (time) k = time.start - 1;
  // the time's own preposition ("on Wednesday")
  if (time && view.pos[k] === 'ADP') k--;
  return places.own.find(({ place }) => place.end === k + 1)?.place.value;
}

/** A place of a sentence that is a place of its own, and whether it stands after a locative preposition. */
interface OwnPlace {
  readonly place: LocatedPlace;
  readonly locative: boolean;
}

/** What placing the events of a sentence needs that is the same for each of them. */
export interface SentencePlaces {
  /**
   * The places that may be where an act happens: not part of a longer name, not qualifying a word, not
   * the patron of an ally ("the chief of Israel's militia ally").
   */
  readonly own: readonly OwnPlace[];
  /** The place the sentence's opening words name, for the acts of its main clause. */
  readonly opening: Place | undefined;
}

/** The places of a sentence, sorted out once for all its events. */
export function sentencePlaces(parsed: Parsed): SentencePlaces {
  const { view } = parsed;
  const own: OwnPlace[] = [];
  for (const p of view.places) {
    if (isQualifier(parsed, p) || isNamePart(parsed, p)) continue;
    const phrase = phraseAt(parsed.phrases, p.start);
    if (phrase && clientPart(view, phrase).start > p.start) continue;
    own.push({ place: p, locative: isLocativePlace(parsed, p) });
  }
  return { own, opening: openingPlace(parsed) };
}

/**
 * "In Kyiv, the President met …", "During a meeting in Kyiv, the presidents discussed cooperation": a place
 * after a locative preposition in the words that open a sentence, up to its comma, is where the acts of the
 * sentence's main clause happen. Not so for an opening that names another act ("After the attack on
 * Vinnytsia, …") or for acts in clauses below the main one.
 */
function openingPlace(parsed: Parsed): Place | undefined {
  const { view } = parsed;
  if (OTHER_ACT_OPENERS.has(view.norm[0]!)) return undefined;
  const comma = view.norm.indexOf(',');
  if (comma < 0 || parsed.clauses.some((c) => c.start < comma)) return undefined;
  const opening = view.places.filter(
    (p) =>
      p.end <= comma &&
      isLocativePlace(parsed, p) &&
      !isNamePart(parsed, p) &&
      !isQualifier(parsed, p) &&
      view.actorAt[p.start]! < 0,
  );
  return opening[opening.length - 1]?.value;
}

/**
 * Whether a place is part of a longer name, not a place of its own: the head of a state's formal name ("the
 * Republic of Austria", where "Republic" is also a town), a name after a multiword preposition ("in
 * addition to Russia", "according to Kyiv"), or a document named after a place ("the Geneva 1949
 * Convention").
 */
function isNamePart(parsed: Parsed, p: LocatedPlace): boolean {
  const { norm, lemma, pos } = parsed.view;
  if (norm[p.end] === 'of' && STATE_FORMS.has(lemma[p.end - 1]!)) return true;
  const to = norm[p.start - 1] === 'the' ? p.start - 2 : p.start - 1;
  if (norm[to] === 'to' && PREPOSITION_NOUNS.has(norm[to - 1]!)) return true;
  let k = p.end;
  while (pos[k] === 'NUM') k++;
  return k > p.end && DOCUMENT_NOUNS.has(lemma[k]!);
}

/** The forms of a state's formal name: "the Republic of Austria", "the Kingdom of the Netherlands". */
const STATE_FORMS = new Set([
  'republic',
  'kingdom',
  'federation',
  'principality',
  'emirate',
  'commonwealth',
  'sultanate',
  'duchy',
]);
/** Words that make "to" part of a multiword preposition: "in addition to", "according to", "due to". */
const PREPOSITION_NOUNS = new Set([
  'addition',
  'according',
  'regard',
  'respect',
  'due',
  'thanks',
  'contrary',
]);
/** Documents named after a place and a year (a name and its next word are read in the places stage). */
const DOCUMENT_NOUNS = new Set(['convention', 'agreement', 'accord', 'protocol', 'declaration', 'treaty']);

/**
 * Whether a place only qualifies a word: an owner ("the United States' help", "Ukraine's borders") or a
 * part of a hyphened word ("Euro-Atlantic", "Russia-Ukraine talks").
 */
function isQualifier(parsed: Parsed, p: LocatedPlace): boolean {
  const { view } = parsed;
  // "in Kenya's capital", "in Ukraine's east" name a place; "Ukraine's borders" and "the US's help" do not
  if (isPossessive(view, p.end)) {
    // the owned noun, over the adjectives and numbers before it ("Syria's second city", "Ukraine's east")
    for (let k = p.end + 1; k < view.norm.length; k++) {
      if (isPlaceKind(parsed, k) || SITE_HEADS.has(view.lemma[k]!)) return false;
      if (view.pos[k] !== 'ADJ' && view.pos[k] !== 'NUM') break;
    }
    return true;
  }
  const first = view.tokens[p.start]!;
  const last = view.tokens[p.end - 1]!;
  const before = view.tokens[p.start - 1];
  const after = view.tokens[p.end];
  return (
    (before !== undefined && HYPHENS.has(before.norm) && before.span.end === first.span.start) ||
    (after !== undefined && HYPHENS.has(after.norm) && after.span.start === last.span.end)
  );
}

const HYPHENS = new Set(['-', '–', '‑']);

/**
 * Statements, appeals, intentions, consultations and diplomatic cooperation (roots 01–05) and sharing
 * information (064): acts of words, but for visits and their hosting (042–044), whose object is where they
 * happen, and claims of responsibility (015).
 */
function isTalk(code: string): boolean {
  const root = code.slice(0, 2);
  if (code.startsWith('042') || code.startsWith('043') || code.startsWith('044')) return false;
  // a claim of responsibility is placed where the act it claims was done ("for a bombing in Tel Aviv")
  if (code.startsWith('015')) return false;
  return (root >= '01' && root <= '05') || code.startsWith('064');
}

/** Gatherings, whose place is where talk happens: "the talks in Istanbul", "the summit in Madrid". */
const GATHERINGS = new Set([
  'meeting',
  'talk',
  'talks',
  'negotiation',
  'negotiations',
  'consultation',
  'consultations',
  'summit',
  'visit',
  'round',
]);

/** Verbs that tell of a gathering taking place: "began in Kyiv", "was held in Geneva", "took place in Minsk". */
const OCCURRENCE_VERBS = new Set([
  'begin',
  'start',
  'open',
  'end',
  'close',
  'conclude',
  'hold',
  'take',
  'resume',
]);

/** Verbs whose object is an audience, a gathering that is where they speak: "told a news conference". */
const ADDRESSING = new Set(['tell', 'address', 'brief']);

/** Gatherings and buildings: a place after one is where the act happens ("told a news conference in Kyiv"). */
const VENUES = new Set([
  'conference',
  'forum',
  'summit',
  'session',
  'briefing',
  'ceremony',
  'gathering',
  'congress',
  'assembly',
  'event',
  'rally',
  'parade',
  'headquarters',
  'embassy',
  'ministry',
  'department',
  'office',
  'palace',
  'hall',
  'building',
  'residence',
  'airport',
  'station',
  'hotel',
  'house',
  'parliament',
]);

/**
 * Whether a place's phrase describes a thing the act is about rather than where it happens: it follows a
 * noun after the trigger that is no actor, no gathering, no time and no venue ("discussed the developments
 * in Kazakhstan", "praised the stabilisation around Nagorno-Karabakh", "exchanged information on the
 * threats from Russia"); "talks with Lavrov in Geneva", "the meeting in Istanbul", "met on Friday in Paris"
 * and "spoke at a forum in Moscow" are placed.
 */
function namesTopic(parsed: Parsed, candidate: Candidate, p: LocatedPlace): boolean {
  const phrase = phraseAt(parsed.phrases, p.start);
  if (!phrase || phrase.prep === undefined) return false;
  const noun = parsed.phrases[phrase.index - 1];
  if (!noun || noun.end !== phrase.start - 1 || noun.head < candidate.trigger[1]) return false;
  const { view } = parsed;
  const head = view.lemma[noun.head]!;
  if (view.actorAt[noun.head]! >= 0 || GATHERINGS.has(head) || isLocative(noun)) return false;
  // "spoke at a forum in Moscow", "told a news conference in Kyiv"; but "discussed the summit in Madrid"
  const addressed = noun.prep === undefined && ADDRESSING.has(candidate.pattern.lemma);
  if (VENUES.has(head) && (noun.prep !== undefined || addressed)) return false;
  return !view.times.some((t) => t.start <= noun.head && noun.head < t.end);
}

/** Whether a place stands after a locative preposition: "in Geneva", "near the border with Poland". */
function isLocativePlace(parsed: Parsed, p: LocatedPlace): boolean {
  return p.value.rule.includes('locative') || isLocative(phraseAt(parsed.phrases, p.start));
}

/** Kinds of place and parts of one that name where an act is, besides the regions and towns of `isPlaceKind`. */
const SITE_HEADS = new Set([
  'resort',
  'settlement',
  'municipality',
  'county',
  'community',
  'coast',
  'shore',
  'vicinity',
  'street',
  'streets',
  'sky',
  'skies',
  'airspace',
  'waters',
  'countryside',
  'interior',
  'periphery',
]);

/** Acts done to a place, whose "of" names where they happen: "the shelling of Kharkiv", "took control of". */
const ACTS_ON_PLACES = new Set([
  'control',
  'shelling',
  'bombing',
  'bombardment',
  'siege',
  'blockade',
  'occupation',
  'capture',
  'seizure',
  'invasion',
  'liberation',
  'encirclement',
  'evacuation',
  'defence',
  'defense',
  'storming',
  'assault',
  'destruction',
]);

/**
 * For a place after "of", whether it is the site of the act: the part or kind of a place ("the outskirts
 * of Kyiv", "the city of Kherson", "the resort of Antalya"), or the place the act's own words are done to
 * ("the shelling of Kharkiv", "took control of the Chernobyl zone"). Any other
 * "of" names whose something is ("the President of Belarus", "the leaders of Ukraine", "the integrity of
 * Ukraine"), which is no place of the act. Undefined when the place does not follow "of".
 */
function ofSite(parsed: Parsed, candidate: Candidate, start: number): boolean | undefined {
  const { norm } = parsed.view;
  let of = start - 1;
  if (norm[of] === 'the') of--;
  if (norm[of] !== 'of') return undefined;
  const head = of - 1;
  if (head < 0) return false;
  const lemma = parsed.view.lemma[head]!;
  if (isPlaceKind(parsed, head) || SITE_HEADS.has(lemma) || STATE_FORMS.has(lemma)) return true;
  return ACTS_ON_PLACES.has(lemma) && head >= candidate.trigger[0] && head < candidate.trigger[1];
}

/**
 * Whether the place is the one a nominal act's own words are done to ("the shelling of Kharkiv"): named
 * right after the act's "of", so it is the act's place wherever the act itself is named (as what another
 * act is about: "informed Macron about the shelling of Kharkiv").
 */
export function isActedOnPlace(parsed: Parsed, candidate: Candidate, place: Place): boolean {
  const { norm, lemma } = parsed.view;
  for (const p of parsed.view.places) {
    if (p.value !== place) continue;
    let of = p.start - 1;
    if (norm[of] === 'the') of--;
    const head = of - 1;
    if (norm[of] !== 'of' || head < candidate.trigger[0] || head >= candidate.trigger[1]) continue;
    if (ACTS_ON_PLACES.has(lemma[head]!)) return true;
  }
  return false;
}

/**
 * Where a verb's words end, past a participle right after its object that describes it: "blew up power
 * lines leading into Kabul", "lifted the curfew imposed in Sudan" happen where the participle says.
 */
function describedEnd(parsed: Parsed, p: Parsed['predicates'][number]): number {
  const end = regionEnd(parsed, p);
  const next = parsed.predicates[p.index + 1];
  if (!next || next.start !== end || (next.form !== 'participle' && next.form !== 'gerund')) return end;
  const object = parsed.phrases.some((ph) => ph.end === end && ph.start >= p.end);
  return object ? regionEnd(parsed, next) : end;
}
