// The nominal event coder: event nouns of a sentence, with the sources and targets read around them.

import type { CameoKnowledge } from '../../knowledge/cameo/compile.js';
import { accordFramed, accordInForce } from './accords-in-force.js';
import { type Argument, actorsOfGroup, dedupe, type Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { phraseEndingAt } from './clause-tokens.js';
import { inPhaseOf } from './event-phases.js';
import { isJointTopic, isMutualCode, isVisitCode } from './fold.js';
import { carries, governingPredicate } from './governing-predicate.js';
import { handledRequest } from './handled-requests.js';
import { authorModifiers } from './modifier-authors.js';
import { chainAfter, matchNounAt, type NounMatch } from './noun-match.js';
import { DRAWING_IN_VERBS, nounStance, RESISTED_OBJECT_VERBS } from './noun-stance.js';
import { clauseSubject, nearestSubject, restatesSubject, severalSubjects } from './noun-subjects.js';
import { phraseActors } from './phrase-actors.js';
import { type Phrase, phraseAt } from './phrases.js';
import type { Pieces } from './pieces.js';
import { receivedGift } from './received-support.js';
import { relativeAuthor } from './relative-authors.js';
import { actorSpanAt } from './sentence.js';
import type { Stance } from './stance.js';
import { subjectActors } from './subject-actors.js';
import { stateForceCode } from './subject-codes.js';
import { thankedFor } from './thanked-acts.js';
import { unattributedForce } from './unattributed-force.js';
import { MEDIATION_CODES, POSSESSIVE_PRONOUNS, VIOLENT_ROOTS } from './words.js';

/** Contact, meetings and talks. */
const CONSULT = '04';
/** Verbs of paying for an act ("trying to pay for the war"): who pays for it is not who does it. */
const FUNDING_VERBS = new Set(['pay', 'fund', 'finance', 'bankroll']);

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

/** Whether an actor is a body of a party (a sector of a state, an organisation), not a whole country or place. */
const isBody = (a: Argument) => a.span.actor.code.length > 3 && a.span.type !== 'country';

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

/** Endings of nouns that name an act, which take their own "by" agent ("violations", "decision", "policies"). */
const ACT_NOUN_ENDING = /(tions?|sions?|ments?|ures?|ances?|ences?|ies|als?)$/;

/**
 * Whether a phrase after an event names an act of its own, which a "by" after it belongs to: an event noun,
 * or a noun ending as acts do that names no party ("against the violations by the military"); "an attack on
 * Ukrainian cities by Russian troops" names the places attacked, and the attack is the troops'.
 */
function namesAnotherAct(parsed: Parsed, phrase: Phrase): boolean {
  const head = parsed.view.norm[phrase.head]!;
  if (!ACT_NOUN_ENDING.test(head)) return false;
  return parsed.isEventNoun(phrase.head) || actorsOfGroup(parsed, phrase).length === 0;
}

/**
 * Roots of acts named by nouns whose "of" phrase, before the noun's own preposition, is who does them:
 * visits and meetings, support and cooperation, aid, coercion and force ("the aggression of Russia against
 * Ukraine"); not a withdrawal, whose "of" phrase is what is pulled back, mostly demanded rather than done.
 */
const OF_AGENT_ROOTS = new Set(['04', '05', '06', '07', '17', '18', '19', '20']);

/** Possessives whose owner is the speaker or the one addressed ("our talks", "my offer", "your visit"). */
const SPEAKER_POSSESSIVES = new Set(['your', 'our', 'my']);

/** Nouns whose "from" phrase names the one who acts on the clause's subject ("under pressure from the EU"). */
const FROM_AGENT_NOUNS = new Set(['pressure']);

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
    const before = authorModifiers(view.lemma[match.head]!, actors.modifiers).filter(
      (m) => m.end <= match.start,
    );
    // "Mubarak's release", "his arrest": with no "of" phrase the owner is the one released or arrested
    const undergoes = pattern.possessorUndergoes === true && view.norm[phraseEnd] !== 'of';
    if (undergoes) {
      if (actors.possessor) targets = [{ span: actors.possessor, weight: 0.9 }];
    } else if (actors.possessor) {
      // "Putin and Ramaphosa agreed to continue their contacts": "their" joint act in a clause of several
      // subjects is those subjects', whatever the actors stage read "their" as ("condemned their sanctions"
      // may be anyone's)
      const joint = RECIPROCAL_ROOTS.has(root) && isMutualCode(pattern.code);
      const bound =
        joint && view.norm[actors.possessor.start] === 'their' ? severalSubjects(parsed, match) : [];
      if (bound.length > 1) {
        sources = bound;
        reciprocal = true;
      } else {
        sources = [{ span: actors.possessor, weight: 0.9 }];
        targets = before.map((span) => ({ span, weight: 0.7 }));
      }
    } else if (before.length >= 2) {
      sources = before.map((span) => ({ span, weight: 0.8 }));
      reciprocal = true;
    } else if (before.length === 1 && pattern.modifierUndergoes)
      targets = [{ span: before[0]!, weight: 0.7 }];
    else if (before.length === 1) sources = [{ span: before[0]!, weight: 0.8 }];
    const owner = view.norm[phrase.start]!;
    if (!undergoes && !actors.possessor && POSSESSIVE_PRONOUNS.has(owner) && sources.length === 0) {
      // "their talks": the nearest subject; "our talks", "my offer", "your visit": the speaker or the one
      // addressed, whom only the subject of the clause around the noun may name ("during our talks, Putin
      // told me"), not a subject further off ("our first meeting since Kazakhstan fell victim …")
      const near = SPEAKER_POSSESSIVES.has(owner)
        ? owner === 'our'
          ? clauseSubject(parsed, match)
          : []
        : nearestSubject(parsed, match.start);
      sources = near.map((a) => ({ span: a.span, weight: a.weight * 0.7 }));
    }
  }

  // prepositional phrases after it: "by X", "with X", "between X and Y", "near the border"
  let previous: Phrase | undefined;
  let ofAgents: Argument[] = [];
  const chain = chainAfter(parsed, phraseEnd);
  for (const [i, ph] of chain.entries()) {
    const prep = ph.prep!;
    const actors = actorsOfGroup(parsed, ph);
    const after = previous;
    previous = ph;
    // "the support of the United States for our proposal", "the visit of the Polish president to Kyiv":
    // an of-phrase followed by the noun's own preposition names who acts, the later one whom it is for
    if (
      i === 0 &&
      OF_AGENT_ROOTS.has(root) &&
      prep === 'of' &&
      pattern.prep !== '' &&
      pattern.prep !== 'of' &&
      chain[i + 1]?.prep === pattern.prep &&
      actors.length > 0
    ) {
      // the phrase after it is the noun's own ("the withdrawal of invasion forces from Panama"), which does
      // not place the actors before it as "rebels from Darfur" would be
      ofAgents = actors.map((a) => unplacedBySlot(parsed, a));
      continue;
    }
    // "the build-up of Russian troops", "the deployment of NATO forces": the forces a posture noun's "of"
    // names are the side that moves them, never whom the posture is aimed at
    if (i === 0 && root === '15' && prep === 'of') {
      if (actors.length > 0) ofAgents = actors.map((a) => unplacedBySlot(parsed, a));
      continue;
    }
    // "demonstrations against the violations by the Israeli military": "by" after an act named as what the
    // event is against or about belongs to that act, whose author the event is aimed at
    if (prep === 'by' && after && after.prep !== 'of' && namesAnotherAct(parsed, after)) {
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
      (prep === pattern.prep || TARGET_PREPS.has(prep)) &&
      !isJointTopic(pattern, pattern.code, prep)
    ) {
      targets = actors;
    } else if (
      targets.length === 0 &&
      actors.length > 0 &&
      prep === 'in' &&
      after?.prep === pattern.prep &&
      actors.every(isBody)
    ) {
      // "sanctions against four officers in the Russian military": people of no party named by the noun's
      // own preposition are members of the body an "in" phrase names after them
      targets = actors.map((a) => ({ span: a.span, weight: a.weight * 0.8 }));
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
  if (governing && restatesSubject(parsed, governing, phraseStart, match.start)) return undefined;
  if (accordInForce(parsed, match, governing) || handledRequest(match, governing)) return undefined;
  if (accordFramed(parsed, match, phraseStart)) return undefined;
  const clause = governing ? governing.predicate.index : undefined;
  const received = receivedGift(parsed, governing, pattern, chain, sources);
  if (received) {
    if (received.sources.length === 0) return undefined;
    [sources, targets] = [received.sources, received.targets];
  }
  // "thanked Poland for the help": the one thanked did it
  // ("thank you for your invitation": the owner "your" is the one thanked, whom the thanks also name)
  const thankedAct = thankedFor(parsed, phrase, governing?.predicate, pattern.code, targets);
  const thanked =
    thankedAct && (sources.length === 0 || sameActors(sources, thankedAct[0])) ? thankedAct : undefined;
  if (thanked) [sources, targets] = thanked;
  if (sources.length === 0 && governing) {
    // ("is able to repel the aggression of …": who resists an event is not its author)
    const light =
      governing.direct &&
      carries(parsed, governing.predicate) &&
      !RESISTED_OBJECT_VERBS.has(governing.predicate.lemma) &&
      !FUNDING_VERBS.has(governing.predicate.lemma);
    const mutual = RECIPROCAL_ROOTS.has(root) && targets.length > 0;
    // "sped up the withdrawal of forces from Panama": a carrying verb's subject acts before the of-phrase;
    // "welcomed the visit of Rutte to Kyiv": the of-phrase acts before the subject of a verb around it
    if (!light && ofAgents.length > 0) sources = ofAgents;
    else if (light || mutual) {
      sources = subjectActors(parsed, governing.predicate.index).map((a) => ({
        span: a.span,
        weight: a.weight * (light ? 0.9 : 0.7),
      }));
      if (!light) confidence -= 0.1;
    }
  }
  if (sources.length === 0) sources = ofAgents;
  // "the war that Russia started against Ukraine": the relative clause after the noun names who did it
  // (not a noun inside another's of-phrase: "treaties of mutual assistance which Russia signed")
  const relative =
    sources.length === 0 && phrase && parsed.phrases[phrase.group[0]!]?.prep !== 'of'
      ? relativeAuthor(parsed, pattern, phraseEnd)
      : undefined;
  if (relative) {
    sources = relative.sources;
    if (targets.length === 0) targets = relative.targets;
  }
  if (fromAgent && targets.length === 0 && governing)
    targets = subjectActors(parsed, governing.predicate.index).map((a) => ({
      span: a.span,
      weight: a.weight * 0.8,
    }));
  if (sources.length === 0 && RECIPROCAL_ROOTS.has(root) && targets.length > 0) {
    // ("support for citizens who left": the subject of a relative clause on the target is the target)
    const own = new Set(targets.map((a) => a.span.actor.id));
    const near = nearestSubject(parsed, match.start);
    sources = near
      .filter((a) => !own.has(a.span.actor.id))
      .map((a) => ({ span: a.span, weight: a.weight * 0.6 }));
    confidence -= 0.1;
    // "the meeting of Zelenskyy and Johnson, who is on a visit", "a meeting of the ICO council was called":
    // the parties of a joint act that the nearest subject names again are the ones who hold it
    if (sources.length === 0 && near.length > 0 && isMutualCode(pattern.code)) {
      sources = targets;
      targets = [];
      reciprocal = sources.length > 1;
    }
  }
  // "threw stones during demonstrations against …", "went on strike in protest of …": the clause's subject
  // took part in the protest around it (not "killed in riots": the dead need not have rioted)
  const around = phrase?.prep === 'during' || (phrase?.prep === 'in' && phrase.start === match.start);
  // (nor "involve citizens in protests": those drawn in would protest, not the one drawing them)
  const drawnIn = governing !== undefined && DRAWING_IN_VERBS.has(governing.predicate.lemma);
  if (sources.length === 0 && root === '14' && around && !governing?.predicate.passive && !drawnIn) {
    sources = nearestSubject(parsed, match.start).map((a) => ({ span: a.span, weight: a.weight * 0.6 }));
    confidence -= 0.1;
  }
  // "Ukraine is ready for talks": readiness for a joint act with no partner named is still the subject's
  if (sources.length === 0 && RECIPROCAL_ROOTS.has(root) && governing && isReadyFor(parsed, phrase))
    sources = subjectActors(parsed, governing.predicate.index).map((a) => ({
      span: a.span,
      weight: a.weight * 0.8,
    }));
  if (sources.length === 0 && targets.length === 0 && VIOLENT_ROOTS.has(root)) {
    // ("condemned the shelling of Kharkiv": a strike another act answers is that act's matter)
    // ("there was a missile strike on Lviv" states it)
    const answered =
      phrase?.prep === undefined &&
      governing?.direct === true &&
      governing.predicate.lemma !== 'be' &&
      !carries(parsed, governing.predicate);
    const unattributed = answered
      ? undefined
      : unattributedForce(parsed, match, phrase, governing?.predicate, chain);
    if (unattributed) [sources, targets] = unattributed;
  }
  if (sources.length === 0) return undefined;
  // a noun in a prepositional phrase after another noun belongs to it ("an answer to Russian demands")
  const before =
    phrase?.prep !== undefined && NOUN_PREPS.has(phrase.prep)
      ? phraseEndingAt(parsed.phrases, phrase.start - 1)
      : undefined;
  if (
    before &&
    !thanked &&
    !governing?.direct &&
    !inPhaseOf(parsed, phrase!, before) &&
    !(root !== CONSULT && toldAbout(parsed, phrase!, before))
  )
    return undefined;
  sources = dedupe(sources);
  const sourceIds = new Set(sources.map((s) => s.span.actor.id));
  targets = dedupe(targets.filter((t) => !sourceIds.has(t.span.actor.id)));
  // ("the meeting of the Strategic Council between Ukraine and Turkey": a body of no known code is no party)
  if (reciprocal && targets.every((t) => t.span.actor.code === '')) targets = [];
  if (reciprocal && targets.length > 0) reciprocal = false;
  if (
    !reciprocal &&
    targets.length === 0 &&
    sources.length > 1 &&
    RECIPROCAL_ROOTS.has(root) &&
    !isVisitCode(pattern.code)
  )
    reciprocal = true;
  if (pattern.prep !== '' && !targets.length) confidence -= 0.1;

  // (what the relative clause says of it is the act's stance: "started" did it, "may start" only might)
  const stance = relative
    ? stances[relative.clause]!
    : nounStance(parsed, match, phraseStart, governing, stances);
  return {
    kind: 'noun',
    pattern,
    code: stateForceCode(pattern.code, pattern, sources),
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

/**
 * "informed Heger about the shelling of …", "told reporters about the strikes": an "about" phrase after the
 * one told (the verb's object) is what the telling is about, not a part of that party; its act is stated as
 * the others are. (Not after a party with its own preposition: "shared evidence with the US about contacts
 * between …" names what the evidence is of; nor meetings told about, which are the talk's matter and
 * would leave "the two presidents" the pair of another meeting.)
 */
function toldAbout(parsed: Parsed, phrase: Phrase, before: Phrase): boolean {
  const told = parsed.phrases[before.group[0]!]!;
  return (
    phrase.prep === 'about' && told.prep === undefined && actorSpanAt(parsed.view, before.head) !== undefined
  );
}

/** Adjectives of readiness before "for" and the act: "ready for talks", "prepared for negotiations". */
const READY_FOR = new Set(['ready', 'prepared', 'willing']);

function isReadyFor(parsed: Parsed, phrase: Phrase | undefined): boolean {
  return phrase?.prep === 'for' && READY_FOR.has(parsed.view.norm[phrase.start - 2] ?? '');
}

/** An actor of no country of its own as its mention names it, before a phrase after it placed it. */
function unplacedBySlot(parsed: Parsed, a: Argument): Argument {
  const own = actorSpanAt(parsed.view, a.span.start);
  if (!own || own.start !== a.span.start || !own.actor.code.startsWith('---')) return a;
  return own.actor.code === a.span.actor.code ? a : { ...a, span: own };
}

/** Prepositions that attach a noun phrase to the noun before it. */
const NOUN_PREPS = new Set(['to', 'of', 'for', 'into', 'on', 'about', 'over', 'with', 'against']);

/** Whether every one of `a` is among `b` by actor. */
function sameActors(a: readonly Argument[], b: readonly Argument[]): boolean {
  return a.every((x) => b.some((y) => y.span.actor.id === x.span.actor.id));
}
