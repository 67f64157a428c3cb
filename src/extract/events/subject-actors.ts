import { type Argument, actorsOfGroup, authorPhrase, type Parsed } from './arguments.js';
import { phraseEndingAt } from './clause-tokens.js';
import { phraseActors } from './phrase-actors.js';
import { isPersonalPronoun, type Phrase } from './phrases.js';
import { thankingSpeaker } from './spoken-thanks.js';
import { apposedName, appositionAfter, exampledPhrase } from './subject-phrase.js';
import { DOCUMENT_NOUNS, isIdentifiedCode } from './words.js';

// The actors of a clause's subject: its own phrase's, or those an appositive, a document's author, examples
// after "including" or the clause that governs it give.

/**
 * The actors of a clause's subject. A pronoun the actors stage left unresolved, inside reported speech or a
 * complement, stands for the speaker ("Lavrov said it would …", '"We are ready," he said').
 */
export function subjectActors(parsed: Parsed, clauseIndex: number, depth = 0): Argument[] {
  const clause = parsed.clauses[clauseIndex]!;
  const phrase = clause.subject[0];
  // "It was agreed to maintain contact": no one is named; after a call or a meeting, the two who took part
  if (phrase && isExpletiveIt(parsed, clause, phrase)) return meetingParties(parsed, phrase);
  // "It was agreed to maintain contact": the infinitive takes the empty "it" of its governor from it, and
  // with it the governor's unnamed parties
  const governor = clause.governor !== undefined ? parsed.clauses[clause.governor] : undefined;
  if (
    phrase &&
    clause.subjectFrom === 'controller' &&
    governor?.subject[0] === phrase &&
    isExpletiveIt(parsed, governor, phrase)
  )
    return meetingParties(parsed, phrase);
  // "Putin had a call with Bennett. They discussed …": a sentence that opens on "they" after a meeting or a
  // call of two continues its report; "they" are the two who took part
  if (phrase && isOpeningThey(parsed, clause, phrase)) {
    // (the leaders who met: not a delegation that visited a country, nor hosts of a visit still to come)
    const parties = meetingParties(parsed, phrase);
    if (parties.length > 0 && parties.every((a) => a.span.actor.code.endsWith('GOV'))) return parties;
    // "Putin and Rahmon exchanged greetings. They also …": two people named together, whom the actors stage
    // never gives a "they"
    const people = namedPeople(parsed, phrase);
    if (people.length > 0) return people;
  }
  let found = actorsOfGroup(parsed, phrase, 'source');
  // "Mohammed Mamoun, a member of the Syrian parliament, …": a person no dictionary codes is coded by the
  // role the appositive gives them
  if (phrase && found.length > 0 && found.every((a) => a.span.actor.code === '')) {
    const role = appositiveRoleActors(parsed, phrase)[0];
    // the person stays who they are, with the role's code
    if (role)
      found = found.map((a) => ({
        span: { ...a.span, actor: { ...a.span.actor, code: role.span.actor.code } },
        weight: a.weight * role.weight,
      }));
  }
  // "a report by Human Rights Watch alleged …": a document's author follows it
  if (found.length === 0 && phrase && DOCUMENT_NOUNS.has(parsed.view.lemma[phrase.head]!)) {
    const by = authorPhrase(parsed, phrase);
    if (by)
      found = actorsOfGroup(parsed, by, 'source').map((a) => ({ span: a.span, weight: a.weight * 0.9 }));
  }
  // "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva met …": a title that codes no one
  // stands for the body its of-phrase names
  if (phrase && found.length > 0 && found.every((a) => a.span.actor.code === '')) {
    const body = titledBody(parsed, phrase);
    if (body.length > 0) found = body;
  }
  if (phrase && found.length === 1) found = coordinatedAntecedent(parsed, phrase, found[0]!) ?? found;
  if (found.length === 0 && phrase) found = officeHolder(parsed, phrase);
  if (found.length === 0 && phrase) found = apposedNameActors(parsed, phrase);
  if (found.length === 0 && phrase) found = includedActors(parsed, phrase);
  if (found.length > 0) {
    const weight = clause.subjectFrom === 'phrase' || clause.subjectFrom === 'inverted' ? 1 : 0.9;
    return found.map((a) => ({ span: a.span, weight: a.weight * weight }));
  }
  if (clause.subject.length === 0) {
    const speaker = thankingSpeaker(parsed, clause);
    if (speaker) return [speaker];
  }
  if (depth > 4 || clause.governor === undefined) return [];
  const pronoun = phrase !== undefined && isPersonalPronoun(parsed.view.norm[phrase.head]!);
  const reported = clause.relation === 'complement' || clause.relation === 'quoted';
  if (pronoun && reported) {
    const speakers = subjectActors(parsed, clause.governor, depth + 1);
    // '"They shell our cities," Zelenskyy said': "they" is others than one person who speaks; after a
    // group or several speakers ("the rebels said they would …") it is them
    if (parsed.view.norm[phrase.head] === 'they' && speakers.length === 1 && isOnePerson(speakers[0]!))
      return [];
    return speakers.map((a) => ({ span: a.span, weight: a.weight * 0.8 }));
  }
  if (clause.subject.length === 0 && (clause.relation === 'xcomp' || clause.relation === 'purpose')) {
    return subjectActors(parsed, clause.governor, depth + 1);
  }
  return [];
}

