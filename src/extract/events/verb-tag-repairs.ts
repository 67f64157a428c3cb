import { clauseStart, verbBetween } from './tag-context.js';
import { IRREGULAR_PARTICIPLES, PARTICIPLE, PHRASE_OPENERS, type TaggedWords } from './tagged-words.js';
import { verbLemma } from './verb-lemma.js';

// Tag repairs that make a verb: words the tagger read as nouns or adjectives where the clause needs its verb
// ("Greece plans/NOUN to impose", "would free/ADJ prisoners"), and verb lemmas the lemmatiser got wrong.
// tag-repairs.ts runs them, in its order, with the other groups.

/** Verbs of intent in the third person that the tagger may read as plural nouns. */
const INTENT_NOUN_VERBS = new Set([
  'plans',
  'aims',
  'hopes',
  'wants',
  'intends',
  'seeks',
  'vows',
  'pledges',
  'promises',
]);
export const OBJECT_START = new Set(['DET', 'NUM', 'PRON']);
const MODALS = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'shall',
  'should',
  'must',
  "'ll",
  'wo',
  'ca',
]);

/** The lemmatiser slips on some verbs ("staged" → "stag"): prefer a base form the lexicon knows. */
export function repairVerbLemma({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if (pos[i] === 'VERB' && !isVerb(lemma[i]!)) {
    const base = verbLemma(norm[i]!, isVerb, true);
    if (base !== undefined) lemma[i] = base;
  }
}

/**
 * "can neither attack/NOUN Ukraine nor invade …", "… nor fire/NOUN at Israel": after an auxiliary and
 * "neither", and after the "nor" that answers it, a word the lexicon knows as a verb is the verb.
 */
export function verbAnsweringNeither({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if (pos[i] === 'NOUN' && isVerb(norm[i]!) && answersNeither(norm, pos, i)) {
    pos[i] = 'VERB';
    lemma[i] = norm[i]!;
  }
}

/** Whether token i follows "AUX neither", or a "nor" after such a "neither" in the sentence. */
function answersNeither(norm: readonly string[], pos: readonly string[], i: number): boolean {
  if (i >= 2 && norm[i - 1] === 'neither' && pos[i - 2] === 'AUX') return true;
  if (i < 1 || norm[i - 1] !== 'nor') return false;
  for (let k = i - 2; k >= 1; k--) if (norm[k] === 'neither') return pos[k - 1] === 'AUX';
  return false;
}

/**
 * "Hamas, which advocates/NOUN Israel's destruction", "rebels, who control/NOUN the north": after ", which"
 * or ", who" a present-tense verb the tagger read as a noun, before a noun phrase ("which" may also open a
 * noun phrase, so only a word in -s follows it as a verb).
 */
export function verbAfterRelativePronoun({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  const w = norm[i]!;
  if (
    pos[i] === 'NOUN' &&
    i > 1 &&
    norm[i - 2] === ',' &&
    (norm[i - 1] === 'who' || (norm[i - 1] === 'which' && w.endsWith('s'))) &&
    PHRASE_OPENERS.has(pos[i + 1] ?? '')
  ) {
    pos[i - 1] = 'PRON';
    pos[i] = 'VERB';
    if (w.endsWith('s'))
      lemma[i] = w.endsWith('es') && isVerb(w.slice(0, -2)) ? w.slice(0, -2) : w.slice(0, -1);
    else lemma[i] = w;
  }
}

/**
 * "Greece plans/NOUN to impose …": a verb of intent read as a plural noun, right after its subject (or the
 * comma closing an aside) and before "to" and a verb; not "its plans to …".
 */
export function verbOfIntentBeforeTo({ norm, pos, lemma }: TaggedWords, i: number): void {
  const w = norm[i]!;
  if (
    pos[i] === 'NOUN' &&
    INTENT_NOUN_VERBS.has(w) &&
    norm[i + 1] === 'to' &&
    pos[i + 2] === 'VERB' &&
    i > 0 &&
    (pos[i - 1] === 'PROPN' || pos[i - 1] === 'NOUN' || norm[i - 1] === ',')
  ) {
    pos[i] = 'VERB';
    lemma[i] = w.slice(0, -1);
    pos[i + 1] = 'PART';
  }
}

/** "a report … alleged/ADJ that …": a participle-shaped adjective before "that" is the verb. */
export function pastBeforeThat({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if (
    pos[i] === 'ADJ' &&
    norm[i + 1] === 'that' &&
    norm[i]!.endsWith('ed') &&
    i > 0 &&
    pos[i - 1] !== 'AUX'
  ) {
    const base = verbLemma(norm[i]!, isVerb, true);
    if (base !== undefined) {
      pos[i] = 'VERB';
      lemma[i] = base;
    }
  }
}

/** A base-form verb after a modal the tagger read as an adjective or noun ("would free/ADJ prisoners"). */
export function verbAfterModal({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if ((pos[i] === 'ADJ' || pos[i] === 'NOUN') && i > 0 && MODALS.has(norm[i - 1]!) && isVerb(norm[i]!)) {
    pos[i] = 'VERB';
    lemma[i] = norm[i]!;
  }
}

/** Auxiliaries that, before their subject, open a question or follow a fronted negative. */
const INVERTING_AUXILIARIES = new Set([...MODALS, 'do', 'does', 'did']);
/** Tags of a one-word subject between an inverted auxiliary and its verb ("will Russia", "did they"). */
const ONE_WORD_SUBJECT = new Set(['PROPN', 'PRON']);
/** What may follow the verb of such a clause: its object, a preposition, or the end of the clause. */
const AFTER_INVERTED_VERB = new Set(['DET', 'PROPN', 'PRON', 'ADP', 'PUNCT', 'NUM']);

/**
 * "Will Russia attack/NOUN Ukraine?", "at no time did Kyiv attack/NOUN Moscow": a base-form verb the tagger
 * read as a noun after an inverted auxiliary and a one-word subject. The auxiliary is inverted where no subject
 * of its own stands before it (a fronted "under no circumstances" ends in a noun after "no").
 */
export function verbAfterInvertedAuxiliary({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if (pos[i] !== 'NOUN' || i < 2 || !isVerb(norm[i]!) || norm[i] !== lemma[i]) return;
  if (!ONE_WORD_SUBJECT.has(pos[i - 1]!) || !INVERTING_AUXILIARIES.has(norm[i - 2]!)) return;
  if (!AFTER_INVERTED_VERB.has(pos[i + 1] ?? 'PUNCT')) return;
  const before = pos[i - 3];
  const ownSubject = before === 'NOUN' ? norm[i - 4] !== 'no' : before === 'PROPN' || before === 'PRON';
  if (ownSubject) return;
  pos[i] = 'VERB';
}

/** Subordinators of a condition or a time, after which a clause opens with its subject. */
const CLAUSE_SUBORDINATORS = new Set(['if', 'unless', 'when', 'whenever', 'once', 'until', 'whether']);

/**
 * "if Russia attacks/NOUN, …", "unless Moscow attacks/NOUN Kyiv": a third-person verb the tagger read as a
 * plural noun after a subordinator and a one-word subject.
 */
export function verbAfterSubordinatorSubject({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if (pos[i] !== 'NOUN' || i < 2 || !norm[i]!.endsWith('s') || !isVerb(lemma[i]!)) return;
  if (pos[i - 1] !== 'PROPN' || !CLAUSE_SUBORDINATORS.has(norm[i - 2]!)) return;
  if (!AFTER_INVERTED_VERB.has(pos[i + 1] ?? 'PUNCT')) return;
  pos[i] = 'VERB';
}

/**
 * The tagger sometimes reads a verb after an auxiliary as a noun or adjective ("is not planning/NOUN", "is
 * being pressured/ADJ"); a word in participle form there is a verb. Runs over the whole sentence after the
 * token-by-token repairs.
 */
export function participlesAfterAuxiliaries({ norm, pos, lemma, isVerb }: TaggedWords): void {
  for (let i = 1; i < pos.length; i++) {
    if (pos[i] !== 'NOUN' && pos[i] !== 'ADJ' && pos[i] !== 'PROPN') continue;
    const word = norm[i]!;
    if (!PARTICIPLE.test(word) && !IRREGULAR_PARTICIPLES.has(word)) continue;
    let k = i - 1;
    while (k >= 0 && (pos[k] === 'ADV' || norm[k] === 'not' || norm[k] === "n't")) k--;
    // ("there was shelling of …": what there was stays a noun)
    const existential = norm[k - 1] === 'there' || (norm[k] === 'been' && norm[k - 2] === 'there');
    if (k >= 0 && pos[k] === 'AUX' && !existential && !(pos[i + 1] === 'NOUN' || pos[i + 1] === 'PROPN')) {
      pos[i] = 'VERB';
      lemma[i] = verbLemma(word, isVerb) ?? lemma[i]!;
    }
  }
}

/** Present-tense verbs the tagger reads as plural nouns before the preposition they take ("deals with"). */
const PRESENT_VERBS_BEFORE_PREPOSITION = new Map([
  ['deals', 'deal'],
  ['talks', 'talk'],
]);
const PREPOSITIONS_TAKEN = new Set(['with', 'about']);
/** Subjects that can only be singular, before which a word in -s is a verb ("he talks", "no one talks"). */
const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it', 'one', 'who', 'which', 'that', 'this']);
/** Words that open a clause of their own after a noun phrase ("… in response to what they are doing"). */
export const CLAUSE_OPENERS = new Set([',', ';', 'what', 'which', 'who', 'that', 'where', 'when', 'while']);

/**
 * "The third matter deals/NOUN with …", "he talks/NOUN about …", "Putin talks/NOUN about the crisis": a
 * present-tense "deals" or "talks" before "with" or "about" is the verb after a pronoun that can only be
 * singular, and after a singular noun or a name when no verb follows in the clause ("peace talks with
 * Russia resumed" keeps its noun).
 */
export function presentVerbBeforePreposition({ norm, pos, lemma }: TaggedWords, i: number): void {
  const base = PRESENT_VERBS_BEFORE_PREPOSITION.get(norm[i]!);
  if (base === undefined || pos[i] !== 'NOUN' || i === 0 || !PREPOSITIONS_TAKEN.has(norm[i + 1] ?? ''))
    return;
  if (verbBetween(pos, clauseStart(norm, pos, i), i)) return;
  const before = norm[i - 1]!;
  const singularNoun = (pos[i - 1] === 'NOUN' && !before.endsWith('s')) || pos[i - 1] === 'PROPN';
  if (SINGULAR_SUBJECTS.has(before) || (singularNoun && !verbLater(norm, pos, i + 1))) {
    pos[i] = 'VERB';
    lemma[i] = base;
  }
}

/** Whether a verb or an auxiliary follows token `from` in its clause. */
export function verbLater(norm: readonly string[], pos: readonly string[], from: number): boolean {
  for (let k = from; k < pos.length && !CLAUSE_OPENERS.has(norm[k]!) && pos[k] !== 'SCONJ'; k++)
    if (pos[k] === 'VERB' || pos[k] === 'AUX') return true;
  return false;
}

/** What may open the object of a gerund: a determiner, a number, a pronoun or an adjective. */
const GERUND_OBJECT_START = new Set(['DET', 'NUM', 'PRON', 'ADJ']);

/**
 * "thanked France for offering/NOUN further military support", ", providing/NOUN humanitarian aid": a word
 * in -ing the tagger read as a noun, right after a preposition or a comma and before the start of an object
 * (past an adverb such as "further"), is the gerund of a verb the lexicon knows.
 */
export function gerundBeforeObject({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  const w = norm[i]!;
  if (pos[i] !== 'NOUN' || i === 0 || !w.endsWith('ing') || (pos[i - 1] !== 'ADP' && norm[i - 1] !== ','))
    return;
  const next = pos[i + 1] === 'ADV' ? i + 2 : i + 1;
  if (!GERUND_OBJECT_START.has(pos[next] ?? '')) return;
  const base = verbLemma(w, isVerb, true);
  if (base === undefined) return;
  pos[i] = 'VERB';
  lemma[i] = base;
}

/** Comparatives the tagger reads as adjectives where they modify the verb of a split infinitive. */
const COMPARATIVE_ADVERBS = new Set(['more', 'less', 'further', 'better']);

/**
 * "called on the media to/ADP more/ADJ actively inform the public": "to" before adverbs and a verb in its
 * bare form opens an infinitive (a split one), and the adverbs before the verb are adverbs.
 */
export function splitInfinitive({ norm, pos, lemma }: TaggedWords, i: number): void {
  if (norm[i] !== 'to' || pos[i] !== 'ADP') return;
  let j = i + 1;
  while (j < i + 4 && (pos[j] === 'ADV' || COMPARATIVE_ADVERBS.has(norm[j] ?? ''))) j++;
  if (j === i + 1 || pos[j] !== 'VERB' || lemma[j] !== norm[j]) return;
  pos[i] = 'PART';
  for (let k = i + 1; k < j; k++) pos[k] = 'ADV';
}
