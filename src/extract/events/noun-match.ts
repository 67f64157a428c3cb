// Finding an event noun in a sentence: the longest noun pattern row at a token, outside names and compounds.
import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import type { EventPattern, OtherSense } from '../../knowledge/cameo/patterns.js';
import type { Parsed } from './arguments.js';
import { namesArmedForce, namesPlaceNotCountry } from './armed-objects.js';
import { objectSlot } from './object-slots.js';
import { isPossessive, type Phrase } from './phrases.js';
import { matchWords, nounKeys, type Pieces } from './pieces.js';
import type { SentenceView } from './sentence.js';
import { FRAME_HEADS, TIME_WORDS } from './words.js';

export interface NounMatch {
  readonly pattern: EventPattern;
  readonly start: number;
  readonly end: number;
  readonly head: number;
}

export function matchNounAt(
  parsed: Parsed,
  pieces: Pieces,
  cameo: CameoKnowledge,
  t: number,
  consumed: Uint8Array,
): NounMatch | undefined {
  const { view } = parsed;
  const first = pieces.norm[t]![0];
  const keys = new Set(first === undefined ? [] : nounKeys(first, pieces.lemma[t]![0] ?? first));
  let found: { pattern: EventPattern; end: number }[] = [];
  let longest = 0;
  for (const key of keys) {
    if (key === undefined) continue;
    for (const pattern of cameo.nouns.get(key) ?? []) {
      if (pattern.words.length < longest) continue;
      const end = matchWords(pieces, pattern.words, t);
      if (end < 0 || consumed.subarray(t, end).some((c) => c === 1)) continue;
      if (pattern.words.length > longest) {
        longest = pattern.words.length;
        found = [];
      }
      found.push({ pattern, end });
    }
  }
  if (found.length === 0) return undefined;
  if (inName(view, t)) return undefined;
  const { end } = found[0]!;
  const head = found[0]!.pattern.head === 0 && longest > 1 ? t : end - 1;
  const pos = view.pos[head]!;
  const multi = end - t > 1;
  if (!multi && pos !== 'NOUN' && pos !== 'PROPN') {
    const prev = view.pos[t - 1];
    if (!(prev === 'DET' || prev === 'ADJ' || prev === 'NUM' || isPossessive(view, t - 1))) return undefined;
  }
  // part of a longer compound ("strike force", "attack helicopter") is not the event
  const next = view.pos[end];
  const compound =
    (next === 'NOUN' || next === 'PROPN') &&
    found[0]!.pattern.head === found[0]!.pattern.words.length - 1 &&
    view.actorAt[end]! < 0 &&
    !TIME_WORDS.has(view.norm[end]!);
  // "a sanctions package against Russia": the noun that frames the act belongs to its phrase
  const framed = compound && FRAME_HEADS.has(view.norm[end]!);
  if (compound && !framed && !view.norm[end]!.endsWith('ing') && !mayBeVerb(view, t, end)) return undefined;
  const phraseEnd = framed ? end + 1 : end;
  // among rows for the same words, prefer the one whose target preposition follows first ("asset freezes
  // against the officers on Monday" are against them)
  const after = view.norm[phraseEnd] === "'s" ? undefined : followingPreps(parsed, phraseEnd);
  let withPrep: (typeof found)[number] | undefined;
  let nearest = Number.POSITIVE_INFINITY;
  for (const f of found) {
    const at = f.pattern.prep === '' || !after ? -1 : after.indexOf(f.pattern.prep);
    if (at >= 0 && at < nearest) {
      nearest = at;
      withPrep = f;
    }
  }
  const bare = found.find((f) => f.pattern.prep === '');
  const chosen = withPrep ?? bare ?? found[0]!;
  // "air defence", "a defence system": a row that needs its preposition is no event without it
  if (chosen.pattern.needsPrep && chosen !== withPrep) return undefined;
  // "the build-up of Russian troops", not "the build-up of debt" or "the concentration of power"
  if (chosen.pattern.objects && !forceOf(parsed, pieces, chosen.pattern, chainAfter(parsed, phraseEnd)[0]))
    return undefined;
  // "the defence of Kyiv": a city held by arms
  if (chosen.pattern.notOfPlace && namesPlaceNotCountry(parsed, chainAfter(parsed, phraseEnd)[0]))
    return undefined;
  const sense =
    chosen.pattern.otherSenses && nounSense(parsed, pieces, chosen.pattern.otherSenses, t, phraseEnd);
  if (sense && !sense.pattern) return undefined;
  return { pattern: sense?.pattern ?? chosen.pattern, start: t, end: phraseEnd, head };
}

