import { asideAfterSubject, clauseStart, subjectBefore, verbBetween } from './tag-context.js';
import { MODIFIER_TAGS, PHRASE_OPENERS, type TaggedWords } from './tagged-words.js';
import { verbLemma } from './verb-lemma.js';
import { CLAUSE_OPENERS, OBJECT_START, verbLater } from './verb-tag-repairs.js';

// Tag repairs of a verb right after its subject: a past or bare form the tagger read as a noun or an
// adjective between the one who acts and what is acted on ("rebels abducted/NOUN aid workers", "troops
// shot/NOUN two protesters"). tag-repairs.ts runs them, in its order, with the other groups.

/** What may follow a past verb the tagger read as an adjective: an object that cannot be the noun it modifies. */
const PAST_OBJECT = new Set(['DET', 'NUM', 'PRON', 'PROPN']);

/**
 * "Egypt mediated/ADJ between …", "rebels abducted/NOUN aid workers", "Russia blockaded/ADJ Ukrainian
 * ports": a past form of a verb the lexicon knows, right after a subject, in a clause with no verb yet, is
 * the verb when an adjective-tagged one is not before a noun it could modify, or is before an object that
 * cannot be that noun, or before a noun when its clause has no verb after it either ("Russia concentrated/ADJ
 * troops near the border": without it the clause has no verb at all), and when a noun-tagged one is before its
 * object ("Syrian armed forces" stays, and so does "Syrian armed forces attacked").
 */
export function pastAfterSubject({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if (
    (pos[i] === 'NOUN'
      ? PHRASE_OPENERS.has(pos[i + 1] ?? '')
      : pos[i] === 'ADJ' &&
        (!MODIFIER_TAGS.has(pos[i + 1] ?? '') ||
          PAST_OBJECT.has(pos[i + 1] ?? '') ||
          !verbLater(norm, pos, i + 1))) &&
    norm[i]!.endsWith('ed') &&
    i > 0 &&
    subjectBefore(norm, pos, i) &&
    !verbBetween(pos, clauseStart(norm, pos, i), i)
  ) {
    const base = verbLemma(norm[i]!, isVerb, true);
    if (base !== undefined) {
      pos[i] = 'VERB';
      lemma[i] = base;
    }
  }
}

/**
 * "authorities today release/NOUN an impounded ship", "after the US shares/NOUN its response", "Greece
 * plans/NOUN to impose …": a noun the lexicon knows as a verb, between a subject and an object or an
 * infinitive, in a clause with no verb yet.
 */
export function verbBetweenSubjectAndObject({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if (
    pos[i] === 'NOUN' &&
    i > 0 &&
    isVerb(lemma[i]!) &&
    (OBJECT_START.has(pos[i + 1] ?? '') ||
      (norm[i + 1] === 'to' && pos[i + 2] === 'VERB') ||
      verbBetweenNames(norm, pos, lemma, i)) &&
    !verbBetween(pos, clauseStart(norm, pos, i), i)
  ) {
    if (subjectBefore(norm, pos, i) || asideAfterSubject(norm, pos, i)) pos[i] = 'VERB';
  }
}

/**
 * "Poland and Lithuania support/NOUN Ukraine", "Russia supplies/NOUN Hungary with gas": between names, a bare
 * form after two names joined by "and", or a third-person form after one name, is the subject's verb, not a
 * noun of a compound.
 */
function verbBetweenNames(
  norm: readonly string[],
  pos: readonly string[],
  lemma: readonly string[],
  i: number,
): boolean {
  if (pos[i + 1] !== 'PROPN' || pos[i - 1] !== 'PROPN') return false;
  if (norm[i] === lemma[i]) return norm[i - 2] === 'and' && pos[i - 3] === 'PROPN';
  return norm[i]!.endsWith('s') && pos[i - 2] !== 'PROPN';
}

/**
 * "to help support/NOUN the rights of …": a bare form of a verb right after "help" and before an object is
 * the verb helped.
 */
export function verbAfterHelp({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if (
    pos[i] === 'NOUN' &&
    i > 0 &&
    pos[i - 1] === 'VERB' &&
    lemma[i - 1] === 'help' &&
    norm[i] === lemma[i] &&
    isVerb(lemma[i]!) &&
    OBJECT_START.has(pos[i + 1] ?? '')
  ) {
    pos[i] = 'VERB';
  }
}

/** "gunmen shot/NOUN dead a policeman", "troops shot/NOUN two protesters". */
export function shotAfterSubject({ norm, pos, lemma }: TaggedWords, i: number): void {
  if (
    pos[i] === 'NOUN' &&
    norm[i] === 'shot' &&
    (norm[i + 1] === 'dead' || OBJECT_START.has(pos[i + 1] ?? '')) &&
    subjectBefore(norm, pos, i)
  ) {
    pos[i] = 'VERB';
    lemma[i] = 'shoot';
  }
}

/** Plural nouns naming those who use force, whose verb the tagger may read as a noun of a compound. */
const ARMED_PLURALS = new Set([
  'troops',
  'soldiers',
  'forces',
  'servicemen',
  'paratroopers',
  'occupiers',
  'invaders',
  'militants',
  'rebels',
  'separatists',
  'fighters',
  'gunmen',
  'terrorists',
  'attackers',
  'police',
]);
/** Irregular past forms of verbs of force and taking, with their base forms. */
const IRREGULAR_PASTS = new Map([
  ['shot', 'shoot'],
  ['hit', 'hit'],
  ['struck', 'strike'],
  ['stole', 'steal'],
  ['threw', 'throw'],
  ['blew', 'blow'],
  ['broke', 'break'],
  ['drove', 'drive'],
  ['fought', 'fight'],
  ['took', 'take'],
  ['beat', 'beat'],
  ['tore', 'tear'],
  ['burnt', 'burn'],
  ['sank', 'sink'],
]);

/**
 * "occupiers shot/NOUN people", "troops drop/NOUN air bombs on …", "invaders open/ADJ fire": right after a
 * plural that names those who use force, an irregular past or a bare form of a verb the lexicon knows,
 * before the start of a noun phrase, in a clause with no verb yet, is their verb. A singular before it
 * ("a warning shot", "army attack helicopters") keeps the compound.
 */
export function verbAfterArmedPlural({ norm, pos, lemma, isVerb }: TaggedWords, i: number): void {
  if ((pos[i] !== 'NOUN' && pos[i] !== 'ADJ') || i === 0 || !ARMED_PLURALS.has(norm[i - 1]!)) return;
  if (!PHRASE_OPENERS.has(pos[i + 1] ?? '')) return;
  const w = norm[i]!;
  // ("police force members": a bare form after "police" is too often the noun of a compound)
  const base = IRREGULAR_PASTS.get(w) ?? (norm[i - 1] === 'police' ? undefined : w);
  if (base === undefined || !isVerb(base) || verbBetween(pos, openerBefore(norm, pos, i), i)) return;
  pos[i] = 'VERB';
  lemma[i] = base;
}

/** Where the clause holding token i starts, past a word that opens a clause of its own ("when the …"). */
function openerBefore(norm: readonly string[], pos: readonly string[], i: number): number {
  const start = clauseStart(norm, pos, i);
  for (let k = i - 1; k > start; k--) if (CLAUSE_OPENERS.has(norm[k]!)) return k + 1;
  return start;
}
