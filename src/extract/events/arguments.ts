import type { ActorRef } from '../../core/records.js';
import { isShortParenthesis, nameBeforeGloss } from './clause-tokens.js';
import type { Clause } from './clauses.js';
import { authorModifiers } from './modifier-authors.js';
import { isOtherParty, meetingMembers } from './other-party.js';
import { anaphorPair } from './pair-anaphors.js';
import { clientPart, phraseActors } from './phrase-actors.js';
import type { Phrase } from './phrases.js';
import { placed, placedEach } from './placed-actors.js';
import type { Predicate } from './predicates.js';
import type { ActorSpan, SentenceView } from './sentence.js';
import {
  COUNTING_HEADS,
  DOCUMENT_NOUNS,
  INTENT_NOUNS,
  isCountryCode,
  KIN_NOUNS,
  RELATIVE_PRONOUNS,
  TIME_WORDS,
  WEAPON_HEADS,
} from './words.js';

/** The parsed sentence the argument finders work over. */
export interface Parsed {
  readonly view: SentenceView;
  readonly phrases: readonly Phrase[];
  readonly predicates: readonly Predicate[];
  readonly clauses: readonly Clause[];
  /** The last pair of actors named together before this sentence ("Ukraine and Russia"), for "the two nations". */
  readonly pair: readonly ActorSpan[];
  /** The two parties of the last meeting or call before this sentence, for "the presidents", "the sides". */
  readonly meetingPair: readonly ActorSpan[];
  /**
   * Whether this sentence or one of the two before it speaks in the first person ("I", "we"): someone's
   * speech, in which "they" are others than the two who met.
   */
  readonly inSpeech: boolean;
  /** Whether local token k heads a noun the pattern lexicon knows as an event ("meeting", "talks"). */
  readonly isEventNoun: (k: number) => boolean;
  /** Whether the event noun at token k names whom it is done to after "of" ("the invasion of Ukraine"). */
  readonly ofNamesTarget: (k: number) => boolean;
  /** Who speaks the words at global token t, when a transcript turn's label or the title names them. */
  readonly speakerAt?: (t: number) => ActorRef | undefined;
}

/** An actor found for an argument, and how sure we are of it. */
export interface Argument {
  readonly span: ActorSpan;
  /** 1 for the head of the phrase, less for a possessor, a modifier or a borrowed subject. */
  readonly weight: number;
}

const STOP_WORDS = new Set([';', ':', '(', ')', '—']);

/**
 * The "by" or "from" phrase right after a phrase, ending by `end`: who made what the phrase names ("a demand
 * from the US", "a report by Human Rights Watch").
 */
export function authorPhrase(
  parsed: Parsed,
  phrase: Phrase,
  end = Number.POSITIVE_INFINITY,
): Phrase | undefined {
  const next = parsed.phrases[phrase.index + 1];
  if (!next || next.start !== phrase.end + 1 || next.end > end) return undefined;
  return next.prep === 'by' || next.prep === 'from' ? next : undefined;
}

/** Where the objects of predicate `p` end: the next verb group, or a word that opens another clause. */
export function regionEnd(parsed: Parsed, p: Predicate): number {
  const { view, predicates } = parsed;
  let end = view.norm.length;
  const next = predicates[p.index + 1];
  if (next) {
    end = next.start;
    if (view.norm[end - 1] === 'to') end--;
  }
  for (let k = p.end; k < end; k++) {
    const w = view.norm[k]!;
    // "the Democratic People's Republic of Korea (DPRK)": a short parenthesis after a name goes on
    if (w === '(' && isShortParenthesis(view, k)) {
      while (view.norm[k] !== ')') k++;
      continue;
    }
    if (
      STOP_WORDS.has(w) ||
      (view.pos[k] === 'SCONJ' && k > p.end) ||
      (RELATIVE_PRONOUNS.has(w) && view.pos[k] !== 'DET')
    )
      return k;
  }
  return end;
}

export function phrasesBetween(parsed: Parsed, from: number, to: number): Phrase[] {
  return parsed.phrases.filter((ph) => ph.start >= from && ph.end <= to);
}

/**
 * The actors a coordinated phrase stands for: each member's head actor; failing that its owner ("Russia's
 * army"), its modifiers ("the Russian building"), or a pair anaphor ("the two nations").
 */
