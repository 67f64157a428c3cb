import type { ActorRef, Mention, Place, Sentence, TimeExpression, Token } from '../../core/records.js';
import { repairCompounds } from './hyphen-tag-repairs.js';
import { repairTags } from './tag-repairs.js';

/** An actor mention placed on the sentence's local token indices. */
export interface ActorSpan {
  readonly start: number;
  readonly end: number;
  readonly actor: ActorRef;
  readonly type: Mention['type'];
  /** A capital or seat of power named for its government ("Kyiv", "the Kremlin"): a city all the same. */
  readonly seat?: boolean;
  /** A people named by a plural demonym ("Ukrainians", "Russians"), coded as its country. */
  readonly people?: boolean;
}

/** A demonym in its plural form: "Ukrainians", "Israelis", "Poles" (not "Swiss", "French" or "Chinese"). */
const PLURAL_DEMONYM = /[^s]s$/;

/** A place or time placed on local token indices. */
export interface Located<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/**
 * One sentence as the coder sees it: tokens with local indices, lower-cased lemmas, parts of speech with a
 * few tagger slips repaired, and the actors, places and times the earlier stages found in it.
 */
export interface SentenceView {
  readonly index: number;
  /** Global index of local token 0. */
  readonly offset: number;
  readonly tokens: readonly Token[];
  readonly norm: readonly string[];
  readonly lemma: readonly string[];
  readonly pos: string[];
  readonly actors: readonly ActorSpan[];
  /** For each token, the actor span covering it (index into `actors`), or -1. */
  readonly actorAt: Int32Array;
  readonly places: readonly Located<Place>[];
  readonly times: readonly Located<TimeExpression>[];
}

/** Tokens covered by [start, end) in original offsets, as a local token range, or undefined. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const span = tokens[i]!.span;
    if (span.end <= start || span.start >= end) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? undefined : [first, last + 1];
}

export function buildSentence(
  sentence: Sentence,
  allTokens: readonly Token[],
  mentions: readonly Mention[],
  places: readonly Place[],
  times: readonly TimeExpression[],
  isVerb: (lemma: string) => boolean = () => false,
): SentenceView {
  const tokens = allTokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const norm = tokens.map((t) => t.norm);
  // the tagger leaves the lemma of a rare token undefined; its normal form stands in
  const lemma = tokens.map((t) => (t.lemma ?? t.norm).toLowerCase());
  const pos = tokens.map((t) => t.pos);
  repairTags(norm, pos, lemma, isVerb);
  repairCompounds(tokens, pos);

  const actors: ActorSpan[] = [];
  const actorAt = new Int32Array(tokens.length).fill(-1);
  for (const m of mentions) {
    if (m.sentence !== sentence.index || m.actor === undefined) continue;
    if (isPlaceNamedAsNoOne(m, places)) continue;
    let range: [number, number] | undefined;
    if (m.tokenStart !== undefined && m.tokenEnd !== undefined) {
      range = [m.tokenStart - sentence.tokenStart, m.tokenEnd - sentence.tokenStart];
    } else range = tokenRange(tokens, m.span.start, m.span.end);
    if (!range || range[0] < 0 || range[1] > tokens.length || range[1] <= range[0]) continue;
    const [start, end] = range;
    if (actorAt.subarray(start, end).some((a) => a >= 0)) continue;
    actorAt.fill(actors.length, start, end);
    const seat = m.rule.startsWith('kb.metonym.government');
    const people = m.rule.startsWith('kb.demonym') && PLURAL_DEMONYM.test(m.text);
    actors.push({
      start,
      end,
      actor: m.actor,
      type: m.type,
      ...(seat && { seat }),
      ...(people && { people }),
    });
  }
  const locate = <T extends { sentence: number; span: { start: number; end: number } }>(list: readonly T[]) =>
    list.flatMap((value) => {
      if (value.sentence !== sentence.index) return [];
      const range = tokenRange(tokens, value.span.start, value.span.end);
      return range ? [{ start: range[0], end: range[1], value }] : [];
    });
  return {
    index: sentence.index,
    offset: sentence.tokenStart,
    tokens,
    norm,
    lemma,
    pos,
    actors,
    actorAt,
    places: locate(places),
    times: locate(times),
  };
}

/**
 * A name read as an organisation or a person of no known party ("Mariupol" taken for a group) that the
 * gazetteer knows as a place of a country is that place: it names where an act happens, not who acts.
 */
function isPlaceNamedAsNoOne(m: Mention, places: readonly Place[]): boolean {
  if (m.actor?.code !== '') return false;
  return places.some(
    (p) =>
      p.sentence === m.sentence && p.span.start === m.span.start && p.span.end === m.span.end && !!p.country,
  );
}

/** The actor span covering local token i, if any. */
export function actorSpanAt(view: SentenceView, i: number): ActorSpan | undefined {
  const a = view.actorAt[i];
  return a === undefined || a < 0 ? undefined : view.actors[a];
}

/** Whether "each other" or "one another" starts at k: coordinated subjects acting on one another. */
export function isEachOther(view: SentenceView, k: number): boolean {
  const a = view.norm[k];
  const b = view.norm[k + 1];
  return (a === 'each' && b === 'other') || (a === 'one' && b === 'another');
}
