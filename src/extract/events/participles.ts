import {
  CCONJ,
  COMPLEMENT_TAKERS,
  isBoundary,
  phraseEndingAt,
  predicateAt,
  skipBack,
} from './clause-tokens.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import { DOCUMENT_NOUNS, TIME_WORDS } from './words.js';

/** Prepositions whose phrases a participle may carry ("released Tuesday in the capital"). */
const PP_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'by',
  'for',
  'of',
  'from',
  'to',
  'with',
  'against',
  'near',
  'during',
  'after',
  'before',
  'over',
  'under',
  'into',
  'since',
  'across',
  'inside',
  'outside',
  'within',
]);

const IRREGULAR_PARTICIPLES = new Set([
  'held',
  'taken',
  'given',
  'seen',
  'shot',
  'hit',
  'struck',
  'sent',
  'built',
  'kept',
  'caught',
  'fought',
  'led',
  'brought',
  'thrown',
  'driven',
  'shown',
  'known',
  'made',
  'put',
  'cut',
  'left',
  'lost',
  'sought',
  'beaten',
  'hidden',
  'stolen',
  'seized',
]);

/** The noun a bare past participle modifies, when it is not the verb of its own clause. */
export function reducedRelative(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  p: Predicate,
): Phrase | undefined {
  const described = agentRelative(view, phrases, predicates, p);
  if (described) return described;
  if (p.form !== 'finite' || p.start !== p.head) return undefined;
  const w = view.norm[p.head]!;
  if (!(w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w))) return undefined;
  // a verb with a direct object is active: "Zambia extradited the militant"
  const object = phrases.find((ph) => ph.start === p.end && ph.prep === undefined);
  if (object && !TIME_WORDS.has(view.norm[object.head]!)) return undefined;
  // "Russia, backed by China, vetoed …", "a report, released on Tuesday, accused …": set off by commas
  // between a noun and its verb
  const aside = asideParticiple(view, phrases, predicates, p);
  if (aside) return aside;
  let antecedent = phraseEndingAt(phrases, skipBack(view, p.start - 1) + 1);
  // "a member of the Hamas movement jailed …": the participle may follow an of-phrase, or the author of a
  // document ("a report by Amnesty released in London …")
  let through = antecedent;
  while (through && (through.prep === 'of' || authorOfDocument(view, phrases, through)))
    through = phraseEndingAt(phrases, through.start - 1);
  if (!through || through.prep !== undefined || TIME_WORDS.has(view.norm[through.head]!)) return undefined;
  if (antecedent?.prep !== undefined) antecedent = through;
  if (!antecedent || opensObjectRelative(view, phrases, predicates, antecedent)) return undefined;
  // "lifted the curfew imposed in March": after the object of the verb before, with no clause break and
  // that verb taking no clause, the participle describes the object
  const verb = predicates[p.index - 1];
  // ("the most respected/VERB daily appealed": a participle inside a noun phrase is no verb with an object)
  const inPhrase = verb && (view.pos[verb.start - 1] === 'DET' || view.pos[verb.start - 1] === 'ADV');
  if (
    verb &&
    !inPhrase &&
    verb.form !== 'copula' &&
    !COMPLEMENT_TAKERS(verb.lemma) &&
    through.start >= verb.end &&
    antecedent.prep === undefined &&
    !brokenBetween(view, verb.end, p.start)
  )
    return antecedent;
  // an apposition's participle: ", a member of Hamas jailed over a year ago"
  const lead = phrases[through.group[0]!]!.start - 1;
  // ("Before leaving for Beijing, President Bush scheduled …": a comma closing an opening phrase is not one)
  if (
    lead > 0 &&
    view.norm[lead] === ',' &&
    !closesOpeningPhrase(view, lead) &&
    !endsSentence(view, phrases, p.end)
  )
    return antecedent;
  // "There were 10 Russian soldiers killed"
  const before = predicateAt(predicates, skipBack(view, antecedent.start - 1));
  if (
    before &&
    before.form === 'copula' &&
    view.lemma[before.head] === 'be' &&
    view.norm[before.start - 1] === 'there'
  )
    return antecedent;
  // "has opened its borders to West Africans ordered out of Nigeria": a clause that already has its verb
  // (an infinitive, one with an auxiliary, or one right after its subject), with nothing to open another,
  // takes no second one
  const clauseVerb =
    verb &&
    (verb.form === 'infinitive' ||
      (verb.form === 'finite' && (verb.start < verb.head || subjectBefore(phrases, verb.start))));
  if (
    verb &&
    clauseVerb &&
    !COMPLEMENT_TAKERS(verb.lemma) &&
    !brokenBetween(view, verb.end, antecedent.start)
  )
    return antecedent;
  // "officials accused of … would be indicted": the sentence's verb comes later, with no subject between
  let next: Predicate | undefined;
  for (const q of predicates) {
    if (q.index <= p.index || q.form === 'infinitive' || q.form === 'gerund') continue;
    // ("appealed to the President to help resolve the issue": a bare verb right after an infinitive is that
    // infinitive's, not a later verb of the sentence)
    const before = predicates[q.index - 1];
    if (before?.form === 'infinitive' && before.end === q.start) continue;
    next = q;
    break;
  }
  if (!next) return undefined;
  const k = skipBack(view, next.start - 1);
  // "Russia agreed there was …": "there" is the later verb's subject
  if (CCONJ.has(view.norm[k]!) || view.norm[k] === ',' || view.norm[k] === 'there' || isBoundary(view, k))
    return undefined;
  for (const ph of phrases) {
    if (ph.start < p.end || ph.end > next.start) continue;
    const prep = ph.prep ?? phrases[ph.group[0]!]!.prep;
    if (prep !== undefined && PP_PREPOSITIONS.has(prep)) continue;
    if (prep === undefined && TIME_WORDS.has(view.norm[ph.head]!)) continue;
    return undefined;
  }
  // between them, nothing but phrases that belong to the participle: then the earlier noun is the
  // later verb's subject
  for (let q = p.end; q < next.start; q++) if (isBoundary(view, q)) return undefined;
  return antecedent;
}

