// Clauses whose auxiliary stands before the subject: a condition ("should it attack", "had the army
// attacked") or a yes/no question ("Did the presidents discuss …?", "Will Russia give back …?"). Neither
// asserts its act.
import type { Clause } from './clause-types.js';
import type { Phrase } from './phrases.js';
import { isParticipleForm, type Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';

/** Auxiliaries that open a condition when they stand before their subject: "should it attack", "had they". */
const CONDITION_AUXILIARIES = new Set(['should', 'had', 'were']);
/** Tags of a word that could be the subject of an auxiliary right after it, which then is not inverted. */
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
/** Words after which a new sentence part, and so a question's auxiliary, may begin. */
const PART_OPENERS = new Set([',', ':', ';', '"', "'", '(', '—', '-', '–']);
const SENTENCE_ENDS = new Set(['.', '!']);
/** Question words, whose question takes its act for granted ("Why did they attack?"). */
const QUESTION_WORDS = new Set(['why', 'how', 'when', 'where', 'what', 'who', 'whom', 'whose', 'which']);

/**
 * An auxiliary before its subject, with the verb right after that subject, makes the act unasserted:
 *  - "should it directly attack our country", "had the army attacked", "were troops withdrawn" open a
 *    condition as "if" does. "should" never stands before a subject otherwise; "had" and "were" only count
 *    where no subject of their own stands right before them ("Russia had troops stationed there");
 *  - "Did the presidents discuss …?", "So, will they comply …?", "Can we say that Russia has …?": a yes/no
 *    question, which opens the sentence or a part of it and ends at a question mark, asks whether the act
 *    took place. (A question word before the auxiliary, "Why did they attack?", takes the act for granted.)
 * Both the auxiliary's clause and the verb's are marked, so what hangs from either is unasserted too.
 */
export function markInvertedClauses(
  view: SentenceView,
  phrases: readonly Phrase[],
  clauses: readonly Clause[],
): void {
  for (let i = 0; i + 1 < clauses.length; i++) {
    const aux = clauses[i]!.predicate;
    if (aux.form !== 'copula' || aux.start !== aux.head || view.pos[aux.head] !== 'AUX') continue;
    const verb = clauses[i + 1]!.predicate;
    const infinitive = verbAfterSubject(view, phrases, aux, verb);
    if (infinitive === undefined) continue;
    if (infinitive === false && followsFrontedNegative(view, aux)) {
      clauses[i + 1]!.invertedAuxiliary = aux;
      clauses[i + 1]!.frontedNegative = true;
      continue;
    }
    // "what must their weapons destroy?", "how can we allow …?": the act takes the modal before its subject
    if (infinitive === false && aux.modal !== undefined && followsQuestionWord(view, aux)) {
      clauses[i + 1]!.invertedAuxiliary = aux;
      continue;
    }
    // "What did they threaten us with?", "whom did they attack?": a question asking for a party or a thing of
    // the act asserts no act; in a statement it is most often rhetorical ("what did they demand? nothing")
    // (only where the question ends with the act's own clause: "what did they say when they attacked?" asks
    // about the saying, not the attack)
    const next = clauses[i + 2]?.predicate.start ?? view.norm.length;
    const asked = questionMarkAt(view, verb);
    if (infinitive === false && asksForArgument(view, aux) && asked >= 0 && asked < next) {
      clauses[i]!.conditional = true;
      clauses[i + 1]!.conditional = true;
      continue;
    }
    const questionEnd = questionMarkAfter(view, aux, verb);
    if (!invertedCondition(view, aux, verb, infinitive) && questionEnd < 0) continue;
    clauses[i]!.conditional = true;
    clauses[i + 1]!.conditional = true;
    // "Do we understand correctly that Kyiv does not want to talk …?": what the question holds is asked too,
    // save what a relative clause says of a noun in it
    for (let j = i + 2; j < clauses.length && clauses[j]!.predicate.start < questionEnd; j++)
      if (clauses[j]!.subjectFrom !== 'relative') clauses[j]!.conditional = true;
  }
  markSubjectQuestions(view, clauses);
}

/**
 * "What interests of Russia were threatened by it?", "Which country attacked them?": a question that asks for
 * the act's subject asserts no act. The subject phrase opens with the question word and the clause runs to
 * the question mark.
 */
function markSubjectQuestions(view: SentenceView, clauses: readonly Clause[]): void {
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const subject = clause.subject[0];
    if (
      clause.subjectFrom !== 'phrase' ||
      !subject ||
      !ARGUMENT_QUESTION_WORDS.has(view.norm[subject.start]!)
    )
      continue;
    const opens = subject.start === 0 || PART_OPENERS.has(view.norm[subject.start - 1]!);
    const next = clauses[i + 1]?.predicate.start ?? view.norm.length;
    const asked = questionMarkAt(view, clause.predicate);
    if (opens && asked >= 0 && asked < next) clause.conditional = true;
  }
}