/**
 * The actors of an appositive next to a phrase, between commas: "Name, a member of the Syrian parliament,"
 * or "A member of the Syrian parliament, Name". A role with no actor of its own is coded by the body it
 * belongs to ("a member of X", "a spokesman for X").
 */
function appositiveRoleActors(parsed: Parsed, phrase: Phrase): Argument[] {
  const { view, phrases } = parsed;
  let role = appositionAfter(view, phrases, phrase);
  if (!role && phrase.start > 1 && view.norm[phrase.start - 1] === ',') {
    role = phraseEndingAt(phrases, phrase.start - 1);
    for (let hops = 0; hops < 3 && role?.prep !== undefined; hops++)
      role = role && phraseEndingAt(phrases, role.start - 1);
    // the appositive opens the sentence
    if (role && role.start !== 0) role = undefined;
  }
  if (!role) return [];
  const coded = (a: Argument) => isIdentifiedCode(a.span.actor.code);
  const own = actorsOfGroup(parsed, role, 'source').filter(coded);
  if (own.length > 0) return own.map((a) => ({ ...a, weight: 0.8 }));
  const body = phrases[role.index + 1];
  if (!body || body.start !== role.end + 1 || (body.prep !== 'of' && body.prep !== 'for')) return [];
  return actorsOfGroup(parsed, body, 'source')
    .filter(coded)
    .map((a) => ({ ...a, weight: 0.7 }));
}

/** The coded actors of the of-phrase right after a subject: "Deputy Head of the Office of the President of Ukraine". */
function titledBody(parsed: Parsed, phrase: Phrase): Argument[] {
  const last = parsed.phrases[phrase.group[phrase.group.length - 1]!]!;
  const body = parsed.phrases[last.index + 1];
  if (body?.prep !== 'of' || body.start !== last.end + 1) return [];
  return actorsOfGroup(parsed, body, 'source')
    .filter((a) => isIdentifiedCode(a.span.actor.code))
    .map((a) => ({ ...a, weight: a.weight * 0.7 }));
}

/**
 * "Kenzo Oshima, the UN relief coordinator, demanded …": a subject found as the title between commas after a
 * name stands for the named person; when the name is not known, the body the title names ("UN") acts.
 */