/**
 * Whether `noun` is the subject of a relative clause on the noun before it, whose verb is then finite: "the
 * sanctions that the EU imposed on Russia hurt", "missiles which Russia launched". ("told reporters that the
 * troops deployed in Belarus will leave": a "that" after a verb's object opens what was told.)
 */
export function opensObjectRelative(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  noun: Phrase,
): boolean {
  const marker = view.norm[noun.start - 1];
  if (marker !== 'that' && marker !== 'which') return false;
  const antecedent = phraseEndingAt(phrases, noun.start - 1);
  if (!antecedent) return false;
  return marker === 'which' || !predicateAt(predicates, skipBack(view, antecedent.start - 1));
}

/**
 * "under an agreement forced on the small state by Saudi Arabia", "by a missile fired by rebels": the noun
 * of a preposition is no verb's subject, so a bare participle right after it, with an agent that names
 * actors, is a passive that describes it. With no verb before it ("France on Wednesday condemned … by
 * Rwanda") the participle is the clause's own.
 */
function agentRelative(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  p: Predicate,
): Phrase | undefined {
  if ((p.form !== 'finite' && p.form !== 'participle') || p.start !== p.head) return undefined;
  const w = view.norm[p.head]!;
  if (!(w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w))) return undefined;
  const antecedent = phraseEndingAt(phrases, p.start);
  const earlier = predicates[p.index - 1];
  if (
    antecedent?.prep === undefined ||
    earlier === undefined ||
    earlier.end > antecedent.start ||
    TIME_WORDS.has(view.norm[antecedent.head]!) ||
    !namedAgentFollows(view, phrases, p.end)
  )
    return undefined;
  return antecedent;
}