/**
 * Whether a subject phrase stands right after the auxiliary and the verb right after that subject (past
 * adverbs and "not"): undefined when not, else whether a "to" stands before the verb ("were Russia to …").
 */
function verbAfterSubject(
  view: SentenceView,
  phrases: readonly Phrase[],
  aux: Predicate,
  verb: Predicate,
): boolean | undefined {
  const { norm, pos } = view;
  const subject = phrases.find((ph) => ph.start === aux.end && ph.prep === undefined);
  if (!subject) return undefined;
  let k = phrases[subject.group[subject.group.length - 1]!]!.end;
  while (k < verb.start && (pos[k] === 'ADV' || norm[k] === 'not')) k++;
  if (k === verb.start) return false;
  return verb.form === 'infinitive' && norm[k] === 'to' && verb.start === k + 1 ? true : undefined;
}

function invertedCondition(
  view: SentenceView,
  aux: Predicate,
  verb: Predicate,
  infinitive: boolean,
): boolean {
  const w = view.norm[aux.head]!;
  if (!CONDITION_AUXILIARIES.has(w)) return false;
  if (w !== 'should' && aux.start > 0 && SUBJECT_TAGS.has(view.pos[aux.start - 1]!)) return false;
  const bare = verb.start === verb.head;
  const base = bare && view.norm[verb.head] === view.lemma[verb.head];
  const participle = bare && isParticipleForm(view, verb.head);
  if (w === 'should') return base && !infinitive;
  if (w === 'had') return participle;
  return infinitive || participle;
}

/** Question words that ask for a party or a thing of the act, rather than for its cause, time or way. */
const ARGUMENT_QUESTION_WORDS = new Set(['what', 'who', 'whom', 'which']);

/** Whether such a word, alone or with a conjunction before it ("and what did …"), opens the question at the auxiliary. */
function asksForArgument(view: SentenceView, aux: Predicate): boolean {
  const k = aux.start - 1;
  if (k < 0 || !ARGUMENT_QUESTION_WORDS.has(view.norm[k]!)) return false;
  return k === 0 || PART_OPENERS.has(view.norm[k - 1]!) || view.pos[k - 1] === 'CCONJ';
}

/** The question mark that ends the sentence part of a verb, or -1. */
function questionMarkAt(view: SentenceView, verb: Predicate): number {
  for (let q = verb.end; q < view.norm.length; q++) {
    if (view.norm[q] === '?') return q;
    if (SENTENCE_ENDS.has(view.norm[q]!)) return -1;
  }
  return -1;
}

/** Whether a question word stands right before the auxiliary, past adverbs ("what exactly must …"). */
function followsQuestionWord(view: SentenceView, aux: Predicate): boolean {
  let k = aux.start - 1;
  while (k > 0 && view.pos[k] === 'ADV' && !QUESTION_WORDS.has(view.norm[k]!)) k--;
  return k >= 0 && QUESTION_WORDS.has(view.norm[k]!);
}

/** Adverbs and conjunctions that, fronted before an auxiliary and its subject, negate the clause. */
const FRONTED_NEGATIVES = new Set(['never', 'nowhere', 'nor', 'neither', 'no-longer']);

/**
 * Whether the auxiliary follows a fronted negative: "never will we …", "nor did they …", "under no
 * circumstances will we …", "at no time did it …", "not once has he …", "no longer will they …". A question
 * word between ("never, why did they …?") or a subject before the auxiliary makes no inversion.
 */
function followsFrontedNegative(view: SentenceView, aux: Predicate): boolean {
  const { norm, pos } = view;
  // "never again will they …"
  const k = norm[aux.start - 1] === 'again' ? aux.start - 2 : aux.start - 1;
  if (k < 0) return false;
  const w = norm[k]!;
  if (FRONTED_NEGATIVES.has(w)) return true;
  if (w === 'once' && norm[k - 1] === 'not') return true;
  if (w === 'longer' && norm[k - 1] === 'no') return true;
  // "under no circumstances", "in no way", "at no time", "on no account", "by no means"
  return pos[k] === 'NOUN' && norm[k - 1] === 'no' && pos[k - 2] === 'ADP';
}

/** The question mark that ends a yes/no question the auxiliary opens, or -1 when it opens none. */
function questionMarkAfter(view: SentenceView, aux: Predicate, verb: Predicate): number {
  const { norm, pos } = view;
  let k = aux.start - 1;
  // "So, will they …", "And did they …": a sentence adverb or a conjunction may come first
  if (k >= 0 && (pos[k] === 'CCONJ' || pos[k] === 'ADV') && !QUESTION_WORDS.has(norm[k]!)) k--;
  if (k >= 0 && !PART_OPENERS.has(norm[k]!)) return -1;
  for (let q = verb.end; q < norm.length; q++) {
    if (norm[q] === '?') return q;
    if (SENTENCE_ENDS.has(norm[q]!)) return -1;
  }
  return -1;
}