function apposedNameActors(parsed: Parsed, phrase: Phrase): Argument[] {
  const first = parsed.phrases[phrase.group[0]!]!;
  if (first.prep !== undefined) return [];
  const name = apposedName(parsed.view, parsed.phrases, first.start - 1);
  if (!name) return [];
  const named = actorsOfGroup(parsed, name, 'source');
  if (named.some((a) => a.span.actor.code !== '')) return named;
  const title = phraseActors(parsed.view, parsed.phrases, phrase).modifiers;
  if (title.length > 0 && named.length > 0) return [{ span: title[title.length - 1]!, weight: 0.8 }];
  return named;
}

/** "Several countries, including France, condemned …": the members named act when the group is no actor. */
function includedActors(parsed: Parsed, phrase: Phrase): Argument[] {
  const last = parsed.phrases[phrase.group[phrase.group.length - 1]!]!;
  const next = parsed.phrases[last.index + 1];
  if (!next || exampledPhrase(parsed.view, parsed.phrases, next) !== last) return [];
  return actorsOfGroup(parsed, next, 'source').map((a) => ({ span: a.span, weight: a.weight * 0.8 }));
}

const PLURAL_PRONOUNS = new Set(['they', 'we']);

/** What follows a passive that an expletive "it" opens: "it was agreed to …", "it was noted that …". */
const EXPLETIVE_NEXT = new Set(['to', 'that']);
/** Verbs that, in the passive after a meeting, say what its parties did together ("it was agreed"). */
const JOINT_OUTCOME_VERBS = new Set([
  'agree',
  'decide',
  'note',
  'stress',
  'emphasise',
  'emphasize',
  'confirm',
]);

/** "It was agreed to …", "it was noted that …": a passive whose "it" stands for what follows, no actor. */
function isExpletiveIt(parsed: Parsed, clause: Parsed['clauses'][number], phrase: Phrase): boolean {
  const { norm } = parsed.view;
  const p = clause.predicate;
  return (
    phrase.end - phrase.start === 1 &&
    norm[phrase.head] === 'it' &&
    p.passive &&
    JOINT_OUTCOME_VERBS.has(p.lemma) &&
    EXPLETIVE_NEXT.has(norm[p.end] ?? '')
  );
}

/**
 * "It was agreed to …" in a passive with no agent named: after a call or a meeting, the two who took part
 * agreed (empty when the subject is no expletive "it", or no two met).
 */
export function expletiveParties(parsed: Parsed, clauseIndex: number): Argument[] {
  const clause = parsed.clauses[clauseIndex]!;
  const phrase = clause.subject[0];
  if (!phrase) return [];
  return isExpletiveIt(parsed, clause, phrase) || isDiscussedTopic(parsed, clause, phrase)
    ? meetingParties(parsed, phrase)
    : [];
}

/** Verbs whose passive subject, in a report of a meeting, is a topic its parties took up together. */
const TOPIC_VERBS = new Set(['discuss', 'touch']);

/**
 * "Bilateral trade was discussed", "energy issues were also touched upon": the report of a meeting names
 * its topic and leaves the two who met to be understood (not in a speech, where "it was discussed" may be
 * anyone's talk, nor when the topic is itself a party).
 */
function isDiscussedTopic(parsed: Parsed, clause: Parsed['clauses'][number], phrase: Phrase): boolean {
  const p = clause.predicate;
  const { norm } = parsed.view;
  return (
    p.passive &&
    TOPIC_VERBS.has(p.lemma) &&
    clause.governor === undefined &&
    !parsed.inSpeech &&
    // "is being discussed": talks under way among others, not what the two who met took up
    norm[p.head - 1] !== 'being' &&
    // "was discussed with Airbus", "at a meeting with Alstom … was discussed": the sentence says with whom
    !norm.includes('with') &&
    actorsOfGroup(parsed, phrase, 'source').length === 0
  );
}

/** "They" as the first word of a sentence, the subject of its main clause, in a report, not a speech. */
function isOpeningThey(parsed: Parsed, clause: Parsed['clauses'][number], phrase: Phrase): boolean {
  return (
    phrase.start === 0 &&
    phrase.end === 1 &&
    parsed.view.norm[0] === 'they' &&
    !parsed.inSpeech &&
    clause.governor === undefined &&
    clause.subjectFrom === 'phrase'
  );
}

