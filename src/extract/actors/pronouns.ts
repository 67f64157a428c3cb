import type { ActorRef, Token } from '../../core/records.js';
import { isSingular } from '../mentions/token-shape.js';
import type { Detected } from '../mentions/types.js';
import {
  type Antecedent,
  genderFits,
  hasPersonBefore,
  pronounAntecedent,
  type Resolution,
  type ResolverState,
  salientPerson,
} from './antecedents.js';
import { isExpletiveIt } from './expletive-it.js';
import { speakerSide } from './first-person.js';
import { countryRef, orgRef } from './refs.js';
import { subjectScore } from './salience.js';
import { describesThing, isSubjectOfClause, pluralSubjectBefore } from './they.js';
import { genericNounBetween, isAttributive, isOblique, isSingularNoun, isThey } from './word-shapes.js';

// Third-person pronouns: "he" and "she" take a salient person, "they" and "it" the most recent party, and a
// possessive before a sector ("their forces") names whose sector it is.

export function resolvePronoun(state: ResolverState, d: Detected, word: string): Resolution {
  const info = state.k.pronouns.get(word);
  if (!info) return { confidence: 0 };
  if (word === 'it' && isExpletiveIt(state.tokens, d.tokenStart)) return { confidence: 0 };
  if (info.number === 'singular') {
    const ahead = info.case === 'possessive' ? openingCataphor(state, d, info.gender) : undefined;
    if (ahead) return { actor: ahead, rule: 'coref.pronoun.cataphor', confidence: 0.8 };
    const subjectOpening = info.case === 'subject' && !hasPersonBefore(state, d);
    const object = isObjectPronoun(state, d, word);
    const a = salientPerson(
      state,
      d,
      (x) => genderFits(info.gender, x.gender) && !(object && isSubjectOfVerbBefore(state, x, d)),
      !subjectOpening,
    );
    return a
      ? {
          actor: a.actor,
          rule: subjectOpening ? 'coref.pronoun.subject' : 'coref.pronoun.recent',
          confidence: 0.8,
        }
      : { confidence: 0.2 };
  }
  // they / it: the most recent actor that is not a person, in this or the previous two sentences; for a
  // subject "they", one not named as the object of a preposition when there is one ("Russian forces
  // struck the territory of Ukraine. They say …": the forces)
  const wantThing = info.number === 'thing';
  const subjectThey = word === 'they';
  return (
    antecedentOf(state, d, wantThing, subjectThey) ??
    (subjectThey ? antecedentOf(state, d, false, false) : undefined) ?? { confidence: 0.2 }
  );
}

/**
 * "During his visit to Brussels, Volodymyr Zelenskyy will hold …": a possessive in the adverbial that opens a
 * sentence, up to its comma, looks ahead to the person named right after that comma, the subject the
 * sentence is about, when that person fits its gender.
 */
function openingCataphor(
  state: ResolverState,
  d: Detected,
  gender: 'm' | 'f' | undefined,
): ActorRef | undefined {
  const { tokens, detected } = state;
  const first = state.sentences[d.sentence]!.tokenStart;
  if (tokens[first]!.pos !== 'ADP' && tokens[first]!.pos !== 'SCONJ') return undefined;
  let comma = d.tokenEnd;
  while (comma < tokens.length && tokens[comma]!.sentence === d.sentence && tokens[comma]!.norm !== ',')
    comma++;
  if (tokens[comma]?.norm !== ',') return undefined;
  for (let t = first; t < d.tokenStart; t++) if (tokens[t]!.norm === ',') return undefined;
  const j = detected.findIndex((x) => x.tokenStart > comma);
  const next = detected[j];
  if (next?.cue.kind !== 'person' || next.tokenStart > comma + 3) return undefined;
  const person = state.k.people.get(next.cue.id);
  if (!genderFits(gender, person?.gender)) return undefined;
  return state.resolveOne(j).actor;
}

/** "him", or "her" not before the noun it owns ("her government"): a pronoun that is a verb's object. */
function isObjectPronoun(state: ResolverState, d: Detected, word: string): boolean {
  if (word !== 'him' && word !== 'her') return false;
  const next = state.tokens[d.tokenEnd];
  return word === 'him' || !next || next.sentence !== d.sentence || !NOMINAL_TAGS.has(next.pos);
}

const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words that may stand between a subject and the verb whose object follows: "Putin also briefed him". */
const VERBAL_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/**
 * Whether `a` is the subject of the verb right before the object pronoun `d` ("the President of Russia
 * briefed him"): a verb's object that is not reflexive is never its own subject.
 */
