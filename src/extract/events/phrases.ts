import { type ActorSpan, actorSpanAt, type SentenceView } from './sentence.js';
import {
  ALLY_NOUNS,
  COUNTING_HEADS,
  PARTITIVE_HEADS,
  POSSESSIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  TIME_WORDS,
} from './words.js';

/** A noun phrase: local tokens [start, end), its head, and the preposition right before it, if any. */
export interface Phrase {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly head: number;
  readonly prep?: string;
  /** Phrases joined to this one by "and", "or" or list commas, including itself, in order. */
  group: number[];
}

const NOMINAL = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const PERSONAL = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'him',
  'them',
  'us',
  'me',
  'itself',
  'themselves',
  'himself',
  'herself',
]);
const QUANTIFIERS = new Set(['over', 'about', 'around', 'under', 'nearly', 'almost', 'some', 'roughly']);
const COMPARATIVES = new Set(['more', 'less', 'fewer']);
const HYPHENS = new Set(['-', '–', '—']);

export function isPersonalPronoun(word: string): boolean {
  return PERSONAL.has(word);
}

/**
 * Chunks a sentence into noun phrases from parts of speech and the actor mentions: a mention is never split,
 * a possessive ("Russia's", "his") stays inside the phrase it modifies, a participle between a determiner
 * and a noun ("any planned invasion") is a modifier, and a time word after a noun starts a phrase of its own.
 */
export function chunkPhrases(view: SentenceView): Phrase[] {
  const { pos, norm } = view;
  const n = pos.length;
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < n) {
    if (!startsPhrase(view, i)) {
      i++;
      continue;
    }
    const start = i;
    if (isPersonalPronoun(norm[i]!) && pos[i] === 'PRON') {
      i++;
    } else {
      let lastNoun = -1;
      while (i < n) {
        const span = actorSpanAt(view, i);
        if (span && span.start === i && i > start && lastNoun >= 0 && !joinsAcrossMention(view, i)) break;
        if (span) {
          i = span.end;
          lastNoun = i - 1;
          continue;
        }
        const p = pos[i]!;
        const w = norm[i]!;
        if (
          i > start &&
          lastNoun >= 0 &&
          (p === 'DET' || POSSESSIVE_PRONOUNS.has(w)) &&
          !isPossessive(view, i - 1)
        )
          break;
        // "Ukrainian lawmakers Tuesday endorsed": a time word after a noun starts its own phrase, but not in
        // "a four-day strike" or "two weeks"
        if (
          i > start &&
          lastNoun >= 0 &&
          TIME_WORDS.has(w) &&
          !TIME_WORDS.has(norm[lastNoun]!) &&
          pos[lastNoun] !== 'NUM' &&
          !HYPHENS.has(norm[i - 1]!)
        )
          break;
        if (NOMINAL.has(p) || (p === 'PRON' && POSSESSIVE_PRONOUNS.has(w) && i === start)) {
          if (p === 'NOUN' || p === 'PROPN' || p === 'NUM') lastNoun = i;
          i++;
          continue;
        }
        if (i > start && isPossessive(view, i)) {
          i++;
          continue;
        }
        if (
          i > start &&
          HYPHENS.has(w) &&
          i + 1 < n &&
          (NOMINAL.has(pos[i + 1]!) || (pos[i + 1] === 'VERB' && isModifierParticiple(view, i + 1))) &&
          view.tokens[i]!.space === ''
        ) {
          i++;
          continue;
        }
        if (p === 'VERB' && i + 1 < n && isModifierParticiple(view, i)) {
          i++;
          continue;
        }
        // "build-up", "sit-in": a verb and a particle joined by a hyphen inside a noun phrase.
        if (
          lastNoun >= 0 &&
          p === 'VERB' &&
          HYPHENS.has(norm[i + 1] ?? '') &&
          (pos[i + 2] === 'ADP' || pos[i + 2] === 'NOUN')
        ) {
          i += 3;
          lastNoun = i - 1;
          continue;
        }
        break;
      }
      // an adjective used as a noun ends the phrase: "the military", "the French military in Rwanda"
      const last = i - 1;
      if (
        last > lastNoun &&
        pos[last] === 'ADJ' &&
        (lastNoun >= 0 || pos[start] === 'DET') &&
        !NOMINAL.has(pos[i] ?? '')
      ) {
        lastNoun = last;
      }
      if (lastNoun < 0) {
        i = Math.max(i, start + 1);
        continue;
      }
      i = lastNoun + 1;
    }
    const end = i;
    // "over 150 prisoners", "about 300 representatives": a quantifier, not a preposition
    let first = start;
    if (first > 0 && QUANTIFIERS.has(norm[first - 1]!) && pos[first] === 'NUM') first--;
    // "up to 100 ethnic Albanians": "up to" is a quantifier too, not a preposition
    else if (first > 1 && norm[first - 1] === 'to' && norm[first - 2] === 'up' && pos[first] === 'NUM')
      first -= 2;
    // "more than 1,000 refugees", "at least 20 people": so are "more than", "at least"
    else if (
      first > 1 &&
      pos[first] === 'NUM' &&
      ((norm[first - 1] === 'than' && COMPARATIVES.has(norm[first - 2]!)) ||
        (norm[first - 1] === 'least' && norm[first - 2] === 'at'))
    )
      first -= 2;
    // "of mostly Christian eastern Beirut", "in largely Kurdish areas": an adverb of degree before the
    // modifiers belongs to the phrase, which keeps the preposition before it
    else if (
      first > 1 &&
      pos[first - 1] === 'ADV' &&
      norm[first - 1]!.endsWith('ly') &&
      pos[first - 2] === 'ADP' &&
      (pos[first] === 'ADJ' || pos[first] === 'PROPN')
    )
      first--;
    const before = first - 1;
    const prep =
      before >= 0 && (pos[before] === 'ADP' || (norm[before] === 'to' && pos[before] === 'PART'))
        ? norm[before]
        : undefined;
    phrases.push({
      index: phrases.length,
      start: first,
      end,
      head: headOf(view, start, end),
      ...(prep !== undefined && { prep }),
      group: [phrases.length],
    });
  }
  groupCoordinated(view, phrases);
  return phrases;
}