/** Whether a "by" phrase naming an actor follows token `from` before the clause can end. */
function namedAgentFollows(view: SentenceView, phrases: readonly Phrase[], from: number): boolean {
  for (const ph of phrases) {
    if (ph.start < from) continue;
    if (brokenBetween(view, from, ph.start)) return false;
    // ("denied on Thursday charges by Ivory Coast": a verb with an object is active)
    if (ph.prep === undefined) return false;
    if (ph.prep !== 'by') continue;
    for (let k = ph.start; k < ph.end; k++) if (view.actorAt[k]! >= 0) return true;
    return false;
  }
  return false;
}

/**
 * The noun a participle set off by commas right after it describes, when the verb after the closing comma
 * has no subject of its own: "Russia, backed by China, vetoed …". Only phrases of the participle (with a
 * preposition, or times) may stand between the commas.
 */
function asideParticiple(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  p: Predicate,
): Phrase | undefined {
  if (view.norm[p.start - 1] !== ',') return undefined;
  const noun = phraseEndingAt(phrases, p.start - 1);
  if (!noun || noun.prep !== undefined || view.pos[noun.head] === 'PRON') return undefined;
  const next = predicates[p.index + 1];
  if (next?.form !== 'finite' || view.norm[next.start - 1] !== ',') return undefined;
  for (let k = p.end; k < next.start - 1; k++)
    if (view.norm[k] === ',' || isBoundary(view, k)) return undefined;
  for (const ph of phrases) {
    if (ph.start < p.end || ph.end > next.start - 1) continue;
    if (ph.prep === undefined && !TIME_WORDS.has(view.norm[ph.head]!)) return undefined;
  }
  return noun;
}

/** Whether a phrase is the "by" or "from" phrase naming the author of a document right before it. */
function authorOfDocument(view: SentenceView, phrases: readonly Phrase[], ph: Phrase): boolean {
  if (ph.prep !== 'by' && ph.prep !== 'from') return false;
  const document = phraseEndingAt(phrases, ph.start - 1);
  return document !== undefined && DOCUMENT_NOUNS.has(view.lemma[document.head]!);
}

/** Whether the comma at `at` ends a phrase that opens the sentence with a preposition or a subordinator. */
function closesOpeningPhrase(view: SentenceView, at: number): boolean {
  const tag = view.pos[0];
  if (tag !== 'ADP' && tag !== 'SCONJ') return false;
  for (let k = 1; k < at; k++) if (view.norm[k] === ',') return false;
  return true;
}

/** Whether a noun phrase with no preposition ends right before token `at`: a subject for the verb there. */
function subjectBefore(phrases: readonly Phrase[], at: number): boolean {
  const phrase = phraseEndingAt(phrases, at);
  return phrase !== undefined && phrase.prep === undefined;
}

/**
 * Whether only adverbs and time phrases follow `k` to the sentence's end: "…, a rights group protested here
 * Wednesday." is the verb of a closing report, not a participle of an apposition (", a man accused of …").
 */
function endsSentence(view: SentenceView, phrases: readonly Phrase[], k: number): boolean {
  for (let q = k; q < view.norm.length; q++) {
    const w = view.norm[q]!;
    if (view.pos[q] === 'ADV' || TIME_WORDS.has(w)) continue;
    if (w === '.' || w === '!' || w === '?' || w === '"' || w === "''") continue;
    // "on Monday": the preposition may stand outside its phrase
    const at = view.pos[q] === 'ADP' ? q + 1 : q;
    const time = phrases.find((ph) => ph.start <= at && at < ph.end && TIME_WORDS.has(view.norm[ph.head]!));
    if (time) {
      q = time.end - 1;
      continue;
    }
    return false;
  }
  return true;
}

/** Whether a clause may end between `from` and `to`: a comma, a conjunction, "that" or a boundary. */
function brokenBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = view.norm[k]!;
    if (w === ',' || w === 'that' || CCONJ.has(w) || view.pos[k] === 'SCONJ' || isBoundary(view, k))
      return true;
  }
  return false;
}