/**
 * Whether the "of" phrase after a noun row that takes any armed force names one ("the massing of tanks", "the
 * build-up of Russian forces"), or, where the row does not need one, whether there is none ("the Russian
 * build-up").
 */
function forceOf(parsed: Parsed, pieces: Pieces, row: EventPattern, after: Phrase | undefined): boolean {
  if (after?.prep !== 'of') return !row.needsOf;
  if (namesArmedForce(parsed, after)) return true;
  return row.objects!.some((words) => objectSlot(parsed, pieces, words, after) !== undefined);
}

/**
 * The other sense the words around a noun give it: a word before it ("air defence") or after it, the
 * head of the phrase its target preposition opens ("the sabotage of the talks"), or of the "as" phrase
 * after that ("the recognition of Russia as a terrorist state").
 */
function nounSense(
  parsed: Parsed,
  pieces: Pieces,
  senses: readonly OtherSense[],
  start: number,
  end: number,
): OtherSense | undefined {
  for (const sense of senses) {
    if (sense.context === 'before') {
      for (let s = Math.max(0, start - 3); s < start; s++)
        if (matchWords(pieces, sense.words, s) === start) return sense;
    } else if (sense.context === 'after') {
      if (matchWords(pieces, sense.words, end) > 0) return sense;
    } else if (sense.context === 'as') {
      // "the recognition of Russia as a terrorist state": the "as" phrase after the noun's own phrase
      const as = chainAfter(parsed, end).find((ph) => ph.prep === 'as');
      if (as && objectSlot(parsed, pieces, sense.words, as)) return sense;
    } else {
      const object = chainAfter(parsed, end)[0];
      if (object && objectSlot(parsed, pieces, sense.words, object)) return sense;
    }
  }
  return undefined;
}

/**
 * A noun inside a name is no event: "the Defence Ministry", "the Partnership Agreement", "for March",
 * "Secretary-General Ban". Capitals past the sentence's first word mark a name, except after an opening
 * quote or a colon, where a new sentence may begin.
 */
function inName(view: SentenceView, t: number): boolean {
  if (view.actorAt[t]! >= 0) return true;
  if (t === 0) return false;
  const c = view.tokens[t]!.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const before = view.norm[t - 1]!;
  return !(before === ':' || before === '"' || before === '“' || before === "'" || before === '(');
}

/** The prepositions of the prepositional phrases right after token `end` (a short chain). */
function followingPreps(parsed: Parsed, end: number): string[] {
  return chainAfter(parsed, end).map((ph) => ph.prep!);
}

export function chainAfter(parsed: Parsed, end: number): Phrase[] {
  const chain: Phrase[] = [];
  let at = end;
  for (const ph of parsed.phrases) {
    if (ph.start < at) continue;
    if (ph.start !== at + 1 || ph.prep === undefined) break;
    if (parsed.predicates.some((p) => p.start >= at && p.start < ph.start)) break;
    chain.push(ph);
    at = ph.end;
    if (chain.length >= 3) break;
  }
  return chain;
}

/**
 * "America bans imports", "Russia attacks cities": a one-word event ending in -s right after a name may be the
 * verb the tagger took for a noun, and the noun after it its object, not a compound.
 */
function mayBeVerb(view: SentenceView, t: number, end: number): boolean {
  return (
    end - t === 1 &&
    view.norm[t]!.endsWith('s') &&
    view.pos[t - 1] === 'PROPN' &&
    (view.actorAt[t - 1] ?? -1) >= 0
  );
}