function startsPhrase(view: SentenceView, i: number): boolean {
  const p = view.pos[i]!;
  const w = view.norm[i]!;
  if (actorSpanAt(view, i)) return true;
  if (p === 'PRON') return isPersonalPronoun(w) || POSSESSIVE_PRONOUNS.has(w);
  if (RELATIVE_PRONOUNS.has(w) && p !== 'DET') return false;
  if (p === 'VERB' && i + 1 < view.pos.length && i > 0) return isModifierParticiple(view, i);
  return NOMINAL.has(p);
}

/** A mention right after a possessive or a modifier continues the phrase ("Russia's Foreign Minister Lavrov"). */
/**
 * A mention continues the phrase before it ("Asian banks", "Russia's Foreign Minister Lavrov", "Foreign
 * Minister Sergey Lavrov" as a role and a name of one person), unless it follows another actor's mention
 * ("told Russia Ukraine would …").
 */
function joinsAcrossMention(view: SentenceView, i: number): boolean {
  const here = actorSpanAt(view, i);
  if (here && isPersonalPronoun(view.norm[here.start]!)) return false;
  if (isPossessive(view, i - 1) || HYPHENS.has(view.norm[i - 1]!)) return true;
  const before = actorSpanAt(view, i - 1);
  if (!before) return view.pos[i - 1] !== 'PRON';
  // "Afghan rebel leaders": a common noun after a mention is its head; two names are two phrases
  return (
    here !== undefined && (before.actor.id === here.actor.id || here.type === 'agent' || here.type === 'role')
  );
}

export function isPossessive(view: SentenceView, i: number): boolean {
  const w = view.norm[i];
  return (
    (w === "'s" || w === "'" || w === 's') && (view.pos[i] === 'PART' || view.pos[i] === 'PUNCT') && i > 0
  );
}

function isModifierParticiple(view: SentenceView, i: number): boolean {
  const prev = view.pos[i - 1]!;
  const next = view.pos[i + 1]!;
  const before =
    prev === 'DET' ||
    prev === 'ADJ' ||
    prev === 'NUM' ||
    HYPHENS.has(view.norm[i - 1]!) ||
    // "extradited suspected militants": a participle right after a verb modifies its object; so does one
    // right after a preposition ("met with exiled dissidents")
    ((prev === 'VERB' || (prev === 'ADP' && view.norm[i - 1] !== 'as')) && view.norm[i]!.endsWith('ed'));
  return before && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN');
}

function headOf(view: SentenceView, start: number, end: number): number {
  for (let k = end - 1; k >= start; k--) {
    const p = view.pos[k]!;
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON' || p === 'NUM' || actorSpanAt(view, k)) return k;
  }
  return end - 1;
}