export function actorsOfGroup(
  parsed: Parsed,
  phrase: Phrase | undefined,
  role: 'source' | 'target' = 'target',
): Argument[] {
  if (!phrase) return [];
  const out: Argument[] = [];
  for (const g of phrase.group) {
    const member = clientPart(parsed.view, parsed.phrases[g]!);
    const actors = phraseActors(parsed.view, parsed.phrases, member);
    const authors =
      role === 'source'
        ? authorModifiers(parsed.view.lemma[member.head]!, actors.modifiers)
        : actors.modifiers;
    // "the two leaders", "the presidents": an agent word of no country that is a pair anaphor stands for
    // the pair named or met before, not for officials of unknown country
    const pair = actors.heads.every(isUnknownAgent) ? anaphorPair(parsed, member) : [];
    if (pair.length > 0) for (const span of pair) out.push({ span, weight: 0.6 });
    else if (actors.heads.length > 0)
      for (const span of actors.heads)
        for (const one of placedEach(
          parsed,
          member,
          withCountry(parsed.view, countedScope(parsed, member, span), span, actors.modifiers),
        ))
          out.push({ span: one, weight: 1 });
    // "informed his interlocutor", "thanked the counterpart" after a call: the one of the two who met that
    // the clause's source is not (the other is dropped as the source's own)
    else if (role === 'target' && isOtherParty(parsed.view, member) && parsed.meetingPair.length === 2)
      for (const span of meetingMembers(parsed, member)) out.push({ span, weight: 0.5 });
    // ("the President's wife warned": kin are not the one whose kin they are)
    else if (actors.possessor && !KIN_NOUNS.has(parsed.view.lemma[member.head]!))
      out.push({ span: actors.possessor, weight: 0.8 });
    // "the Russian building" was attacked; but only an event noun's or a group's modifier acts ("Israeli
    // shelling killed …", "a Palestinian guerrilla group claimed …"), not any noun's ("the Airlines crash")
    else if (actors.modifiers.length > 0 && role === 'target')
      for (const span of actors.modifiers)
        out.push({ span: { ...span, actor: dwellersOf(parsed.view, member, span.actor) }, weight: 0.7 });
    else if (
      authors.length > 0 &&
      (parsed.isEventNoun(member.head) ||
        COLLECTIVE_HEADS.has(parsed.view.lemma[member.head]!) ||
        // "the US decision to lift sanctions", "a Russian bid to host": the one whose intention it is
        INTENT_NOUNS.has(parsed.view.lemma[member.head]!) ||
        // "killed by a Russian projectile": the one who fired the weapon
        WEAPON_HEADS.has(parsed.view.lemma[member.head]!))
    )
      out.push({ span: placed(parsed, member, authors[authors.length - 1]!), weight: 0.7 });
    // "Algerian landowners", "ethnic Turks": a plural of people the dictionaries do not list, named by
    // their country
    else if (actors.modifiers.length > 0 && isPeoplePlural(parsed, member))
      out.push({ span: actors.modifiers[actors.modifiers.length - 1]!, weight: 0.6 });
    else {
      const named = role === 'source' ? followers(parsed, member) : undefined;
      const name = named ? undefined : glossedName(parsed, member);
      if (named) {
        // "supporters of the former president blocked roads": a leader's followers act as the leader's camp
        const of = parsed.phrases[named.index + 1];
        if (of?.prep === 'of' && of.start === named.end + 1)
          for (const a of actorsOfGroup(parsed, of, 'source'))
            out.push({ span: a.span, weight: a.weight * 0.7 });
      } else if (name) {
        // "the Hizbollah (Party of God) group": the name before a parenthesis names the group after it
        for (const span of phraseActors(parsed.view, parsed.phrases, name).heads)
          out.push({ span, weight: 0.9 });
      }
      // the pair was named in an earlier sentence: the evidence here is the anaphor itself
      else for (const span of anaphorPair(parsed, member)) out.push({ span, weight: 0.6 });
    }
  }
  return dedupe(out);
}

/** An agent of no country named: "leaders" (`---GOV`). */
function isUnknownAgent(span: ActorSpan): boolean {
  return span.type === 'agent' && span.actor.code.startsWith('---');
}

/**
 * Where the words that may give a head of `member` its country start: the member, or for a head counted in
 * an of-phrase whose patron is named ("two members of Iran's client militia"), past the patron.
 */
function countedScope(parsed: Parsed, member: Phrase, span: ActorSpan): Phrase {
  if (span.start < member.end) return member;
  const home = parsed.phrases.find((ph) => ph.start <= span.start && span.end <= ph.end);
  const client = home && clientPart(parsed.view, home);
  return client && client.start > home.start ? { ...member, start: client.start } : member;
}

/** The name phrase before "(…)" when `phrase` is the collective noun right after it: "APEC (…) forum". */
function glossedName(parsed: Parsed, phrase: Phrase): Phrase | undefined {
  const head = parsed.view.lemma[phrase.head]!;
  if (phrase.head !== phrase.start || (!COLLECTIVE_HEADS.has(head) && !GLOSSED_HEADS.has(head)))
    return undefined;
  return nameBeforeGloss(parsed.view, parsed.phrases, phrase, 12);
}

/** People who act for the one the of-phrase names ("supporters of the president"). */
const FOLLOWER_HEADS = new Set(['supporter', 'follower', 'loyalist', 'backer', 'partisan']);

