import type { Place, TimeExpression } from '../../core/records.js';
import { isLocative, isPlaceKind } from './acted-on.js';
import { type Parsed, regionEnd } from './arguments.js';
import type { Candidate } from './candidate.js';
import { clientPart } from './phrase-actors.js';
import { phraseAt } from './phrases.js';
import type { Located, SentenceView } from './sentence.js';

/**
 * Prepositions that put an act inside a period: "in 2014", "during the 1990s". Not "since 2014": what has gone
 * on since then is still going on at the article's date.
 */
const PERIOD_PREPOSITIONS = new Set(['in', 'during']);
/** How long before the article a year or a decade must have ended for what happened in it to be history. */
const HISTORY_MS = 366 * 24 * 3600 * 1000;

/** The day before which a year or decade must have ended for what happened in it to be history. */
export function historyCutoff(published: string): string {
  return new Date(Date.parse(published) - HISTORY_MS).toISOString().slice(0, 10);
}

/**
 * The date of an event: the start of a period long past its own clause puts it in (`before` is the
 * article's `historyCutoff`); else a time expression in its own clause; else one in the clause that governs
 * it ("on Friday said that … is ready to meet"); else the sentence's only one; else the narrative date, the
 * last day named earlier in the article that is not after its date ("on Friday" in the lead dates the
 * meeting the next paragraphs describe); else the article's date.
 */
export function eventDate(parsed: Parsed, candidate: Candidate, narrative: string, before: string): string {
  const history = recalledPeriod(parsed, candidate, before);
  if (history) return history;
  // a year or a season is too coarse to put an event on a timeline: like the news coders, such an event
  // keeps the date the article reports it on
  const times = parsed.view.times.filter(
    (t) => t.value.value.precision !== 'year' && namesTheDay(parsed.view, t),
  );
  if (times.length === 0) return narrative;
  let clause = candidate.clause;
  for (let depth = 0; clause !== undefined && depth < 5; depth++) {
    const c = parsed.clauses[clause]!;
    const from = clauseFrom(parsed, c);
    const to = regionEnd(parsed, c.predicate);
    // A month dates an event only from inside the event's own clause; a governing clause lends days and weeks.
    const inside = times.filter(
      (t) => t.start >= from && t.end <= to && (depth === 0 || t.value.value.precision !== 'month'),
    );
    if (inside.length > 0) return pickNearest(inside, candidate.trigger[0]).value.value.from;
    clause = c.governor;
  }
  const sharp = times.filter((t) => t.value.value.precision === 'day' || t.value.value.precision === 'week');
  if (sharp.length === 1 && times.length === 1) return sharp[0]!.value.value.from;
  return narrative;
}

/**
 * "expelled them 18 years ago", "property seized in the 1970s", "the 2014 annexation": an act its own clause
 * puts in a year or a decade that ended long before the article is history the article recalls. It takes
 * the start of that period, so that it is not shown as news of the article's day.
 */
function recalledPeriod(parsed: Parsed, candidate: Candidate, before: string): string | undefined {
  if (candidate.clause === undefined) return undefined;
  const { norm } = parsed.view;
  // "annexed Crimea in 2014 and backed separatists": a verb joined by "and" shares its conjunct's period
  for (let k: number | undefined = candidate.clause, depth = 0; k !== undefined && depth < 4; depth++) {
    const clause: Parsed['clauses'][number] = parsed.clauses[k]!;
    const to = regionEnd(parsed, clause.predicate);
    const past = parsed.view.times.find(
      (t) =>
        t.value.value.precision === 'year' &&
        t.start >= clauseFrom(parsed, clause) &&
        t.end <= to &&
        t.value.value.to < before &&
        // a time the act happened in, not a year that names a thing ("return to the 2015 Minsk agreements")
        (PERIOD_PREPOSITIONS.has(norm[t.start - 1] ?? '') || norm[t.end - 1] === 'ago'),
    );
    if (past) return past.value.value.from;
    k = clause.relation === 'coordinated' ? clause.governor : undefined;
  }
  return undefined;
}

/**
 * Where a clause's words begin: the sentence's first clause also owns the words that open the sentence
 * before its subject ("In 2014, Russia annexed Crimea", "On Friday, the ministers met").
 */
function clauseFrom(parsed: Parsed, clause: Parsed['clauses'][number]): number {
  return parsed.clauses.some((c) => c.start < clause.start) ? clause.start : 0;
}

