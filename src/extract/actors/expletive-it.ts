import type { Token } from '../../core/records.js';

// An "it" that stands for nothing ("it was agreed to …", "it is important that …", "it seems that …") is no
// pronoun to resolve: taking the latest party for it makes that party the author of what the sentence
// leaves unattributed ("It was agreed to maintain contact" after a call is the two leaders' act, not the
// country the previous sentence named).

/** Forms of "be" that join "it" to a participle or an adjective, with the auxiliaries before them. */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', "'s", 'be', 'been', 'being']);
/** Auxiliaries and adverbs that may stand between "it" and "be" or after it: "it has also been agreed". */
const BETWEEN: ReadonlySet<string> = new Set([
  'has',
  'had',
  'have',
  'will',
  'would',
  'may',
  'might',
  'could',
  'should',
  'must',
  'also',
  'now',
  'then',
  'not',
  'very',
  'extremely',
  'so',
  'too',
  'further',
  'already',
  'still',
  'therefore',
  'thus',
  'however',
  'particularly',
  'especially',
  'highly',
  'absolutely',
  'equally',
  'vitally',
]);
/** Verbs whose "it" is always empty when a clause follows: "it seems that", "it appears that". */
const RAISING_VERBS: ReadonlySet<string> = new Set(['seem', 'appear', 'emerge', 'transpire']);
/**
 * Passive participles after which "it … to" opens an infinitive no one is named to do ("it was agreed to
 * hold talks"); a country's "it was forced to withdraw" or "it was asked to" is a party, so the list is short.
 */
const INFINITIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  'agreed',
  'decided',
  'resolved',
  'proposed',
  'planned',
  'suggested',
  'recommended',
]);
/** What follows the participle or adjective when the clause it stands for comes after it. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'to', 'whether', 'for']);

/**
 * Whether the "it" at token `t` is an empty subject: "it" + (auxiliaries) + "be" + a participle or an
 * adjective + the clause it stands for ("that …", or "to …" after the participles that take one), or "it
 * seems that".
 */
export function isExpletiveIt(tokens: readonly Token[], t: number): boolean {
  const it = tokens[t];
  if (it?.norm !== 'it') return false;
  const sentence = it.sentence;
  let k = t + 1;
  let be = false;
  while (k < tokens.length && tokens[k]!.sentence === sentence) {
    const norm = tokens[k]!.norm;
    if (BE_FORMS.has(norm)) be = true;
    else if (!BETWEEN.has(norm) && tokens[k]!.pos !== 'ADV') break;
    k++;
  }
  const word = tokens[k];
  const next = tokens[k + 1];
  if (!word || !next || next.sentence !== sentence) return false;
  if (!be) return RAISING_VERBS.has(word.lemma) && next.norm === 'that';
  if (!CLAUSE_OPENERS.has(next.norm)) return false;
  if (next.norm === 'that' || next.norm === 'whether') {
    // "it was so damaged that …" is a thing; "it was reported that …", "it is clear that …" are empty
    return tokens[k - 1]!.norm !== 'so' && (word.pos === 'VERB' || word.pos === 'ADJ');
  }
  // ("it is important to support X" is left to the pronoun: in reported words it stands for the speaker,
  // whose need the act then is)
  return INFINITIVE_PARTICIPLES.has(word.norm);
}
