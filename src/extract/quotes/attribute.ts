import { accordingTo } from './according.js';
import { type Attribution, kindOf } from './attribution.js';
import { contentAfter, contentBefore, type Found } from './content.js';
import type { QuoteContext } from './context.js';
import { type NounPhrase, phraseStartingAt } from './phrases.js';
import { sentenceSubject, subjectOf } from './subject.js';
import { quotedTurn, speakerTurns, type TurnLabel } from './turns.js';

const SMALL_WORDS = new Set(['and', 'of', 'the', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'with', 'or']);

/** "Fox and Friends", "State of the Union": a capitalised title in quotation marks is a name, not speech. */
function looksLikeTitle(ctx: QuoteContext, segment: number): boolean {
  const seg = ctx.segments[segment]!;
  const words = ctx.tokens.slice(seg.start, seg.end).filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0 || words.length > 6) return false;
  return (
    words.every((t) => /^[A-Z0-9]/.test(t.text) || SMALL_WORDS.has(t.norm)) && /^[A-Z]/.test(words[0]!.text)
  );
}

/** One attribution per cue: its speaker phrase and the content before or after it. */
function fromCue(
  ctx: QuoteContext,
  index: number,
  earlier: readonly (Attribution | undefined)[],
  isNamed: (t: number) => boolean,
): Attribution | undefined {
  const cue = ctx.cues[index]!;
  if (cue.entry.frame === 'source') return accordingTo(ctx, cue);
  if (unrealised(ctx, cue.start)) return undefined;
  const subject = subjectOf(ctx, cue, isNamed);
  const sentence = ctx.unit[cue.start]!;
  // "Asked about the device, O'Neill said …": a sentence-opening verb with no subject of its own reports nothing.
  if (subject.kind === 'none' && cue.start === ctx.units[sentence]!.tokenStart) return undefined;
  let speaker: NounPhrase | undefined;
  if (subject.kind === 'phrase') speaker = subject.phrase;
  else if (subject.kind === 'linked') {
    const previous = [...earlier]
      .reverse()
      .find((a) => a?.cue && ctx.unit[a.cue.start] === sentence && a.speaker);
    speaker = previous?.speaker ?? sentenceSubject(ctx, sentence, cue.start);
  }
  const inverted = subject.kind === 'phrase' && subject.inverted;
  const after = inverted && speaker ? speaker.end : cue.end;
  const forward = contentAfter(ctx, cue, after);
  let backward: Found | undefined;
  if (subject.kind !== 'linked' && (!forward || forward.rule === 'after-cue')) {
    const clauseStart = speaker && !inverted ? speaker.start : cue.start;
    // A cue with words of its own after it, or one that only frames quoted words, takes no clause before it.
    backward = contentBefore(ctx, clauseStart, after, forward !== undefined || cue.entry.frame === 'quote');
  }
  const parts = [...(backward?.parts ?? []), ...(forward?.parts ?? [])];
  const rule = backward && forward ? 'split' : (backward?.rule ?? forward?.rule ?? 'cue');
  return { cue, ...(speaker && { speaker }), parts, partials: [], rule };
}

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'to']);

/**
 * A reporting verb in the future, the conditional or the infinitive ("will reply", "could say", "refused to
 * comment") reports nothing said yet.
 */
function unrealised(ctx: QuoteContext, verb: number): boolean {
  let j = verb - 1;
  while (j >= 0 && (ctx.tokens[j]!.pos === 'ADV' || ctx.tokens[j]!.norm === 'not')) j--;
  const before = ctx.tokens[j];
  return before !== undefined && ctx.unit[j] === ctx.unit[verb] && MODALS.has(before.norm);
}

/** Where an attribution was last seen in the text: its cue or its last content token. */
function reach(a: Attribution): number {
  const last = a.parts.length > 0 ? a.parts[a.parts.length - 1]!.end - 1 : -1;
  return Math.max(a.cue?.start ?? -1, last);
}

/** What the actor stage says about the words at a token: named by a resolved actor, or by a person. */
export interface SpeakerNames {
  readonly isNamed: (t: number) => boolean;
  readonly isPerson: (t: number) => boolean;
}

