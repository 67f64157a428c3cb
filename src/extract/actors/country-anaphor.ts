import type { Token } from '../../core/records.js';
import type { Detected } from '../mentions/types.js';
import type { Resolution, ResolverState } from './antecedents.js';
import { sideOf, speakerSide } from './first-person.js';
import { countryRef } from './refs.js';

// Which state "the country" is. Read over the crisis releases and the news, it is:
// - the state named before it in its sentence, except the one whose act goes to it: "Russia was the first to
//   recognise Greece's … the country's independence" (Greece), "Moscow sent troops to the country" (not
//   Russia), "Russia attacked Ukraine, striking targets across the country" (Ukraine);
// - in a domestic phrase ("across the country", "in the country", "the regions of the country"), the acting
//   person's own state: "Zelensky introduced martial law across the country" is Ukraine even after a sentence
//   about Belarus;
// - as the subject of a clause after an acting person ("the Adviser noted that the country is controlled"),
//   that person's state;
// - else the state named in the sentence before ("… unfreeze Afghanistan's assets. Otherwise, the country
//   could plunge into famine");
// - else the own state of the acting person, of the speaker, or of the government publishing the release
//   ("the country's GDP grew" on the Kremlin's site); with none of these, nothing.

/** Tags of the words between a subject and its verb: "Russia fully supported …". */
const BEFORE_VERB_TAGS: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);
/** Tags of the words between a copula and the verb it introduces: "was the first to …". */
const AFTER_COPULA_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
/** Prepositions that make "the country" where something happens inside a state: "across the country". */
const LOCATIVE_BEFORE: ReadonlySet<string> = new Set([
  'in',
  'across',
  'throughout',
  'within',
  'inside',
  'around',
  'over',
]);
/** Parts of a country before "of the country": "the regions of the country", "the east of the country". */
const PART_NOUNS: ReadonlySet<string> = new Set([
  'region',
  'regions',
  'part',
  'parts',
  'east',
  'west',
  'north',
  'south',
  'centre',
  'center',
  'rest',
  'city',
  'cities',
  'area',
  'areas',
  'corner',
  'corners',
  'territory',
]);
/** Tags of the word after a demonym that make it an adjective: "the Russian aggression" names no one. */
const MODIFIED_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

export function resolveCountryAnaphor(state: ResolverState, d: Detected, i: number): Resolution {
  const { k, detected, tokens } = state;
  const subject = actingSubject(state, d, i);
  const acting = subject === undefined ? undefined : subjectState(state, subject);
  const locative = isLocative(tokens, d);
  // the place the subject's act goes to ("sent troops to the country") is not the subject's own state; what
  // it acts on may be ("Zelenskyy is managing the country")
  const opensClause = isClauseSubject(tokens, d);
  const barred = isDestination(tokens, d) ? acting : undefined;
  // a domestic phrase takes the acting person's state over anything named before them in the sentence
  const from = locative && subject !== undefined ? subject + 1 : 0;
  for (let j = i - 1; j >= from && detected[j]!.sentence === d.sentence; j--) {
    if (j === subject) continue;
    const iso3 = namedCountry(state, j);
    if (iso3 !== undefined && iso3 !== barred) return found(state, iso3, 'sentence', 0.6);
  }
  if (locative && acting !== undefined) return found(state, acting, 'domestic', 0.65);
  // "the Adviser noted that the country is controlled": the one who speaks of it is of it
  if (opensClause && acting !== undefined) return found(state, acting, 'speaker-clause', 0.6);
  for (let j = i - 1; j >= 0 && detected[j]!.sentence >= d.sentence - 1; j--) {
    if (detected[j]!.sentence === d.sentence) continue;
    const iso3 = namedCountry(state, j);
    if (iso3 !== undefined && iso3 !== barred) return found(state, iso3, 'previous', 0.55);
  }
  // with nothing else named, a place an act goes to ("sent troops to the country") stays unknown
  const own = acting ?? speakerSide(state, d) ?? state.speakers?.publisherState;
  if (own !== undefined && own !== barred && k.countries.has(own)) return found(state, own, 'own', 0.55);
  return { confidence: 0.2 };
}

function found(state: ResolverState, iso3: string, how: string, confidence: number): Resolution {
  return { actor: countryRef(state.k, iso3), rule: `coref.country-anaphor.${how}`, confidence };
}

