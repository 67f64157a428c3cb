import type { Modality } from '../../core/codes.js';
import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import { type Argument, actorsOfGroup, dedupe, type Parsed, regionEnd } from './arguments.js';
import type { Candidate } from './candidate.js';
import { amountOf } from './object-slots.js';
import { isPossessive, type Phrase, phraseActors, phraseAt } from './phrases.js';
import { matchWords, nounKeys, type Pieces } from './pieces.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import { type Stance, stronger } from './stance.js';
import { subjectActors } from './subject-actors.js';
import {
  HYPOTHETICAL_MODIFIERS,
  INTENDED_MODIFIERS,
  INTENT_ADJECTIVES,
  INTENT_VERBS,
  LIGHT_VERBS,
  MEDIATION_CODES,
  OBJECT_DEMANDED_VERBS,
  OBJECT_HYPOTHETICAL_VERBS,
  OBJECT_INTENDED_VERBS,
  OBJECT_NEGATING_VERBS,
  OBJECT_NOT_OWN_VERBS,
  POSSESSIVE_PRONOUNS,
  REFUSAL_VERBS,
  TIME_WORDS,
} from './words.js';

/** Roots whose nominal events are mutual: "talks with Lavrov" were held by someone with Lavrov. */
const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06']);
const TARGET_PREPS = new Set([
  'with',
  'against',
  'on',
  'of',
  'to',
  'into',
  'toward',
  'towards',
  'for',
  'upon',
]);
const PLACE_TARGET_ROOTS = new Set(['15', '19', '20']);

interface NounMatch {
  readonly pattern: EventPattern;
  readonly start: number;
  readonly end: number;
  readonly head: number;
}

/** Finds the nominal events of a sentence: "talks between X and Y", "a Russian troop build-up near …". */
export function codeNouns(
  parsed: Parsed,
  pieces: Pieces,
  cameo: CameoKnowledge,
  stances: readonly Stance[],
  consumed: Uint8Array,
): Candidate[] {
  const { view } = parsed;
  const out: Candidate[] = [];
  const inVerbGroup = new Uint8Array(view.norm.length);
  for (const p of parsed.predicates) inVerbGroup.fill(1, p.start, p.end);
  for (let t = 0; t < view.norm.length; t++) {
    if (consumed[t] || inVerbGroup[t]) continue;
    const match = matchNounAt(parsed, pieces, cameo, t, consumed);
    if (!match) continue;
    consumed.fill(1, match.start, match.end);
    const candidate = nounCandidate(parsed, match, stances);
    if (candidate) out.push(candidate);
    t = match.end - 1;
  }
  return out;
}