/**
 * Every attribution in an article: first one per cue (speaker and content), then each quotation not yet
 * taken is placed — inside a reported clause (a partial quote), after a cue in its sentence ("described the
 * talks as "frank""), as the continuation of the quote before it in the paragraph or of the previous
 * paragraph's quote, or, failing all of these, with no speaker at all. Nothing is guessed beyond that.
 */
export function attribute(
  ctx: QuoteContext,
  names: SpeakerNames,
  labels: readonly TurnLabel[] = [],
): Attribution[] {
  const byCue: (Attribution | undefined)[] = [];
  for (let i = 0; i < ctx.cues.length; i++) byCue.push(fromCue(ctx, i, byCue, names.isNamed));
  const turns = speakerTurns(ctx, names.isPerson, labels);
  const all: Attribution[] = [...byCue.filter((a): a is Attribution => a !== undefined), ...turns];
  const owner = new Int32Array(ctx.segments.length).fill(-1);
  // Quotation marks inside a transcript turn are the speaker quoting others: no quotes of their own.
  ctx.segments.forEach((seg, s) => {
    if (turns.some((t) => t.parts.some((p) => p.start <= seg.open && seg.end <= p.end))) owner[s] = -2;
  });
  all.forEach((a, ai) => {
    for (let p = a.parts.length - 1; p >= 0; p--) {
      const s = a.parts[p]!.segment;
      if (s === undefined) continue;
      if (owner[s]! < 0) owner[s] = ai;
      else a.parts.splice(p, 1); // an earlier cue took this quotation
    }
  });

  for (let s = 0; s < ctx.segments.length; s++) {
    if (owner[s] !== -1) continue;
    const seg = ctx.segments[s]!;
    const take = (ai: number, asPart: boolean): void => {
      const a = all[ai]!;
      if (asPart) a.parts.push({ start: seg.start, end: seg.end, segment: s });
      else a.partials.push(s);
      owner[s] = ai;
    };
    const within = innermostClause(all, seg.open, seg.end);
    if (within >= 0) {
      take(within, false);
      continue;
    }
    if (looksLikeTitle(ctx, s)) continue;
    if (seg.continues !== undefined && owner[seg.continues]! >= 0) {
      const ai = owner[seg.continues]!;
      take(
        ai,
        all[ai]!.parts.some((p) => p.segment === seg.continues),
      );
      continue;
    }
    const sentence = ctx.unit[seg.open];
    const cueBefore = byCue.findLastIndex(
      (a, ci) =>
        a !== undefined && ctx.cues[ci]!.start < seg.open && ctx.unit[ctx.cues[ci]!.start] === sentence,
    );
    if (cueBefore >= 0) {
      // ""…," Tester said, referring to …, "…"": the rest of a split quotation; else words quoted in a report.
      const a = byCue[cueBefore]!;
      take(all.indexOf(a), a.parts.length > 0 && kindOf(a) === 'direct');
      continue;
    }
    const own = quotedTurn(ctx, s) ?? signedQuote(ctx, s) ?? colonQuote(ctx, s);
    if (own) {
      all.push(own);
      owner[s] = all.length - 1;
      continue;
    }
    const embedded = wordsBefore(ctx, seg.open);
    const previous = embedded ? -1 : previousInParagraph(ctx, all, seg.open);
    if (previous >= 0) {
      const a = all[previous]!;
      if (kindOf(a) === 'direct' && a.parts.length > 0) take(previous, true);
      else {
        all.push({
          ...(a.cue && { cue: a.cue }),
          ...(a.speaker && { speaker: a.speaker }),
          parts: [{ start: seg.start, end: seg.end, segment: s }],
          partials: [],
          rule: 'continued',
        });
        owner[s] = all.length - 1;
      }
      continue;
    }
    // Nobody to attribute it to: kept with no speaker. Quoted words inside a sentence of the narrator's own
    // (a term, a scare quote) are told apart from a quotation that stands as a sentence.
    all.push({
      parts: [{ start: seg.start, end: seg.end, segment: s }],
      partials: [],
      rule: embedded ? 'fragment' : 'unattributed',
    });
    owner[s] = all.length - 1;
  }
  return all.filter((a) => a.parts.length > 0 || a.partials.length > 0);
}