/**
 * The state mention `j` names: a country by name or noun demonym, a capital standing for it, a place in it,
 * the country an office is "of" ("the Ambassador of Moldova") or a group is of ("Russia's citizens"), "our
 * country", or "the country" again; not a person, nor a demonym used as an adjective ("the Russian
 * aggression").
 */
function namedCountry(state: ResolverState, j: number): string | undefined {
  const a = state.detected[j]!;
  if (a.modifier) return undefined;
  const cue = a.cue;
  let iso3: string | undefined;
  if (cue.kind === 'country') {
    const next = state.tokens[a.tokenEnd];
    if (a.rule === 'kb.demonym' && next?.sentence === a.sentence && MODIFIED_TAGS.has(next.pos))
      return undefined;
    iso3 = cue.iso3;
  } else if (cue.kind === 'agent' && state.tokens[a.tokenStart + 1]?.norm === "'s") {
    // "Russia's citizens": the country named as their owner
    iso3 = cue.iso3;
  } else if (cue.kind === 'place' || (cue.kind === 'metonym' && cue.org === undefined)) iso3 = cue.iso3;
  else if (cue.kind === 'role') iso3 = cue.of;
  else if (cue.kind === 'country-anaphor' || (cue.kind === 'first-person' && cue.country))
    iso3 = state.peek(j)?.actor?.code.slice(0, 3);
  return iso3 !== undefined && state.k.countries.has(iso3) ? iso3 : undefined;
}

/** The nearest mention before `d` in its sentence that is the subject of a verb: the one acting there. */
function actingSubject(state: ResolverState, d: Detected, i: number): number | undefined {
  const { detected, tokens } = state;
  for (let j = i - 1; j >= 0 && detected[j]!.sentence === d.sentence; j--) {
    const a = detected[j]!;
    if (!a.modifier && isSubjectOfVerb(tokens, a)) return j;
  }
  return undefined;
}

/** The state of the acting subject's actor (a country, its government, its official or agent, "we"). */
function subjectState(state: ResolverState, j: number): string | undefined {
  const actor = state.peek(j)?.actor;
  return actor === undefined ? undefined : sideOf(state, actor);
}

/**
 * Whether the mention stands right before its verb, past adverbs and auxiliaries, or past a copula's "the
 * first to" ("Russia was the first to recognise …").
 */
function isSubjectOfVerb(tokens: readonly Token[], d: Detected): boolean {
  let copula = false;
  for (let t = d.tokenEnd; t < tokens.length && tokens[t]!.sentence === d.sentence; t++) {
    const pos = tokens[t]!.pos;
    if (pos === 'VERB') return true;
    if (pos === 'AUX') copula = true;
    else if (!BEFORE_VERB_TAGS.has(pos) && !(copula && AFTER_COPULA_TAGS.has(pos))) return false;
  }
  return false;
}

/** Whether "the country" opens a clause of its own ("… said the country will"), not after a preposition. */
function isClauseSubject(tokens: readonly Token[], d: Detected): boolean {
  const before = tokens[d.tokenStart - 1];
  return !(before?.sentence === d.sentence && before.pos === 'ADP') && isSubjectOfVerb(tokens, d);
}

/** Prepositions before the place an act goes to or comes from: "sent troops to the country". */
const DESTINATION_BEFORE: ReadonlySet<string> = new Set([
  'to',
  'into',
  'towards',
  'toward',
  'from',
  'against',
  'on',
  'onto',
]);

/** "to the country", "against the country", "out of the country"; not "one of the country's …". */
function isDestination(tokens: readonly Token[], d: Detected): boolean {
  const before = tokens[d.tokenStart - 1];
  if (before === undefined || before.sentence !== d.sentence) return false;
  if (DESTINATION_BEFORE.has(before.norm)) return true;
  return before.norm === 'of' && tokens[d.tokenStart - 2]?.norm === 'out';
}

/** "across the country", "in the country", "the regions of the country": where something happens at home. */
function isLocative(tokens: readonly Token[], d: Detected): boolean {
  const before = tokens[d.tokenStart - 1];
  if (before === undefined || before.sentence !== d.sentence) return false;
  if (LOCATIVE_BEFORE.has(before.norm)) return true;
  const part = tokens[d.tokenStart - 2];
  return before.norm === 'of' && part?.sentence === d.sentence && PART_NOUNS.has(part.norm);
}