/** The last pair named together when both are people, placed on the words that stand for them here. */
function namedPeople(parsed: Parsed, phrase: Phrase): Argument[] {
  const pair = parsed.pair;
  if (pair.length !== 2 || pair.some((span) => span.type !== 'person' || !isIdentifiedCode(span.actor.code)))
    return [];
  return pair.map((span) => ({ span: { ...span, start: phrase.start, end: phrase.end }, weight: 0.6 }));
}

/** The two who last met or talked, both identified, as the sources of what they did together. */
function meetingParties(parsed: Parsed, phrase: Phrase): Argument[] {
  const pair = parsed.meetingPair;
  if (pair.length !== 2 || pair.some((span) => !isIdentifiedCode(span.actor.code))) return [];
  // placed on the words that stand for them here, not on their names in an earlier sentence
  return pair.map((span) => ({ span: { ...span, start: phrase.start, end: phrase.end }, weight: 0.6 }));
}

/** The ids people get: a known person's slug ("volodymyr-zelensky"), or an unknown one's ("person:…"). */
const PERSON_ID = /^(person:|[a-z][a-z0-9-]*$)/;

/** A speaker who is one person: a named person, an office holder, a pronoun that stands for one. */
function isOnePerson(a: Argument): boolean {
  return PERSON_ID.test(a.span.actor.id);
}

/**
 * "Britain and Canada said that they would …": a plural pronoun the actors stage resolved to one member of
 * actors named together as a subject before it in the sentence stands for all of them ("it" stays with
 * one).
 */
function coordinatedAntecedent(parsed: Parsed, phrase: Phrase, resolved: Argument): Argument[] | undefined {
  if (!PLURAL_PRONOUNS.has(parsed.view.norm[phrase.head]!) || phrase.end - phrase.start !== 1)
    return undefined;
  const { id, code } = resolved.span.actor;
  let members: Argument[] | undefined;
  for (const group of parsed.phrases) {
    if (group.start >= phrase.start) break;
    if (group.group.length < 2 || group.group[0] !== group.index) continue;
    // the subject of a clause, each member named ("them and other demonstrators" is no antecedent)
    if (!parsed.clauses.some((c) => c.subject[0] === group && c.subjectFrom === 'phrase')) continue;
    if (group.group.some((g) => isPersonalPronoun(parsed.view.norm[parsed.phrases[g]!.head]!))) continue;
    const named = actorsOfGroup(parsed, group, 'source');
    if (named.length < 2 || named.length !== group.group.length) continue;
    if (named.some((a) => a.span.actor.id === id && a.span.actor.code === code))
      members = named.map((a) => ({ span: a.span, weight: resolved.weight }));
  }
  return members;
}

/**
 * "Head of the Office of the President of Ukraine Andriy Yermak met …": a one-word office in capitals whose
 * of-phrases end with a named person's title and name is that person.
 */
function officeHolder(parsed: Parsed, phrase: Phrase): Argument[] {
  const { view, phrases } = parsed;
  const first = phrases[phrase.group[0]!]!;
  if (phrase.group.length !== 1 || first.end - first.start !== 1) return [];
  const word = view.tokens[first.start]!.text;
  if (word.charAt(0) === word.charAt(0).toLowerCase()) return [];
  let last = first;
  for (let hops = 0; hops < 3; hops++) {
    const body = phrases[last.index + 1];
    if (body?.prep !== 'of' || body.start !== last.end + 1 || body.group.length !== 1) return [];
    const person = view.actors.find((a) => a.type === 'person' && a.end === body.end && a.start > body.start);
    if (person) return person.actor.code === '' ? [] : [{ span: person, weight: 0.9 }];
    last = body;
  }
  return [];
}