/** Are there words of the sentence before token `open` (not only punctuation, conjunctions and adverbs)? */
function wordsBefore(ctx: QuoteContext, open: number): boolean {
  const sentence = ctx.units[ctx.unit[open]!]!;
  for (let t = sentence.tokenStart; t < open; t++) {
    const pos = ctx.tokens[t]!.pos;
    if (pos !== 'PUNCT' && pos !== 'CCONJ' && pos !== 'ADV') return true;
  }
  return false;
}

const DASHES = new Set(['\u2015', '\u2014', '\u2013', '-']);

/** A quotation signed after a dash: ""…" ― Sonya Herridge". */
function signedQuote(ctx: QuoteContext, s: number): Attribution | undefined {
  const seg = ctx.segments[s]!;
  if (seg.close < 0) return undefined;
  let i = seg.close + 1;
  if (ctx.tokens[i]?.text === ',') i++;
  const dash = ctx.tokens[i];
  if (!dash || !DASHES.has(dash.text) || ctx.paragraph[i] !== ctx.paragraph[seg.close]) return undefined;
  const sentence = ctx.units[ctx.unit[i + 1] ?? ctx.unit[i]!]!;
  const speaker = phraseStartingAt(ctx.tokens, sentence, i + 1);
  if (!speaker || ctx.paragraph[speaker.start] !== ctx.paragraph[i]) return undefined;
  return { speaker, parts: [{ start: seg.start, end: seg.end, segment: s }], partials: [], rule: 'signed' };
}

/**
 * A quotation after a colon that ends a sentence of its own ("Limbaugh went on: "…"", "I had to change my
 * answer: "…""): the speaker is that sentence's subject, when it has one.
 */
function colonQuote(ctx: QuoteContext, s: number): Attribution | undefined {
  const seg = ctx.segments[s]!;
  const colon = seg.open - 1;
  if (colon < 0 || ctx.tokens[colon]!.text !== ':' || ctx.segmentAt[colon]! >= 0) return undefined;
  const speaker = sentenceSubject(ctx, ctx.unit[colon]!, colon);
  if (!speaker) return undefined;
  return { speaker, parts: [{ start: seg.start, end: seg.end, segment: s }], partials: [], rule: 'colon' };
}

/** The attribution whose reported clause holds tokens [from, to), the one starting latest; -1 if none. */
function innermostClause(all: readonly Attribution[], from: number, to: number): number {
  let best = -1;
  let bestStart = -1;
  all.forEach((a, ai) => {
    if (a.verbatim) return;
    for (const p of a.parts) {
      if (p.segment === undefined && p.start <= from && to <= p.end && p.start > bestStart) {
        best = ai;
        bestStart = p.start;
      }
    }
  });
  return best;
}

/**
 * The attribution a cue-less quotation at `open` continues: the latest one before it in the same paragraph, or,
 * when the quotation opens its paragraph, the previous paragraph's last one if that one quoted words.
 */
function previousInParagraph(ctx: QuoteContext, all: readonly Attribution[], open: number): number {
  const paragraph = ctx.paragraph[open]!;
  const opensParagraph = open === 0 || ctx.paragraph[open - 1] !== paragraph;
  let best = -1;
  let bestReach = -1;
  all.forEach((a, ai) => {
    const r = reach(a);
    if (a.parts.length === 0 && a.partials.length === 0) return; // a cue that reported nothing
    if (r < 0 || r >= open || r <= bestReach) return;
    const p = ctx.paragraph[r]!;
    const quoted = a.parts.some((x) => x.segment !== undefined) || a.partials.length > 0;
    if (p === paragraph || (opensParagraph && p === paragraph - 1 && quoted)) {
      best = ai;
      bestReach = r;
    }
  });
  if (best >= 0 && !all[best]!.speaker) return -1;
  return best;
}