/** The phrase naming followers, itself or counted ("hundreds of supporters"), that `member` heads. */
function followers(parsed: Parsed, member: Phrase): Phrase | undefined {
  if (isFollower(parsed.view, member.head)) return member;
  const next = parsed.phrases[member.index + 1];
  if (
    !COUNTING_HEADS.has(parsed.view.norm[member.head]!) ||
    next?.prep !== 'of' ||
    next.start !== member.end + 1
  )
    return undefined;
  return isFollower(parsed.view, next.head) ? next : undefined;
}

function isFollower(view: SentenceView, k: number): boolean {
  const w = view.norm[k]!;
  return FOLLOWER_HEADS.has(view.lemma[k]!) || (w.endsWith('s') && FOLLOWER_HEADS.has(w.slice(0, -1)));
}

/** Heads that, after a name and its gloss, stand for the named body: "the APEC (…) forum". */
const GLOSSED_HEADS = new Set(['forum', 'bloc', 'union', 'league', 'federation', 'association']);

function isPeoplePlural(parsed: Parsed, phrase: Phrase): boolean {
  const { view } = parsed;
  const head = phrase.head;
  const word = view.norm[head]!;
  return (
    view.pos[head] === 'NOUN' &&
    word.endsWith('s') &&
    word !== view.lemma[head] &&
    !parsed.isEventNoun(head) &&
    !TIME_WORDS.has(word)
  );
}

/**
 * Heads that name a group whose identity its modifier gives ("a Palestinian guerrilla group"), or a
 * document whose author it gives ("a UN report alleged …", "an Iraqi statement condemned …").
 */
const COLLECTIVE_HEADS = new Set([
  ...DOCUMENT_NOUNS,
  'group',
  'movement',
  'faction',
  'organization',
  'organisation',
  'party',
  'coalition',
  'wing',
  'force',
  'unit',
  'regime',
  'leadership',
  'delegation',
  'side',
  'camp',
  'alliance',
  'front',
  'network',
  'cell',
  'militia',
  'agency',
  'ministry',
  'court',
  'council',
  'committee',
  'commission',
  'body',
  'office',
  'team',
  'mission',
  'warship',
  'vessel',
  'aircraft',
  'jet',
  'plane',
  'helicopter',
  'tank',
  'navy',
  'artillery',
  'unit',
  'official',
]);

/** "French maritime authorities": an agent of unknown country (`---GOV`) with a country modifier (FRA). */
function withCountry(
  view: SentenceView,
  member: Phrase,
  span: ActorSpan,
  modifiers: readonly ActorSpan[],
): ActorSpan {
  if (!span.actor.code.startsWith('---')) return span;
  const modifier = [...modifiers].reverse().find((m) => m.end <= span.start && isCountryCode(m.actor.code));
  // "Darfur rebels": a place before the words, which the gazetteer puts in a country
  const place = modifier
    ? undefined
    : view.places.find((p) => p.start >= member.start && p.end <= span.start && p.value.country);
  const country = modifier
    ? { code: modifier.actor.code.slice(0, 3), name: modifier.actor.name }
    : place && { code: place.value.country, name: place.value.name };
  if (!country) return organisationAgent(span, modifiers);
  const code = `${country.code}${span.actor.code.slice(3)}`;
  return { ...span, actor: { id: code, code, name: `${country.name} ${span.actor.name}` } };
}

/**
 * "European Community foreign ministers", "UN officials": agents of unknown country named by the
 * international organisation right before them act for it.
 */
function organisationAgent(span: ActorSpan, modifiers: readonly ActorSpan[]): ActorSpan {
  const last = modifiers[modifiers.length - 1];
  if (!last || last.end > span.start || !ORGANISATION_PREFIXES.has(last.actor.code.slice(0, 3))) return span;
  return { ...span, actor: last.actor };
}

const ORGANISATION_PREFIXES = new Set(['IGO', 'NGO']);

/** Heads naming people's homes: what is done to "Palestinian homes" is done to Palestinian civilians. */
const DWELLING_HEADS: ReadonlySet<string> = new Set(['home', 'house', 'dwelling', 'household']);

function dwellersOf(view: SentenceView, phrase: Phrase, actor: ActorSpan['actor']): ActorSpan['actor'] {
  if (!DWELLING_HEADS.has(view.lemma[phrase.head]!) || !isCountryCode(actor.code) || actor.code.length !== 3)
    return actor;
  return { id: `${actor.code}CVL`, code: `${actor.code}CVL`, name: `${actor.name} (CVL)` };
}

export function dedupe(list: readonly Argument[]): Argument[] {
  const seen = new Map<string, Argument>();
  for (const a of list) {
    const key = a.span.actor.id;
    const prior = seen.get(key);
    if (!prior || prior.weight < a.weight) seen.set(key, a);
  }
  return [...seen.values()];
}
