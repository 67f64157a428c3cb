import type { TimeExpression } from '../../core/records.js';
import { type Parsed, regionEnd } from './arguments.js';
import type { Candidate } from './candidate.js';
import { isSimplePast } from './predicates.js';
import type { Located, SentenceView } from './sentence.js';
import { OTHER_TIME_OPENERS } from './words.js';

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

/** The times of a sentence that may date its events: each of them, or its only one when it is a day or a week. */
interface DatingTimes {
  readonly times: readonly Located<TimeExpression>[];
  readonly only: Located<TimeExpression> | undefined;
}

/** What dating the events of a sentence needs that is the same for each of them. */
export interface SentenceDating {
  /** The end of an opening with another act and its time ("After the talks on Friday, …"), or 0. */
  readonly opening: number;
  /** Whether that opening names a time. */
  readonly openingTimed: boolean;
  /** The times that name the day something happened, over the whole sentence and after its opening. */
  readonly inSentence: DatingTimes;
  readonly afterOpening: DatingTimes;
}

/**
 * The dating of a sentence, worked out once for all its events. A year or a season is too coarse to put an
 * event on a timeline: like the news coders, such an event keeps the date the article reports it on.
 */
export function sentenceDating(parsed: Parsed): SentenceDating {
  const { view } = parsed;
  const opening = boundOpeningEnd(parsed);
  const times = view.times.filter((t) => t.value.value.precision !== 'year' && namesTheDay(view, t));
  const inSentence = datingTimes(times);
  const afterOpening = opening > 0 ? datingTimes(times.filter((t) => t.end > opening)) : inSentence;
  return { opening, openingTimed: view.times.some((t) => t.end <= opening), inSentence, afterOpening };
}

function datingTimes(times: readonly Located<TimeExpression>[]): DatingTimes {
  const sharp = times.filter((t) => t.value.value.precision === 'day' || t.value.value.precision === 'week');
  return { times, only: sharp.length === 1 && times.length === 1 ? sharp[0]! : undefined };
}

/**
 * The date of an event: the start of a period long past its own clause puts it in (`before` is the
 * article's `historyCutoff`); else a time expression in its own clause; else one in the clause that governs
 * it ("on Friday said that … is ready to meet"); else the sentence's only one, unless it stands in a later
 * clause; else, for an act told in the past tense, the narrative date, the last day named earlier in the
 * article that is not after its date ("on Friday" in the lead dates the meeting the
 * next paragraphs describe); else the article's date. What a sentence tells in the present or the future
 * ("we insist", "Russia must withdraw") is said on the article's day, whatever day was named before it.
 */
export function eventDate(
  parsed: Parsed,
  candidate: Candidate,
  narrative: string,
  before: string,
  published: string,
  dating: SentenceDating = sentenceDating(parsed),
): string {
  const history = recalledPeriod(parsed, candidate, before);
  if (history) return history;
  // the time of an act the sentence opens with ("After the talks on Friday, …") is not that of the rest,
  // and what follows that act is not dated by a day named before it either
  const outside = candidate.trigger[0] >= dating.opening;
  const opened = outside && dating.openingTimed;
  const inThePast = toldInThePast(parsed, candidate);
  const carried = inThePast && !opened ? narrative : published;
  const { times, only } = outside ? dating.afterOpening : dating.inSentence;
  if (times.length === 0) return carried;
  let clause = candidate.clause;
  // "yesterday the rouble fell, and Russia is threatening Ukraine": a verb joined by "and" in another tense
  // does not share its conjunct's past day
  let conjoinedInPresent = false;
  for (let depth = 0; clause !== undefined && depth < 5; depth++) {
    const c = parsed.clauses[clause]!;
    const from = clauseFrom(parsed, c);
    const to = regionEnd(parsed, c.predicate);
    // an act told in the past did not happen after the article: "discussed the summit in June" is about June
    const past = isSimplePast(parsed.view, c.predicate);
    // A month dates an event only from inside the event's own clause; a governing clause lends days and weeks.
    const inside = times.filter(
      (t) =>
        t.start >= from &&
        t.end <= to &&
        (depth === 0 || t.value.value.precision !== 'month') &&
        !(past && t.value.value.from > published) &&
        !(conjoinedInPresent && t.value.value.from < published),
    );
    if (inside.length > 0) return pickNearest(inside, candidate.trigger[0]).value.value.from;
    if (depth === 0)
      conjoinedInPresent = c.relation === 'coordinated' && c.predicate.form === 'finite' && !past;
    clause = c.governor;
  }
  // "yesterday it strengthened, we are returning to a stable rate": a past day is not that of a present act
  const tensed =
    only !== undefined && (only.value.value.from >= published || (inThePast && !conjoinedInPresent));
  if (only && tensed && !inOtherClause(parsed, only, candidate.clause)) return only.value.value.from;
  return carried;
}