function isSubjectOfVerbBefore(state: ResolverState, a: Antecedent, d: Detected): boolean {
  if (a.det.sentence !== d.sentence || a.det.tokenEnd >= d.tokenStart) return false;
  const { tokens } = state;
  let verb = false;
  for (let t = a.det.tokenEnd; t < d.tokenStart; t++) {
    const token = tokens[t]!;
    // (the tagger reads a past tense it does not know as an adjective: "Putin informed him")
    const past = token.pos === 'ADJ' && token.norm.endsWith('ed');
    if (!VERBAL_TAGS.has(token.pos) && !past) return false;
    if (token.pos === 'VERB' || past) verb = true;
  }
  return verb;
}

/**
 * Agents named in the singular for a body of many, which the text goes on to call "they": "The enemy is
 * bringing new columns. They are looking for fighters."
 */
const THEY_COLLECTIVES: ReadonlySet<string> = new Set(['enemy']);

/**
 * Whether antecedent `j` is a collective agent that opens the parties of its sentence: "Ukrainians are
 * chasing the enemy. They …" are the Ukrainians, whom the actors stage may pass over as the speaker's own.
 */
function isCollectiveAntecedent(state: ResolverState, j: number): boolean {
  const a = state.history[j]!;
  if (a.det.type !== 'agent' || !THEY_COLLECTIVES.has(state.tokens[a.det.tokenEnd - 1]!.norm)) return false;
  return j === 0 || state.history[j - 1]!.det.sentence !== a.det.sentence;
}

/**
 * The antecedent of "they" or "it", passing over objects of prepositions when `direct`. In the pronoun's own
 * sentence it is the latest party before it; in an earlier one, a subject "they" takes the subject of the
 * latest sentence that names a party ("Russian troops shelled Ukrainian positions. They …": the troops).
 */
function antecedentOf(
  state: ResolverState,
  d: Detected,
  wantThing: boolean,
  direct: boolean,
): Resolution | undefined {
  const { k, tokens, sentences, history } = state;
  // In a state's speaker's words, "they" are others than the speaker's state: "they shelled our cities"
  const side = wantThing ? undefined : speakerSide(state, d);
  const word = d.cue.kind === 'pronoun' ? d.cue.word : '';
  const object = word === 'them';
  // ("them" and "their" take the latest party: "Georgian soldiers captured Armenian troops. Medics treat them")
  const subjectThey = word === 'they';
  let best: Antecedent | undefined;
  let ownSubject: boolean | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let j = history.length - 1; j >= 0; j--) {
    const a = history[j]!;
    if (a.det.sentence < d.sentence - 2) break;
    // the subject of the nearest earlier sentence with a party is found: earlier sentences are farther
    if (best !== undefined && a.det.sentence !== best.det.sentence) break;
    // "Some units of the district have finished their drills": a plural noun acting before the pronoun in its
    // own sentence is what it means, when no party there is
    if (!wantThing && a.det.sentence < d.sentence) {
      ownSubject ??= pluralSubjectBefore(tokens, sentences[d.sentence]!.tokenStart, state.detected, d);
      if (ownSubject) return undefined;
    }
    // (mentions after it: in its own sentence, or anywhere when it waited for its speaker to be named)
    if (a.det.tokenStart > d.tokenStart) continue;
    if (side !== undefined && isOwnState(a.actor.code, side)) continue;
    if (a.personId !== undefined || a.det.cue.kind === 'unknown-person' || a.det.modifier) continue;
    // a person is "he" or "she", whatever the tagger made of the name
    if (!wantThing && a.det.type === 'person') continue;
    // the narrator's "they" is no one named only inside a quotation
    if (!wantThing && a.det.inQuote && !d.inQuote) continue;
    if (direct && isOblique(tokens, a)) continue;
    // "rejected a Senegalese peace plan and said they …", "attacked Ukrainian cities. They …": a country's
    // adjective before a thing describes the thing, it is no party that "they" can refer to
    if (
      !wantThing &&
      a.det.type === 'country' &&
      (isAttributive(tokens, a.det) || describesThing(tokens, a.det))
    )
      continue;
    // "Ukrainians will not forgive them": not the subject of the verb "them" is the object of
    if (object && isSubjectOfClause(tokens, a, d)) continue;
    const collective = isCollectiveAntecedent(state, j);
    // "the deployment of a peacekeeping force until their demands …": a thing named in the singular is "it";
    // so is one office holder ("the President of Kazakhstan")
    const last = tokens[a.det.tokenEnd - 1]!;
    if (
      !wantThing &&
      !collective &&
      (isSingularNoun(tokens, a.det.tokenEnd - 1) || isOneHolder(a.det, tokens[headOf(tokens, a.det)]!))
    )
      continue;
    // a group, or an agent or the speaker's land named in the plural ("troops", "our ports") or as a body of
    // many ("the enemy"), is "they"; "the government" is "it"
    const plural =
      a.det.type === 'group' ||
      collective ||
      ((a.det.type === 'agent' || a.det.cue.kind === 'first-person') && !isSingular(last)) ||
      isThey(k, a.det);
    if (wantThing && plural && !collective) continue;
    // "any aggressor will face defeat should it attack": a generic noun after the actor is what "it" means
    if (wantThing && genericNounBetween(tokens, sentences, a.det.tokenEnd, d)) return { confidence: 0.2 };
    if (!subjectThey || a.det.sentence === d.sentence) return theyOrIt(a, wantThing);
    const score = subjectScore(tokens, a.det, sentences[a.det.sentence]!.tokenStart, a.start);
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best && theyOrIt(best, wantThing);
}