/** Joins phrases separated by "and", "or", "nor", "as well as", or list commas that end in "and". */
function groupCoordinated(view: SentenceView, phrases: Phrase[]): void {
  const { norm } = view;
  const links: ('and' | 'comma' | undefined)[] = [];
  // "on January 12, and the OSCE …": a date does not coordinate with an actor
  const isTime = (ph: Phrase) => view.times.some((t) => t.start <= ph.head && ph.head < t.end);
  for (let k = 0; k + 1 < phrases.length; k++) {
    const a = phrases[k]!;
    const b = phrases[k + 1]!;
    const between = norm.slice(a.end, b.start).join(' ');
    const compatible = (b.prep === undefined || b.prep === a.prep) && isTime(a) === isTime(b);
    if (!compatible) links.push(undefined);
    else if (
      between === 'and' ||
      between === 'or' ||
      between === 'nor' ||
      between === ', and' ||
      between === 'as well as'
    )
      links.push('and');
    else if (between === ',' && b.prep === undefined && a.prep === undefined) links.push('comma');
    else links.push(undefined);
  }
  let k = 0;
  while (k < phrases.length) {
    let j = k;
    let sawAnd = false;
    while (j < links.length && links[j] !== undefined) {
      if (links[j] === 'and') sawAnd = true;
      j++;
    }
    // a run of comma links with no "and" is apposition, not a list
    if (j > k && sawAnd) {
      const members: number[] = [];
      for (let m = k; m <= j; m++) members.push(m);
      // trailing comma links after the last "and" are not part of the list
      let last = j;
      while (last > k && links[last - 1] === 'comma' && links.slice(k, last - 1).includes('and')) last--;
      const group = members.filter((m) => m <= last);
      for (const m of group) phrases[m]!.group = group;
    }
    k = j + 1;
  }
}

/** The phrase containing local token i, if any. */
export function phraseAt(phrases: readonly Phrase[], i: number): Phrase | undefined {
  for (const p of phrases) if (p.start <= i && i < p.end) return p;
  return undefined;
}

/** The actors a phrase stands for, and the ones that only modify it. */
export interface PhraseActors {
  /** The phrase is the actor ("Russia", "the Russian Foreign Minister", "hundreds of UN troops"). */
  readonly heads: readonly ActorSpan[];
  /** An owner before "'s" or a possessive pronoun ("Russia's", "his"). */
  readonly possessor?: ActorSpan;
  /** Actors inside the phrase that modify its head ("Russian troop build-up", "Biden-Putin summit"). */
  readonly modifiers: readonly ActorSpan[];
}

export function phraseActors(view: SentenceView, phrases: readonly Phrase[], phrase: Phrase): PhraseActors {
  const heads: ActorSpan[] = [];
  const modifiers: ActorSpan[] = [];
  let possessor: ActorSpan | undefined;
  const headSpan = actorSpanAt(view, phrase.head);
  for (let k = phrase.start; k < phrase.end; k++) {
    const span = actorSpanAt(view, k);
    if (!span || span.start !== k) continue;
    if (span === headSpan) heads.push(span);
    else if (isPossessive(view, span.end) || POSSESSIVE_PRONOUNS.has(view.norm[span.start]!))
      possessor = span;
    else modifiers.push(span);
  }
  // "hundreds of UN troops", "1,800 of 2,200 teachers": a count of the group its of-phrase names
  const number = view.pos[phrase.head] === 'NUM';
  if (
    heads.length === 0 &&
    (PARTITIVE_HEADS.has(view.norm[phrase.head]!) || number) &&
    view.norm[phrase.end] === 'of'
  ) {
    const next = phrases[phrase.index + 1];
    // "scores of Sierra Leonean and Liberian refugees": the count is of every member of the group
    const members = next && next.start === phrase.end + 1 && next.group[0] === next.index ? next.group : [];
    for (const g of members) {
      const inner = phraseActors(view, phrases, clientPart(view, phrases[g]!));
      heads.push(...inner.heads);
      // "thousands of Iraqi Kurds": people no dictionary names, counted, are their country's civilians
      if (inner.heads.length === 0) {
        const counted = number || COUNTING_HEADS.has(view.norm[phrase.head]!);
        heads.push(...(counted ? inner.modifiers.map(asCivilians) : inner.modifiers));
      }
    }
  }
  return { heads, modifiers, ...(possessor && { possessor }) };
}

/**
 * "Israel's militia ally", "Iran's proxy militia": the words after the owner of an ally noun; the patron is
 * not the party its ally or proxy is, and does not give it its country ("its Iranian allies" are Iranian).
 */
export function clientPart(view: SentenceView, member: Phrase): Phrase {
  let after = -1;
  for (let k = member.start; k < member.end; k++) {
    if (isPossessive(view, k) || POSSESSIVE_PRONOUNS.has(view.norm[k]!)) after = k + 1;
    else if (after >= 0 && view.pos[k] === 'NOUN' && ALLY_NOUNS.has(view.norm[k]!))
      return { ...member, start: after };
  }
  return member;
}

/** People of a country the dictionaries do not name by sector ("Iraqi Kurds") are its civilians (`IRQCVL`). */
export function asCivilians(span: ActorSpan): ActorSpan {
  if (span.type !== 'country' || span.actor.code.length !== 3 || span.actor.code.startsWith('-')) return span;
  const code = `${span.actor.code}CVL`;
  return { ...span, actor: { id: code, code, name: `${span.actor.name} civilians` } };
}