/**
 * Whether a time stands in a later clause than the event's, not one governing it ("expressed hope that
 * the agreements reached on March 3 …"): it dates that clause's act, not the event's.
 */
function inOtherClause(parsed: Parsed, t: Located<TimeExpression>, clause: number | undefined): boolean {
  if (clause === undefined) return false;
  const own = new Set<number>();
  for (let k: number | undefined = clause, depth = 0; k !== undefined && depth < 5; depth++) {
    own.add(k);
    k = parsed.clauses[k]!.governor;
  }
  const start = parsed.clauses[clause]!.start;
  // a clause before the event's ("On Wednesday, Blinken voiced concern after he met Kuleba") is one it
  // hangs off, whose time it shares; a clause after it ("hope that the talks held on March 3 …") is not
  return parsed.clauses.some(
    (c, k) =>
      !own.has(k) &&
      c.start > start &&
      t.start >= clauseFrom(parsed, c) &&
      t.end <= regionEnd(parsed, c.predicate),
  );
}

/**
 * Whether an event is told in the past tense, so that a day named before it may be its day: its clause's
 * verb, or for an infinitive or gerund the verb that governs it ("agreed to meet"). An event in no clause
 * (a noun in a heading) is taken as told in the past.
 */
function toldInThePast(parsed: Parsed, candidate: Candidate): boolean {
  let clause = candidate.clause;
  for (let depth = 0; clause !== undefined && depth < 5; depth++) {
    const c = parsed.clauses[clause]!;
    const form = c.predicate.form;
    if (form === 'finite' || form === 'copula') return isSimplePast(parsed.view, c.predicate);
    if (form === 'participle' && c.governor === undefined) return true;
    clause = c.governor;
  }
  return true;
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

/** The end of an opening with another act and its time (its comma), or 0 when the sentence has none. */
function boundOpeningEnd(parsed: Parsed): number {
  const { norm } = parsed.view;
  if (!OTHER_TIME_OPENERS.has(norm[0]!)) return 0;
  const comma = norm.indexOf(',');
  return Math.max(comma, 0);
}

function pickNearest<T>(list: readonly Located<T>[], at: number): Located<T> {
  let best = list[0]!;
  for (const item of list) if (Math.abs(item.start - at) < Math.abs(best.start - at)) best = item;
  return best;
}

/** How far before the article a day may lie and still date what the next sentences tell. */
const NARRATIVE_MS = 31 * 24 * 3600 * 1000;

/**
 * The narrative date after a sentence: the latest day it names as the day something happened ("refused
 * today and yesterday" goes on from today), not after the article date and within a month of it. An older day ("Resolution 2202 of
 * February 17, 2015", "the declaration signed on 3 May 2021") is history the article recalls in passing,
 * not the day of what it goes on to report.
 */
export function advanceNarrative(view: SentenceView, narrative: string, published: string): string {
  if (view.times.length === 0) return narrative;
  const earliest = new Date(Date.parse(published) - NARRATIVE_MS).toISOString().slice(0, 10);
  let latest: string | undefined;
  for (const t of view.times) {
    const v = t.value.value;
    if (v.precision !== 'day' || v.from !== v.to || v.from > published || v.from < earliest) continue;
    if (namesTheDay(view, t) && (latest === undefined || v.from > latest)) latest = v.from;
  }
  return latest ?? narrative;
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
  if (word === 'on' && boundsAnAct(view, t.start - 2)) return false;
  if (word === undefined || !BOUNDS.has(word)) return true;
  return word === 'of' && TIME_PARTS.has(view.lemma[t.start - 2] ?? '');
}

/** Tags of the words of a noun phrase naming an act between a bound and its day: "after a video call on". */
const ACT_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Whether the noun phrase ending at token k follows a bound ("after a video call on December 7", "since the
 * talks on Monday"): its day is when that other act happened, not when the sentence's news did.
 */
function boundsAnAct(view: SentenceView, k: number): boolean {
  let q = k;
  while (q >= 0 && k - q < 5 && ACT_PHRASE_TAGS.has(view.pos[q]!)) q--;
  return q < k && q >= 0 && view.norm[q] !== 'of' && BOUNDS.has(view.norm[q]!);
}