function matchNounAt(
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
  const compound = next === 'NOUN' || next === 'PROPN';
  if (
    compound &&
    found[0]!.pattern.head !== 0 &&
    view.actorAt[end]! < 0 &&
    !TIME_WORDS.has(view.norm[end]!)
  ) {
    return undefined;
  }
  // among rows for the same words, prefer the one whose target preposition follows
  const after = view.norm[end] === "'s" ? undefined : followingPreps(parsed, end);
  const withPrep = found.find((f) => f.pattern.prep !== '' && after?.includes(f.pattern.prep));
  const bare = found.find((f) => f.pattern.prep === '');
  const chosen = withPrep ?? bare ?? found[0]!;
  return { pattern: chosen.pattern, start: t, end: chosen.end, head };
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

function chainAfter(parsed: Parsed, end: number): Phrase[] {
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

/** Endings of nouns that name an act, which take their own "by" agent ("violations", "decision", "policies"). */
const ACT_NOUN_ENDING = /(tions?|sions?|ments?|ures?|ances?|ences?|ies|als?)$/;
function isActNoun(word: string): boolean {
  return ACT_NOUN_ENDING.test(word);
}

/** Nouns whose "from" phrase names the one who acts on the clause's subject ("under pressure from the EU"). */
const FROM_AGENT_NOUNS = new Set(['pressure']);

/** The predicate whose object region holds token t, and whether t's phrase is its direct object. */
/** Sanctions, embargoes and cut ties (16x). */
const SANCTIONS = '16';

/** Words between a noun and a later verb that show the noun is not that verb's subject. */
const CLAUSE_BREAKS = new Set([',', 'which', 'who', 'whom', 'whose', 'that', 'where', 'when']);

function governingPredicate(
  parsed: Parsed,
  t: number,
  end = t + 1,
): { predicate: Predicate; direct: boolean } | undefined {
  let found: Predicate | undefined;
  for (const p of parsed.predicates) {
    if (p.end <= t && t < regionEnd(parsed, p)) found = p;
  }
  if (!found) return undefined;
  // "…, but their meeting produced no breakthrough": the subject of a later verb belongs to that verb
  for (const c of parsed.clauses) {
    // ("announced asset freezes": not when the noun is read over the verb the tagger saw)
    if (c.predicate.index <= found.index || c.subjectFrom !== 'phrase' || c.predicate.head < end) continue;
    if (!c.subject.some((s) => s.start <= t && t < s.end)) continue;
    let plain = true;
    for (let k = t; k < c.predicate.start && plain; k++) plain = !CLAUSE_BREAKS.has(parsed.view.norm[k]!);
    if (plain) return undefined;
  }
  // "…, but their meeting produced no breakthrough": the subject of a main clause joined on after the verb's
  // is not governed by that verb
  const { pos, norm } = parsed.view;
  const joined = (k: number) => pos[k] === 'CCONJ' || norm[k] === ',' || norm[k] === ';';
  for (const c of parsed.clauses)
    if (
      c.predicate.start > t &&
      c.subjectFrom === 'phrase' &&
      c.subject.some((s) => s.start <= t && t < s.end && s.start > found.end && joined(s.start - 1))
    )
      return undefined;
  const phrase = phraseAt(parsed.phrases, t);
  // "is responsible for …": past the adjective of a copula
  let k = found.form === 'copula' && found.adjectiveAt !== undefined ? found.adjectiveAt + 1 : found.end;
  const skip = (q: number) => {
    const pos = parsed.view.pos[q];
    const w = parsed.view.norm[q];
    return pos === 'ADV' || pos === 'ADP' || w === '"' || w === "'";
  };
  while (k < parsed.view.pos.length && skip(k)) k++;
  let direct = phrase !== undefined && (phrase.start === k || phrase.start === found.end);
  // "sent tons of food aid", "announced $300 million in military aid": the thing an amount measures
  if (phrase && !direct && phrase.index > 0) {
    const amount = parsed.phrases[phrase.index - 1]!;
    direct =
      amount.start === k &&
      amount.end + 1 === phrase.start &&
      amountOf(parsed.view.norm[amount.head]!, phrase.prep);
  }
  return { predicate: found, direct };
}

function nounCandidate(parsed: Parsed, match: NounMatch, stances: readonly Stance[]): Candidate | undefined {
  const { view } = parsed;
  const pattern = match.pattern;
  const root = pattern.code.slice(0, 2);
  const phrase = phraseAt(parsed.phrases, match.head);
  const phraseStart = phrase ? Math.min(phrase.start, match.start) : match.start;
  const phraseEnd = phrase ? Math.max(phrase.end, match.end) : match.end;

  let sources: Argument[] = [];
  let targets: Argument[] = [];
  let reciprocal = false;
  let confidence = 0.7;
  let fromAgent = false;

  // owner and modifiers before the noun: "Russia's invasion", "NATO support", "Biden-Putin summit"
  if (phrase) {
    const actors = phraseActors(view, parsed.phrases, phrase);
    const before = actors.modifiers.filter((m) => m.end <= match.start);
    // "Mubarak's release", "his arrest": with no "of" phrase the owner is the one released or arrested
    const undergoes = pattern.possessorUndergoes === true && view.norm[phraseEnd] !== 'of';
    if (undergoes) {
      if (actors.possessor) targets = [{ span: actors.possessor, weight: 0.9 }];
    } else if (actors.possessor) {
      sources = [{ span: actors.possessor, weight: 0.9 }];
      targets = before.map((span) => ({ span, weight: 0.7 }));
    } else if (before.length >= 2) {
      sources = before.map((span) => ({ span, weight: 0.8 }));
      reciprocal = true;
    } else if (before.length === 1) sources = [{ span: before[0]!, weight: 0.8 }];
    if (
      !undergoes &&
      !actors.possessor &&
      POSSESSIVE_PRONOUNS.has(view.norm[phrase.start]!) &&
      sources.length === 0
    ) {
      sources = nearestSubject(parsed, match.start).map((a) => ({ span: a.span, weight: a.weight * 0.7 }));
    }
  }

  // prepositional phrases after it: "by X", "with X", "between X and Y", "near the border"
  let previous: Phrase | undefined;
  for (const ph of chainAfter(parsed, phraseEnd)) {
    const prep = ph.prep!;
    const actors = actorsOfGroup(parsed, ph);
    const after = previous;
    previous = ph;
    // "demonstrations against the violations by the Israeli military": "by" after an act named as what the
    // event is against or about belongs to that act, whose author the event is aimed at
    if (prep === 'by' && after && after.prep !== 'of' && isActNoun(view.norm[after.head]!)) {
      if (targets.length === 0) targets = actors.map((a) => ({ ...a, weight: a.weight * 0.8 }));
    } else if (
      (prep === 'from' || prep === 'by') &&
      pattern.prep === prep &&
      FROM_AGENT_NOUNS.has(pattern.lemma)
    ) {
      // "faces pressure from Congress", "despite pressure by the commission": who presses is named by
      // "from" or "by", the one pressed is the subject
      if (sources.length === 0) sources = actors;
      fromAgent = true;
    } else if (prep === 'by' && sources.length === 0) {
      sources = actors;
    } else if (prep === 'between' && actors.length >= 2 && MEDIATION_CODES.has(pattern.code)) {
      if (targets.length === 0) targets = actors;
    } else if (prep === 'between' && actors.length >= 2 && sources.length === 0) {
      sources = actors;
      reciprocal = true;
    } else if (
      targets.length === 0 &&
      actors.length > 0 &&
      (prep === pattern.prep || TARGET_PREPS.has(prep))
    ) {
      targets = actors;
    } else if (
      targets.length === 0 &&
      actors.length > 0 &&
      (prep === 'near' || prep === 'in') &&
      PLACE_TARGET_ROOTS.has(root)
    ) {
      targets = actors.map((a) => ({ span: a.span, weight: a.weight * 0.7 }));
    }
  }

  // the subject of a light verb owns its object ("held talks", "put pressure on"); so does the subject of a
  // clause around a mutual event with a named partner ("described the talks with Lavrov")
  const governing = governingPredicate(parsed, match.start, match.end);
  const clause = governing ? governing.predicate.index : undefined;
  if (sources.length === 0 && governing) {
    const light = governing.direct && carries(parsed, governing.predicate);
    const mutual = RECIPROCAL_ROOTS.has(root) && targets.length > 0;
    if (light || mutual) {
      sources = subjectActors(parsed, governing.predicate.index).map((a) => ({
        span: a.span,
        weight: a.weight * (light ? 0.9 : 0.7),
      }));
      if (!light) confidence -= 0.1;
    }
  }
  if (fromAgent && targets.length === 0 && governing)
    targets = subjectActors(parsed, governing.predicate.index).map((a) => ({
      span: a.span,
      weight: a.weight * 0.8,
    }));
  if (sources.length === 0 && RECIPROCAL_ROOTS.has(root) && targets.length > 0) {
    sources = nearestSubject(parsed, match.start).map((a) => ({ span: a.span, weight: a.weight * 0.6 }));
    confidence -= 0.1;
  }
  // "threw stones during demonstrations against …", "went on strike in protest of …": the clause's subject
  // took part in the protest around it (not "killed in riots": the dead need not have rioted)
  const around = phrase?.prep === 'during' || (phrase?.prep === 'in' && phrase.start === match.start);
  if (sources.length === 0 && root === '14' && around && !governing?.predicate.passive) {
    sources = nearestSubject(parsed, match.start).map((a) => ({ span: a.span, weight: a.weight * 0.6 }));
    confidence -= 0.1;
  }
  if (sources.length === 0) return undefined;
  // a noun in a prepositional phrase after another noun belongs to it ("an answer to Russian demands")
  if (phrase?.prep !== undefined && NOUN_PREPS.has(phrase.prep) && phraseEndsAt(parsed, phrase.start - 1)) {
    if (!governing?.direct) return undefined;
  }
  sources = dedupe(sources);
  const sourceIds = new Set(sources.map((s) => s.span.actor.id));
  targets = dedupe(targets.filter((t) => !sourceIds.has(t.span.actor.id)));
  if (reciprocal && targets.length > 0) reciprocal = false;
  if (!reciprocal && targets.length === 0 && sources.length > 1 && RECIPROCAL_ROOTS.has(root))
    reciprocal = true;
  if (pattern.prep !== '' && !targets.length) confidence -= 0.1;

  const stance = nounStance(parsed, match, phraseStart, governing, stances);
  return {
    kind: 'noun',
    pattern,
    code: pattern.code,
    rule: pattern.id,
    sources,
    targets,
    reciprocal,
    trigger: [match.start, match.end],
    ...(clause !== undefined && { clause }),
    negated: stance.negated,
    modality: stance.modality,
    ownIntent: stance.ownIntent,
    confidence,
    carried: governing?.direct === true && carries(parsed, governing.predicate),
    absorbed: false,
  };
}

/** Roots of things said (statements, appeals, offers, demands, accusations, refusals, threats). */
const SPEECH_ROOTS = new Set(['01', '02', '03', '10', '11', '12', '13']);

/** Adjectives after "be" that make their subject the author of the event noun after them. */
const CULPABLE = new Set(['responsible', 'guilty', 'culpable']);

/** Prepositions that attach a noun phrase to the noun before it. */
const NOUN_PREPS = new Set(['to', 'of', 'for', 'into', 'on', 'about', 'over', 'with', 'against']);

function phraseEndsAt(parsed: Parsed, k: number): boolean {
  return parsed.phrases.some((ph) => ph.end === k);
}

/**
 * Whether a verb hands its subject to the event noun it governs: a light verb ("held talks"), an intent
 * verb ("planning another conversation"), or an infinitive with no event of its own under an intent verb
 * ("agreed to further discussions").
 */
function carries(parsed: Parsed, p: Predicate): boolean {
  if (LIGHT_VERBS.has(p.lemma) || INTENT_VERBS.has(p.lemma)) return true;
  // "is responsible for mass killings", "was guilty of torture": the subject did it
  if (p.form === 'copula' && p.adjective !== undefined && CULPABLE.has(p.adjective)) return true;
  const clause = parsed.clauses[p.index]!;
  return p.form === 'infinitive' && clause.relation === 'xcomp';
}

/** The subject of the nearest clause with an actor subject: before the noun, else after it. */
function nearestSubject(parsed: Parsed, t: number): Argument[] {
  let best: Argument[] = [];
  for (const clause of parsed.clauses) {
    const p = clause.predicate;
    if (clause.subject.some((s) => s.start <= t && t < s.end)) continue;
    const actors = subjectActors(parsed, p.index);
    if (actors.length === 0) continue;
    if (p.head < t) best = actors;
    else if (best.length === 0) return actors;
  }
  return best;
}

/** What the sentence commits to about a nominal event: its clause's stance, the verb over it, its modifiers. */
function nounStance(
  parsed: Parsed,
  match: NounMatch,
  phraseStart: number,
  governing: { predicate: Predicate; direct: boolean } | undefined,
  stances: readonly Stance[],
): Stance {
  const { view } = parsed;
  let negated = false;
  let modality: Modality = 'actual';
  let ownIntent = false;
  // a noun that is the subject of a clause takes that clause's stance ("the talks will resume")
  const owner =
    governing?.predicate ??
    parsed.clauses.find((c) => c.subject.some((s) => s.start <= match.start && match.start < s.end))
      ?.predicate;
  // "refused to resign despite pressure by …": the pressure is there whatever became of the act
  const conceded = view.norm[phraseStart - 1] === 'despite';
  if (owner && !conceded) {
    const s = stances[owner.index]!;
    negated = s.negated;
    modality = s.modality;
    ownIntent = s.ownIntent;
  }
  if (governing && !conceded) {
    const p = governing.predicate;
    const lemma = p.lemma;
    const ruleOut = lemma === 'rule' && view.norm[p.end] === 'out';
    // "refused talks" refuses the act; "rejected Moscow's demand" rejects a demand that was made
    const refused = REFUSAL_VERBS.has(lemma) && !SPEECH_ROOTS.has(match.pattern.code.slice(0, 2));
    if (ruleOut || refused || OBJECT_NEGATING_VERBS.has(lemma)) {
      // "did not rule out a summit": possible, not asserted
      if (negated) {
        negated = false;
        modality = stronger(modality, 'hypothetical');
      } else negated = true;
    } else if (OBJECT_HYPOTHETICAL_VERBS.has(lemma)) modality = stronger(modality, 'hypothetical');
    else if (OBJECT_DEMANDED_VERBS.has(lemma)) modality = stronger(modality, 'demanded');
    else if (lemma === 'announce' && match.pattern.code.startsWith(SANCTIONS)) {
      // "announced asset freezes against …": a government announcing sanctions imposes them
    } else if (
      OBJECT_INTENDED_VERBS.has(lemma) ||
      INTENT_ADJECTIVES.has(lemma) ||
      (p.adjective !== undefined && INTENT_ADJECTIVES.has(p.adjective))
    ) {
      modality = stronger(modality, 'intended');
      ownIntent = modality === 'intended' && !OBJECT_NOT_OWN_VERBS.has(lemma);
    }
  }
  for (let k = phraseStart; k < match.start; k++) {
    const w = view.norm[k]!;
    if (w === 'no') negated = true;
    else if (HYPOTHETICAL_MODIFIERS.has(w) || HYPOTHETICAL_MODIFIERS.has(view.lemma[k]!))
      modality = stronger(modality, 'hypothetical');
    else if (INTENDED_MODIFIERS.has(w) || INTENDED_MODIFIERS.has(view.lemma[k]!)) {
      modality = stronger(modality, 'intended');
      ownIntent ||= modality === 'intended';
    }
  }
  return { negated, modality, ownIntent: ownIntent && modality === 'intended' };
}
