import type { Token } from '../../core/records.js';
import type { Candidate } from './candidates.js';
import { isCapitalised } from './candidates.js';

/**
 * How a gazetteer name is used where it stands: as a place, as an actor (a capital or country standing for
 * its government: "Moscow said", "Washington's answer"), as part of a longer name ("George Washington",
 * "Vladimir Putin"), or as an ordinary word that happens to be a town ("Police said").
 */
export type Reading = 'place' | 'actor' | 'name' | 'word';

export interface ReadingResult {
  readonly reading: Reading;
  readonly rule: string;
}

/** Prepositions after which a name is where something is or happens. */
export const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'outside',
  'inside',
  'around',
  'across',
  'throughout',
  'toward',
  'towards',
  'via',
  'through',
  'within',
  'off',
  'across',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north',
  'south',
  'east',
  'west',
  'of',
  'visit',
  'visited',
  'visiting',
]);

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'sen',
  'senator',
  'rep',
  'gov',
  'governor',
  'gen',
  'general',
  'judge',
  'coach',
  'mayor',
  'minister',
  'secretary',
  'prince',
  'princess',
  'king',
  'queen',
  'saint',
  'st',
  'lord',
  'lady',
  'sir',
  'justice',
  'officer',
  'sgt',
  'lt',
  'capt',
  'col',
]);

/** Capitalised words after a place that keep it a place ("Jefferson County", "Moscow Mayor", "Kyiv Oblast"). */
const PLACE_HEADS = new Set([
  'county',
  'parish',
  'city',
  'province',
  'region',
  'oblast',
  'state',
  'district',
  'mayor',
  'police',
  'sheriff',
  'council',
  'area',
  'metro',
  'township',
  'borough',
  'village',
  'town',
  'residents',
  'officials',
  'airport',
  'time',
]);

/** Verbs that make a name their speaker, which a place is not: "Jordan said", "Moscow warned". */
const SPEECH = new Set([
  'say',
  'tell',
  'warn',
  'urge',
  'announce',
  'accuse',
  'deny',
  'insist',
  'claim',
  'add',
  'state',
  'argue',
  'demand',
  'reject',
  'respond',
  'reply',
  'threaten',
  'agree',
  'want',
  'hope',
  'believe',
  'expect',
  'intend',
  'refuse',
  'call',
  'condemn',
  'criticize',
  'criticise',
  'vow',
  'pledge',
  'promise',
  'ask',
  'write',
  'explain',
  'note',
]);

/** Nouns for documents and formats named after a place. */
const DOCUMENTS = new Set([
  'agreement',
  'accord',
  'protocol',
  'format',
  'convention',
  'declaration',
  'treaty',
  'memorandum',
  'process',
]);

function isAcronym(text: string): boolean {
  if (text.length < 2) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 65 && c <= 90) && c !== 46) return false;
  }
  return true;
}

function strip(norm: string): string {
  return norm.endsWith('.') ? norm.slice(0, -1) : norm;
}

export function readCandidate(
  tokens: readonly Token[],
  sentence: { readonly tokenStart: number; readonly tokenEnd: number },
  candidate: Candidate,
  demonyms?: ReadonlyMap<string, unknown>,
  words?: (key: string) => boolean,
): ReadingResult {
  const { tokenStart: s, tokenEnd: e } = candidate;
  let before = s - 1;
  if (before >= sentence.tokenStart && tokens[before]!.norm === 'the') before--;
  const prev = before >= sentence.tokenStart ? tokens[before] : undefined;
  const next = e < sentence.tokenEnd ? tokens[e] : undefined;
  const locative = prev !== undefined && LOCATIVE.has(prev.norm);

  if (prev !== undefined && TITLES.has(strip(prev.norm)) && isCapitalised(prev.text))
    return { reading: 'name', rule: 'place.after-title' };
  const strong = candidate.entries.some(
    (x) => x.kind === 'country' || x.kind === 'region' || x.kind === 'continent',
  );
  if (
    next !== undefined &&
    next.pos === 'PROPN' &&
    isCapitalised(next.text) &&
    !PLACE_HEADS.has(next.norm) &&
    !(next.text.length <= 4 && next.text.endsWith('.'))
  ) {
    // A country or state opening a name locates it ("the Texas Department of Health", "the U.S. Senate").
    if (strong && !locative) return { reading: 'place', rule: 'place.name-modifier' };
    return { reading: 'name', rule: 'place.inside-name' };
  }
  if (
    prev !== undefined &&
    before === s - 1 &&
    before > sentence.tokenStart &&
    prev.pos === 'PROPN' &&
    isCapitalised(prev.text) &&
    !prev.text.endsWith('.')
  )
    return { reading: 'name', rule: 'place.inside-name' };
  // A town that shares a demonym ("Canadian", Texas; "English", Indiana) is the adjective; one that shares a
  // month, a weekday or a common word ("March", "Police") is that word.
  if (demonyms?.has(candidate.key)) return { reading: 'word', rule: 'place.demonym' };
  if (e - s === 1 && !strong && words?.(candidate.key)) return { reading: 'word', rule: 'place.common-word' };
  const capital = candidate.entries.some((x) => x.capital);
  // Documents named after a city are no event's place: "the Minsk agreements", "the Geneva Convention".
  if (next !== undefined && DOCUMENTS.has(next.lemma))
    return { reading: 'name', rule: 'place.document-name' };
  // Pressure on or an appeal to a capital is addressed to its government: "urged Washington", "pressure on Kyiv".
  if (capital && prev !== undefined && before === s - 1) {
    if (prev.norm === 'on' || prev.norm === 'against')
      return { reading: 'actor', rule: 'place.metonym-target' };
    if (prev.pos === 'VERB' && SPEECH.has(prev.lemma))
      return { reading: 'actor', rule: 'place.metonym-addressee' };
  }
  if (locative) return { reading: 'place', rule: 'place.locative' };
  // An acronym that only a town shares ("NATO" and Nato, Philippines) is the organisation.
  if (e - s === 1 && !strong && isAcronym(tokens[s]!.text)) return { reading: 'word', rule: 'place.acronym' };

  if (e - s === 1 && tokens[s]!.pos !== 'PROPN' && !strong)
    return { reading: 'word', rule: 'place.common-word' };

  // The verb after the name, over adverbs and auxiliaries: "Moscow has repeatedly warned".
  let k = e;
  while (
    k < sentence.tokenEnd &&
    (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART') &&
    tokens[k]!.norm !== "'s"
  )
    k++;
  const verb = k < sentence.tokenEnd && tokens[k]!.pos === 'VERB' ? tokens[k] : undefined;
  if (verb && SPEECH.has(verb.lemma)) return { reading: 'actor', rule: 'place.metonym-speaker' };

  const government = candidate.entries.some((x) => x.capital || x.kind === 'country');
  if (government) {
    if (next?.norm === "'s" && candidate.entries.some((x) => x.capital))
      return { reading: 'actor', rule: 'place.metonym-possessive' };
    const subject =
      s === sentence.tokenStart ||
      prev === undefined ||
      prev.pos === 'PUNCT' ||
      prev.pos === 'SCONJ' ||
      prev.pos === 'CCONJ' ||
      prev.norm === 'that';
    const verbal = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
    if (subject && (verbal || verb !== undefined)) return { reading: 'actor', rule: 'place.metonym-subject' };
  }
  return { reading: 'place', rule: 'place.name' };
}
