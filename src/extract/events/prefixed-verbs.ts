import type { TaggedWords } from './tagged-words.js';

// The lexicon lacks the irregular forms of some prefixed verbs ("retook", "retaken", "overtaken"), which the
// tagger then reads as unknown nouns. Their stem verb's forms are irregular in the same way, so the form is
// the prefix and the stem's form, and the lemma the prefix and the stem's base, where the lexicon knows that.

/** Prefixes that make a verb of a verb and keep its inflection: retake, overtake, outfight, undertake. */
const PREFIXES = ['re', 'over', 'out', 'under', 'mis', 'with'];
/** Irregular past forms and participles of common stems, with their base forms. */
const IRREGULAR_FORMS = new Map([
  ['took', 'take'],
  ['taken', 'take'],
  ['won', 'win'],
  ['fought', 'fight'],
  ['built', 'build'],
  ['drew', 'draw'],
  ['drawn', 'draw'],
  ['threw', 'throw'],
  ['thrown', 'throw'],
  ['gave', 'give'],
  ['given', 'give'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['sold', 'sell'],
  ['made', 'make'],
  ['held', 'hold'],
  ['ran', 'run'],
  ['run', 'run'],
  ['sent', 'send'],
  ['struck', 'strike'],
  ['stricken', 'strike'],
  ['shot', 'shoot'],
  ['seen', 'see'],
  ['saw', 'see'],
]);

/** "Ukrainian forces retook/NOUN Kherson", "the town was retaken/NOUN": a prefixed irregular form is a verb. */
export function prefixedIrregularVerb({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if (pos[i] === 'VERB' && isVerb(lemma[i]!)) return;
  const word = norm[i]!;
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const base = IRREGULAR_FORMS.get(word.slice(prefix.length));
    if (base !== undefined && isVerb(prefix + base)) {
      pos[i] = 'VERB';
      lemma[i] = prefix + base;
      return;
    }
  }
}