function theyOrIt(a: Antecedent, wantThing: boolean): Resolution {
  return { actor: a.actor, rule: wantThing ? 'coref.pronoun.it' : 'coref.pronoun.they', confidence: 0.6 };
}

/** The head word of a mention: the last one before "of" ("Commander of the Airborne Forces"), else the last. */
function headOf(tokens: readonly Token[], d: Detected): number {
  for (let t = d.tokenStart + 1; t < d.tokenEnd; t++) if (tokens[t]!.norm === 'of') return t - 1;
  return d.tokenEnd - 1;
}

/** The last word of a name in the plural: "republicans", "forces", "guards" (not "congress", "donbas", "paris"). */
const PLURAL_NAME = /[^aiosu]s$/;

/**
 * A title or a description in the singular names one person, whom "they" does not mean; a body only the
 * tagger knows, named in the singular ("the Defence Coalition"), is "it".
 */
function isOneHolder(d: Detected, last: Token): boolean {
  const kind = d.cue.kind;
  // (the tagger leaves a name's plural as it is: "House Republicans", "Border Guards"; not "Congress", "Donbas")
  if (kind === 'unknown-org') return !PLURAL_NAME.test(last.norm);
  return (d.type === 'role' || kind === 'description') && isSingular(last);
}

/**
 * Whether an actor is the speaker's state itself: its country or its government. The speaker's own troops or
 * people named as others are ("Our soldiers held the line. They …").
 */
function isOwnState(code: string, side: string): boolean {
  return code.startsWith(side) && (code.length === 3 || code.slice(3) === 'GOV');
}

/**
 * Whose sector "his", "her", "their" or "its" at token `p` names: for "his" and "her", the person's
 * country; for "their" and "its", the nearest country or organisation named before it in the sentence that
 * is not the object of a preposition ("demanded that Russia end its offensive in Ukraine and withdraw its
 * forces" → Russia's; "NATO must pull its forces back" → NATO's), else the pronoun's antecedent.
 */
export function ownerOf(state: ResolverState, d: Detected, p: number, sector: string): ActorRef | undefined {
  const { k, tokens, history } = state;
  const word = tokens[p]!.norm;
  // "his government", "her ministers": the sector of the person's country
  if (word === 'his' || word === 'her') {
    const prefix = pronounAntecedent(state, p, d)?.actor.code.slice(0, 3) ?? '';
    return k.countries.has(prefix) ? countryRef(k, prefix, sector) : undefined;
  }
  if (word !== 'their' && word !== 'its') return undefined;
  for (let j = history.length - 1; j >= 0; j--) {
    const a = history[j]!;
    if (a.det.sentence !== d.sentence) break;
    if (a.det.tokenEnd > p || a.personId !== undefined) continue;
    if (a.det.modifier || a.det.cue.kind === 'unknown-person') continue;
    // "its" names one owner, "their" several; a country's adjective before a thing ("a U.S. ally") none
    const last = a.det.tokenEnd - 1;
    if (word === 'its' ? !isSingular(tokens[last]!) : isSingularNoun(tokens, last)) continue;
    if (a.det.type === 'country' && isAttributive(tokens, a.det)) continue;
    const before = tokens[a.start - 1];
    // "in Ukraine", "including Britain": a place or an example, not who owns the sector
    if (before && before.sentence === d.sentence && (before.pos === 'ADP' || before.norm === 'including'))
      continue;
    const owner = ownedSector(state, a.actor, sector);
    if (owner) return owner;
  }
  const antecedent = resolvePronoun(state, d, word).actor;
  return antecedent && ownedSector(state, antecedent, sector);
}

/** The sector of a country or a known organisation ("Kenya" → KENMIL, "NATO" → IGOWSTNATMIL). */
function ownedSector(state: ResolverState, owner: ActorRef, sector: string): ActorRef | undefined {
  const { k } = state;
  const id = owner.id.split(':')[0]!;
  if (k.organisations.has(id)) return orgRef(k, id, sector);
  const prefix = owner.code.slice(0, 3);
  return k.countries.has(prefix) && !k.people.has(owner.id) ? countryRef(k, prefix, sector) : undefined;
}