function pickNearest<T>(list: readonly Located<T>[], at: number): Located<T> {
  let best = list[0]!;
  for (const item of list) if (Math.abs(item.start - at) < Math.abs(best.start - at)) best = item;
  return best;
}

/** How far before the article a day may lie and still date what the next sentences tell. */
const NARRATIVE_MS = 31 * 24 * 3600 * 1000;

/**
 * The narrative date after a sentence: its last day-precise time expression that names the day something
 * happened, not after the article date and within a month of it. An older day ("Resolution 2202 of
 * February 17, 2015", "the declaration signed on 3 May 2021") is history the article recalls in passing,
 * not the day of what it goes on to report.
 */
export function advanceNarrative(view: SentenceView, narrative: string, published: string): string {
  const earliest = new Date(Date.parse(published) - NARRATIVE_MS).toISOString().slice(0, 10);
  let date = narrative;
  for (const t of view.times) {
    const v = t.value.value;
    if (v.precision !== 'day' || v.from !== v.to || v.from > published || v.from < earliest) continue;
    if (namesTheDay(view, t)) date = v.from;
  }
  return date;
}

/**
 * Words before a time that make it a bound or a label rather than when an act happened: "since February
 * 24", "after the talks on Monday", "Resolution 2202 of February 17, 2015".
 */
const BOUNDS = new Set(['since', 'after', 'before', 'until', 'till', 'of']);
/** Parts of a period whose "of" does name when: "on the morning of February 24", "by the end of January". */
const TIME_PARTS = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
  'dawn',
  'end',
  'beginning',
  'start',
  'middle',
  'half',
  'week',
  'weekend',
]);

/** Whether a time expression names when something happened, not a bound of it or a label of a thing. */
function namesTheDay(view: SentenceView, t: Located<TimeExpression>): boolean {
  const word = view.norm[t.start - 1];
  if (word === undefined || !BOUNDS.has(word)) return true;
  return word === 'of' && TIME_PARTS.has(view.lemma[t.start - 2] ?? '');
}

/**
 * The place of an event: a place named in the event's own clause (for a nominal event, in the words after
 * it: "his meeting with Lavrov in Geneva"), not one that stands for an actor ("Moscow" as the Russian
 * government, "the US" as a party), a locative one ("in Geneva") first, then the nearest after the trigger.
 */
export function eventPlace(parsed: Parsed, candidate: Candidate): Place | undefined {
  const { view } = parsed;
  let from = candidate.trigger[0];
  let to = view.norm.length;
  if (candidate.clause !== undefined) {
    const clause = parsed.clauses[candidate.clause]!;
    if (candidate.kind === 'verb') from = Math.min(from, clause.start);
    to = candidate.kind === 'verb' ? describedEnd(parsed, clause.predicate) : to;
  }
  const next = parsed.predicates.find((p) => p.start > candidate.trigger[1]);
  if (candidate.kind === 'noun' && next) to = Math.min(to, next.start);
  const inClause = view.places.filter((p) => {
    if (p.start < from || p.end > to) return false;
    const of = ofSite(parsed, candidate, p.start);
    if (of === false) return false;
    // "the chief of Israel's militia ally": the patron of an ally is not where anything happens
    const phrase = phraseAt(parsed.phrases, p.start);
    if (phrase && clientPart(view, phrase).start > p.start) return false;
    // "in northeastern Nigeria": a place after a locative preposition and a direction is locative too
    const locative = of || isLocativePlace(parsed, p);
    // "to Kyiv" may be a place and its government; "a halt to NATO's expansion" names no place
    for (let k = p.start; k < p.end; k++) {
      const a = view.actorAt[k]!;
      if (a >= 0 && (!locative || view.actors[a]!.type === 'org')) return false;
    }
    return true;
  });
  if (inClause.length === 0) return undefined;
  const locative = inClause.filter((p) => ofSite(parsed, candidate, p.start) ?? isLocativePlace(parsed, p));
  const pool = locative.length > 0 ? locative : inClause;
  const after = pool.filter((p) => p.start >= candidate.trigger[0]);
  return (after[0] ?? pool[pool.length - 1]!).value;
}

/** Whether a place stands after a locative preposition: "in Geneva", "near the border with Poland". */
function isLocativePlace(parsed: Parsed, p: Parsed['view']['places'][number]): boolean {
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
  if (isPlaceKind(parsed, head) || SITE_HEADS.has(lemma)) return true;
  return ACTS_ON_PLACES.has(lemma) && head >= candidate.trigger[0] && head < candidate.trigger[1];
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
