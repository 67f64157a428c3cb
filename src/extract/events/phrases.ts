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
    // "Iran as well as Sudan": the last "as" joins the phrase to the one before, it is no preposition
    const conjunction = norm[before] === 'as' && norm[before - 1] === 'well' && norm[before - 2] === 'as';
    const prep =
      before >= 0 &&
      !conjunction &&
      (pos[before] === 'ADP' || (norm[before] === 'to' && pos[before] === 'PART'))
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

/**
 * Where the sentence's opening adverbial ends, when it opens with one ("In Iraq, …", "After talks in Geneva,
 * …"): the first verb, or 0 when it opens otherwise. A phrase inside it and the subject after its comma are
 * no list.
 */
function frontedEnd(view: SentenceView): number {
  const { pos } = view;
  if (pos[0] !== 'ADP' && pos[0] !== 'SCONJ') return 0;
  for (let k = 0; k < pos.length; k++) if (pos[k] === 'VERB' || pos[k] === 'AUX') return k;
  return pos.length;
}

/** How many words a list's aside may take: "and, with conditions, Cuba". */
const ASIDE_LIMIT = 8;

/**
 * The phrase after "and" that a short prepositional aside ending in a comma comes before ("…, and, with
 * conditions, Cuba", "…, and with strings attached, Cuba"): the list goes on with it, and the aside, which
 * names no one, is no member.
 */
function afterAside(view: SentenceView, phrases: readonly Phrase[], k: number): number | undefined {
  const { norm, pos } = view;
  const a = phrases[k]!;
  let at = a.end;
  const commaBefore = norm[at] === ',';
  if (commaBefore) at++;
  if (norm[at] !== 'and') return undefined;
  at++;
  const commaAfter = norm[at] === ',';
  if (commaAfter) at++;
  if ((!commaBefore && !commaAfter) || pos[at] !== 'ADP') return undefined;
  for (let close = at + 1; close < Math.min(norm.length, at + 1 + ASIDE_LIMIT); close++) {
    const w = norm[close]!;
    if (w === ',') {
      let b = k + 1;
      while (b < phrases.length && phrases[b]!.start <= close) b++;
      return phrases[b]?.start === close + 1 && phrases[b]!.prep === undefined ? b : undefined;
    }
    // a finite verb or another actor: a clause or a member of its own, not an aside
    const finite = pos[close] === 'AUX' || (pos[close] === 'VERB' && !w.endsWith('ed'));
    if (finite || view.actorAt[close]! >= 0 || w === 'and' || w === 'or') return undefined;
  }
  return undefined;
}

/**
 * Joins phrases separated by "and", "or", "nor", "as well as", or list commas that end in "and". A list may
 * follow its preposition ("sanctions on Iran, Libya and Sudan"), and its last member may come after an aside.
 */
function groupCoordinated(view: SentenceView, phrases: Phrase[]): void {
  const { norm } = view;
  // links[k]: how phrase k joins the member after it, which is phrases[nextOf[k]]
  const links: ('and' | 'comma' | undefined)[] = [];
  const nextOf: number[] = [];
  // "on January 12, and the OSCE …": a date does not coordinate with an actor
  const isTime = (ph: Phrase) => view.times.some((t) => t.start <= ph.head && ph.head < t.end);
  const fronted = frontedEnd(view);
  for (let k = 0; k + 1 < phrases.length; k++) {
    const a = phrases[k]!;
    const aside = afterAside(view, phrases, k);
    const b = phrases[aside ?? k + 1]!;
    nextOf.push(aside ?? k + 1);
    // "with Iran and with Syria": a repeated preposition goes with the member after it
    const repeated = b.prep !== undefined && b.prep === a.prep ? 1 : 0;
    const between = norm.slice(a.end, b.start - repeated).join(' ');
    const compatible = (b.prep === undefined || b.prep === a.prep) && isTime(a) === isTime(b);
    if (!compatible) links.push(undefined);
    else if (
      aside !== undefined ||
      between === 'and' ||
      between === 'or' ||
      between === 'nor' ||
      between === ', and' ||
      between === 'as well as' ||
      between === ', as well as'
    )
      links.push('and');
    // a list after its preposition ("on Iran, Libya and Sudan"), but not a fronted phrase and the subject
    // after its comma ("In Iraq, the US and Britain …", "After talks in Geneva, Russia and China …")
    else if (
      between === ',' &&
      (b.prep === undefined || repeated) &&
      (a.prep === undefined || a.start >= fronted)
    )
      links.push('comma');
    else links.push(undefined);
  }
  let k = 0;
  while (k < phrases.length) {
    // the chain of members from k, each linked to the next
    const chain = [k];
    const kinds: ('and' | 'comma')[] = [];
    let m = k;
    while (m < links.length && links[m] !== undefined) {
      kinds.push(links[m]!);
      m = nextOf[m]!;
      chain.push(m);
    }
    // a run of comma links with no "and" is apposition, not a list
    if (chain.length > 1 && kinds.includes('and')) {
      // trailing comma links after the last "and" are not part of the list
      let last = chain.length - 1;
      while (last > 0 && kinds[last - 1] === 'comma' && kinds.slice(0, last - 1).includes('and')) last--;
      let group = chain.slice(0, last + 1);
      // "… said in Geneva, Russia and China agreed …": members before a verb are its subject, and a phrase
      // after a preposition that goes with a verb is none of them ("officials from Iran, Iraq and Syria
      // met" is one list)
      const first = phrases[k]!;
      const after = view.pos[phrases[group[group.length - 1]!]!.end];
      const beforePrep = view.pos[first.start - 2];
      if (
        first.prep !== undefined &&
        kinds[0] === 'comma' &&
        (after === 'VERB' || after === 'AUX') &&
        beforePrep !== 'NOUN' &&
        beforePrep !== 'PROPN'
      )
        group = group.slice(1);
      for (const g of group) phrases[g]!.group = group;
    }
    k = m + 1;
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
