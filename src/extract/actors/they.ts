import type { Token } from '../../core/records.js';
import { isSingular } from '../mentions/token-shape.js';
import type { Detected } from '../mentions/types.js';
import type { Antecedent } from './antecedents.js';

// Which earlier mentions "they" and "them" may take, beyond number: a country named only to describe a thing
// ("Ukrainian cities") is no party; an object pronoun is not the subject of its own clause.

const POSSESSIVE = new Set(["'s", '’s', "'"]);
/** Parts of speech of the words a noun group runs over after its first word: "Ukrainian residential areas". */
const GROUP_TAGS = new Set(['NOUN', 'ADJ', 'PROPN']);

/**
 * Whether a country named as an adjective, a possessive or a part of a name describes a noun after it that
 * does not act ("Russia attacked Ukrainian cities", "shelled Ukraine's cities"): the cities are not a party,
 * so a later "they" does not mean Ukraine. A noun group that acts is a party of its country ("Ukrainian and Russian
 * delegations held talks. They agreed …").
 */
export function describesThing(tokens: readonly Token[], d: Detected): boolean {
  let t = d.tokenEnd;
  const sentence = d.sentence;
  // a name before a possessive ("Ukraine's cities") or as the first word of another name ("Georgetown Law
  // Center", "the Kyiv Region")
  const named = d.rule !== 'kb.demonym';
  if (named && POSSESSIVE.has(tokens[t]?.norm ?? '')) t++;
  if (tokens[t]?.sentence !== sentence) return false;
  const pos = tokens[t]!.pos;
  // (the body a compound name names is not the place's, whether it acts or not: "the Madrid Institute said")
  if (named && t === d.tokenEnd && pos === 'PROPN') return true;
  if (pos !== 'NOUN') return false;
  while (tokens[t]?.sentence === sentence && GROUP_TAGS.has(tokens[t]!.pos)) t++;
  // (right after the group: an apposition between commas is another noun's)
  while (tokens[t]?.sentence === sentence && tokens[t]!.pos === 'ADV') t++;
  const next = tokens[t];
  return !(next?.sentence === sentence && (next.pos === 'VERB' || next.pos === 'AUX'));
}

/** Words of a clause between its subject and an object pronoun: "Our medics are treating some of them". */
const CLAUSE_TAGS = new Set(['VERB', 'AUX', 'ADV', 'PART', 'ADP', 'DET']);
/** Words that open another clause, whose object the subject before them need not be. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'because', 'while', 'when', 'if', 'as']);

/**
 * Whether `a` is the subject of the verb whose object the pronoun `d` ("them") is, in one clause: "Ukrainians
 * will not forgive them", "Our medics are treating some of them". A verb's object that is not reflexive is
 * never its own subject.
 */
export function isSubjectOfClause(tokens: readonly Token[], a: Antecedent, d: Detected): boolean {
  if (a.det.sentence !== d.sentence || a.det.tokenEnd > d.tokenStart) return false;
  let verb = false;
  for (let t = a.det.tokenEnd; t < d.tokenStart; t++) {
    const token = tokens[t]!;
    if (CLAUSE_OPENERS.has(token.norm)) return false;
    // (the tagger reads a past tense it does not know as an adjective: "Ukrainians fed them")
    const past = token.pos === 'ADJ' && token.norm.endsWith('ed');
    if (!CLAUSE_TAGS.has(token.pos) && !past && token.norm !== 'some' && token.norm !== 'many') return false;
    if (token.pos === 'VERB' || past) verb = true;
  }
  return verb;
}

/** Parts of speech a subject's noun group runs over up to its verb: "units of the Western military districts". */
const SUBJECT_GROUP_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'ADP', 'DET', 'CCONJ', 'NUM']);

/**
 * Whether a plural noun that names no actor is the subject of a clause before the pronoun `d` in its sentence
 * ("Some units of the Western district have finished their drills"): the pronoun is that noun's, not a party
 * named in an earlier sentence.
 */
export function pluralSubjectBefore(
  tokens: readonly Token[],
  start: number,
  detected: readonly Detected[],
  d: Detected,
): boolean {
  for (let t = start; t < d.tokenStart; t++) {
    const token = tokens[t]!;
    if (token.pos !== 'NOUN' || isSingular(token) || inMention(detected, d.sentence, t)) continue;
    let u = t + 1;
    while (u < d.tokenStart && SUBJECT_GROUP_TAGS.has(tokens[u]!.pos)) u++;
    if (u < d.tokenStart && (tokens[u]!.pos === 'VERB' || tokens[u]!.pos === 'AUX')) return true;
  }
  return false;
}

function inMention(detected: readonly Detected[], sentence: number, t: number): boolean {
  for (const m of detected) if (m.sentence === sentence && m.tokenStart <= t && t < m.tokenEnd) return true;
  return false;
}
