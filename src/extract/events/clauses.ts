import { isPersonalPronoun, type Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import {
  APPEAL_VERBS,
  CLAIM_NOUNS,
  CLAIM_VERBS,
  CONDITIONAL_SUBORDINATORS,
  DEMAND_NOUNS,
  DEMAND_VERBS,
  DENIAL_VERBS,
  INTENT_NOUNS,
  REPORTING_VERBS,
  TIME_WORDS,
} from './words.js';

/** How a predicate hangs from the one that governs it. */
export type Relation =
  /** "agreed to meet", "is ready to meet": the governor's subject acts. */
  | 'xcomp'
  /** "urged Washington to press Kyiv": the governor's object acts. */
  | 'object-control'
  /** "… to stop the slide": a purpose, the governor's subject acts. */
  | 'purpose'
  /** "said (that) Moscow urged …", "denies it is planning …". */
  | 'complement'
  /** The words before a quote-final "…," Blinken said. */
  | 'quoted'
  /** "fears that Moscow could …": a clause after a noun of claim or fear. */
  | 'noun-complement'
  /** "accused X of staging …", "warned Russia against repeating …": the object acts, as a claim. */
  | 'claimed-gerund'
  /** "met … and agreed …": shares the subject and the governor of its left conjunct. */
  | 'coordinated'
  /** "While speaking …", "…, adding that …", "after reaching …": a clause modifying another. */
  | 'adverbial';

export interface Clause {
  readonly predicate: Predicate;
  governor?: number;
  relation?: Relation;
  /** The word that decides the relation's effect when it is not the governor's verb: "ready", "plans", "fears". */
  governorWord?: string;
  /** The subject phrases (coordinated), or the controller; empty when none was found. */
  subject: Phrase[];
  /** Where the subject came from, for confidence. */
  subjectFrom: 'phrase' | 'controller' | 'shared' | 'inverted' | 'relative' | 'none';
  /** Opened by "if", "unless", "whether". */
  conditional: boolean;
  /** Opened by "without" (a gerund that did not happen). */
  without: boolean;
  /** First local token of the clause. */
  start: number;
}

const BOUNDARY_SCONJ = new Set([
  'that',
  'while',
  'if',
  'because',
  'although',
  'though',
  'after',
  'before',
  'when',
  'unless',
  'whether',
  'since',
  'as',
  'until',
  'once',
  'whereas',
  'lest',
]);
const QUOTES = new Set(['"', "'", '``', "''"]);
const CCONJ = new Set(['and', 'but', 'or', 'yet']);
const COMPLEMENT_TAKERS = (lemma: string) =>
  REPORTING_VERBS.has(lemma) || CLAIM_VERBS.has(lemma) || DENIAL_VERBS.has(lemma) || DEMAND_VERBS.has(lemma);

function isBoundary(view: SentenceView, k: number): boolean {
  const w = view.norm[k]!;
  const p = view.pos[k]!;
  if (p === 'SCONJ' && BOUNDARY_SCONJ.has(w)) return true;
  if ((w === 'who' || w === 'which' || w === 'whom') && p !== 'DET') return true;
  return w === ';' || w === ':' || w === '(' || w === ')' || w === '—';
}

function skipBack(view: SentenceView, k: number): number {
  while (k >= 0 && (view.pos[k] === 'ADV' || view.norm[k] === 'not' || view.norm[k] === "n't")) k--;
  return k;
}

/** The predicate whose verb group covers token k. */
function predicateAt(predicates: readonly Predicate[], k: number): Predicate | undefined {
  for (const p of predicates) if (p.start <= k && k < p.end) return p;
  return undefined;
}

/** The phrase ending just before token k (its last token is k - 1). */
function phraseEndingAt(phrases: readonly Phrase[], k: number): Phrase | undefined {
  for (const p of phrases) if (p.end === k) return p;
  return undefined;
}

function members(phrases: readonly Phrase[], phrase: Phrase): Phrase[] {
  return phrase.group.map((g) => phrases[g]!);
}

/**
 * Links each predicate to the one that governs it and finds its subject: the nearest noun phrase to its
 * left within its clause; the governor's subject or object for infinitives; the shared subject of
 * coordinated verbs; the antecedent of a relative pronoun; the inverted subject of '"…," said Blinken'.
 */
export function linkClauses(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
) {
  const clauses: Clause[] = predicates.map((predicate) => ({
    predicate,
    subject: [],
    subjectFrom: 'none',
    conditional: false,
    without: false,
    start: 0,
  }));
  const { norm, pos } = view;

  for (const clause of clauses) {
    const p = clause.predicate;
    const previous = p.index > 0 ? predicates[p.index - 1] : undefined;
    // the clause starts after the nearest boundary or the previous predicate
    // after a reduced relative ("a report released Tuesday … alleged"), its noun is still in reach
    let start = previous
      ? previous.form === 'participle'
        ? clauses[previous.index]!.start
        : previous.end
      : 0;
    for (let k = p.start - 1; k >= start; k--) {
      if (isBoundary(view, k)) {
        start = k + 1;
        const w = norm[k]!;
        if (CONDITIONAL_SUBORDINATORS.has(w)) clause.conditional = true;
        break;
      }
    }
    clause.start = start;

    if (p.form === 'infinitive') {
      linkInfinitive(view, phrases, predicates, clauses, clause);
      continue;
    }

    const before = skipBack(view, p.start - 1);
    const beforeWord = norm[before] ?? '';

    // relative clause: "… Hamas, which controls Gaza"
    if (before >= 0 && (beforeWord === 'who' || beforeWord === 'which' || beforeWord === 'that')) {
      let k = before;
      if (norm[k - 1] === ',') k--;
      const antecedent = phraseEndingAt(phrases, k);
      if (
        antecedent &&
        (beforeWord !== 'that' ||
          view.pos[before] !== 'SCONJ' ||
          !predicateAt(predicates, skipBack(view, antecedent.start - 1)))
      ) {
        clause.subject = [antecedent];
        clause.subjectFrom = 'relative';
        continue;
      }
    }

    // a participle after a noun that is not the sentence's verb: "officials accused of …", "a report
    // released Tuesday …", "There were 10 soldiers killed": passive, its noun is what was acted on
    const antecedent = reducedRelative(view, phrases, predicates, p);
    if (antecedent) {
      p.form = 'participle';
      p.passive = true;
      clause.start = antecedent.start;
      clause.subject = [antecedent];
      clause.subjectFrom = 'relative';
      continue;
    }

    // preposition + gerund: "accused X of staging", "after reaching", "without returning"
    if (p.form === 'gerund' && before >= 0 && pos[before] === 'ADP') {
      linkPrepositionalGerund(view, phrases, predicates, clauses, clause, before);
      continue;
    }

    // coordinated verbs share the subject: "met X and agreed to …"
    if (before >= 0 && CCONJ.has(beforeWord)) {
      const left = leftConjunct(view, predicates, clauses, p.index);
      if (left) {
        clause.subject = left.subject;
        clause.subjectFrom = 'shared';
        if (left.governor !== undefined && left.relation !== undefined) {
          clause.governor = left.governor;
          clause.relation = left.relation;
          if (left.governorWord !== undefined) clause.governorWord = left.governorWord;
        }
        clause.conditional ||= left.conditional;
        continue;
      }
    }

    // a gerund without its own subject modifies a main clause: "While speaking …, Blinken repeated",
    // "…, adding that …"; its subject is found in the second pass when the main clause follows
    if (p.form === 'gerund') {
      clause.relation = 'adverbial';
      const prior = previousFinite(predicates, p.index);
      if (prior !== undefined && beforeWord === ',') {
        clause.governor = prior;
        clause.subject = clauses[prior]!.subject;
        clause.subjectFrom = 'shared';
      }
      continue;
    }

    const subjectPhrase = findSubject(view, phrases, start, p.start);
    if (subjectPhrase) {
      clause.subject = members(phrases, subjectPhrase);
      clause.subjectFrom = 'phrase';
    }

    // a complement clause after a verb of saying, claiming, denying or demanding
    const governor = complementGovernor(view, phrases, predicates, clauses, clause, subjectPhrase);
    if (governor) {
      clause.governor = governor.index;
      clause.relation = 'complement';
    } else {
      const noun = claimNounBefore(view, phrases, clause.start);
      if (noun) {
        clause.relation = 'noun-complement';
        clause.governorWord = noun;
        if (previous) clause.governor = previous.index;
      }
    }
  }

  linkQuoteFinalReports(view, phrases, clauses);
  // sentence-initial adverbial gerunds take the subject of the first main clause after them
  for (const clause of clauses) {
    if (clause.relation !== 'adverbial' || clause.subject.length > 0) continue;
    const main = clauses.find(
      (c) => c.predicate.index > clause.predicate.index && c.subjectFrom === 'phrase',
    );
    if (main) {
      clause.subject = main.subject;
      clause.subjectFrom = 'shared';
      clause.governor = main.predicate.index;
    }
  }
  // infinitives whose controller was found only now
  for (const clause of clauses) {
    if (
      clause.subject.length === 0 &&
      clause.governor !== undefined &&
      clause.relation !== 'object-control'
    ) {
      const g = clauses[clause.governor]!;
      if (clause.relation === 'xcomp' || clause.relation === 'purpose' || clause.relation === 'coordinated') {
        clause.subject = g.subject;
        clause.subjectFrom = 'controller';
      }
    }
  }
  return clauses;
}

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
function reducedRelative(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  p: Predicate,
): Phrase | undefined {
  if (p.form !== 'finite' || p.start !== p.head) return undefined;
  const w = view.norm[p.head]!;
  if (!(w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w))) return undefined;
  // a verb with a direct object is active: "Zambia extradited the militant"
  const object = phrases.find((ph) => ph.start === p.end && ph.prep === undefined);
  if (object && !TIME_WORDS.has(view.norm[object.head]!)) return undefined;
  let antecedent = phraseEndingAt(phrases, skipBack(view, p.start - 1) + 1);
  // "a member of the Hamas movement jailed …": the participle may follow an of-phrase
  let through = antecedent;
  while (through && through.prep === 'of') through = phraseEndingAt(phrases, through.start - 1);
  if (!through || through.prep !== undefined || TIME_WORDS.has(view.norm[through.head]!)) return undefined;
  if (antecedent?.prep !== undefined) antecedent = through;
  if (!antecedent) return undefined;
  // an apposition's participle: ", a member of Hamas jailed over a year ago"
  const lead = phrases[through.group[0]!]!.start - 1;
  if (lead > 0 && view.norm[lead] === ',') return antecedent;
  // "There were 10 Russian soldiers killed"
  const before = predicateAt(predicates, skipBack(view, antecedent.start - 1));
  if (
    before &&
    before.form === 'copula' &&
    view.lemma[before.head] === 'be' &&
    view.norm[before.start - 1] === 'there'
  )
    return antecedent;
  // "officials accused of … would be indicted": the sentence's verb comes later, with no subject between
  let next: Predicate | undefined;
  for (const q of predicates) {
    if (q.index <= p.index || q.form === 'infinitive' || q.form === 'gerund') continue;
    next = q;
    break;
  }
  if (!next) return undefined;
  const k = skipBack(view, next.start - 1);
  if (CCONJ.has(view.norm[k]!) || view.norm[k] === ',' || isBoundary(view, k)) return undefined;
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

/** The nearest noun phrase before `end` and after `start` that can be a subject. */
function findSubject(view: SentenceView, phrases: readonly Phrase[], start: number, end: number) {
  for (let k = phrases.length - 1; k >= 0; k--) {
    const phrase = phrases[k]!;
    if (phrase.end > end || phrase.start < start) continue;
    if (TIME_WORDS.has(view.norm[phrase.head]!) && phrase.start === phrase.head) continue;
    // the object of a preposition is never the subject ("Hundreds of UN troops": the of-phrase belongs to
    // the phrase before it), nor is a later member of a coordinated prepositional object
    if (phrase.prep !== undefined || phrases[phrase.group[0]!]!.prep !== undefined) continue;
    return phrase;
  }
  return undefined;
}

function previousFinite(predicates: readonly Predicate[], index: number): number | undefined {
  for (let k = index - 1; k >= 0; k--) {
    const f = predicates[k]!.form;
    if (f === 'finite' || f === 'copula') return k;
  }
  return undefined;
}

/**
 * The verb a coordinated verb joins: the nearest finite one before it of the same shape ("denies it is
 * planning … and argues": "argues" joins "denies", not "is planning"), else the nearest finite one.
 */
function leftConjunct(
  view: SentenceView,
  predicates: readonly Predicate[],
  clauses: readonly Clause[],
  index: number,
) {
  const own = predicates[index]!;
  const hasAux = (p: Predicate) => p.start < p.head || p.form === 'copula';
  const participle = (p: Predicate) => {
    const w = view.norm[p.head]!;
    return w !== view.lemma[p.head] && !w.endsWith('ing') && !w.endsWith('s');
  };
  // "has attacked Iraq and taken Mosul" shares the auxiliary; "denies … is planning … and argues" joins
  // the bare verb; a verb with its own auxiliary joins the nearest finite verb
  const fits = (p: Predicate) => hasAux(own) || (participle(own) ? participle(p) : !hasAux(p));
  let nearest: Clause | undefined;
  for (let k = index - 1; k >= 0; k--) {
    const c = clauses[k]!;
    const p = predicates[k]!;
    if ((p.form !== 'finite' && p.form !== 'copula') || c.relation === 'xcomp' || c.relation === 'purpose')
      continue;
    if (fits(p)) return c;
    nearest ??= c;
  }
  return nearest;
}

function linkInfinitive(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  clauses: Clause[],
  clause: Clause,
): void {
  const p = clause.predicate;
  let to = p.start - 1;
  while (to >= 0 && view.norm[to] !== 'to') to--;
  const k = skipBack(view, to - 1);
  const q = predicateAt(predicates, k);
  if (q) {
    clause.governor = q.index;
    clause.relation = 'xcomp';
    clause.subject = clauses[q.index]!.subject;
    clause.subjectFrom = 'controller';
    return;
  }
  const copula = predicates.find((c) => c.adjectiveAt === k);
  if (copula) {
    clause.governor = copula.index;
    clause.relation = 'xcomp';
    clause.governorWord = copula.adjective!;
    clause.subject = clauses[copula.index]!.subject;
    clause.subjectFrom = 'controller';
    return;
  }
  const object = phraseEndingAt(phrases, k + 1);
  if (object) {
    const first = phrases[object.group[0]!]!;
    const verbAt = skipBack(view, first.start - 1 - (first.prep !== undefined ? 1 : 0));
    const verb = predicateAt(predicates, verbAt);
    if (INTENT_NOUNS.has(view.norm[object.head]!) || INTENT_NOUNS.has(view.lemma[object.head]!)) {
      clause.relation = 'xcomp';
      clause.governorWord = view.lemma[object.head]!;
      const owner = verb ?? predicates[p.index - 1];
      if (owner) {
        clause.governor = owner.index;
        clause.subject = clauses[owner.index]!.subject;
        clause.subjectFrom = 'controller';
      }
      return;
    }
    if (verb && APPEAL_VERBS.has(verb.lemma)) {
      clause.governor = verb.index;
      clause.relation = 'object-control';
      clause.subject = members(phrases, object);
      clause.subjectFrom = 'controller';
      return;
    }
  }
  const previous = p.index > 0 ? p.index - 1 : undefined;
  if (previous !== undefined) {
    clause.governor = previous;
    clause.relation = 'purpose';
    clause.subject = clauses[previous]!.subject;
    clause.subjectFrom = 'controller';
  }
}

const CLAIMING_PREPOSITION_VERBS = new Set([
  'accuse',
  'blame',
  'charge',
  'suspect',
  'convict',
  'condemn',
  'criticize',
]);
const PREVENTING_PREPOSITION_VERBS = new Set([
  'warn',
  'deter',
  'stop',
  'prevent',
  'ban',
  'bar',
  'caution',
  'refrain',
]);

function linkPrepositionalGerund(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  clauses: Clause[],
  clause: Clause,
  prepAt: number,
): void {
  const prep = view.norm[prepAt]!;
  const object = phraseEndingAt(phrases, prepAt);
  const first = object ? phrases[object.group[0]!]! : undefined;
  const verb = first
    ? predicateAt(predicates, skipBack(view, first.start - 1))
    : predicateAt(predicates, prepAt - 1);
  if (
    verb &&
    object &&
    (CLAIMING_PREPOSITION_VERBS.has(verb.lemma) || PREVENTING_PREPOSITION_VERBS.has(verb.lemma))
  ) {
    clause.governor = verb.index;
    clause.relation = 'claimed-gerund';
    clause.governorWord = verb.lemma;
    clause.subject = members(phrases, object);
    clause.subjectFrom = 'controller';
    return;
  }
  clause.relation = 'adverbial';
  clause.without = prep === 'without';
  const prior = previousFinite(predicates, clause.predicate.index);
  if (prior !== undefined) {
    clause.governor = prior;
    clause.subject = clauses[prior]!.subject;
    clause.subjectFrom = 'shared';
  }
}

/** The verb of saying, claiming, denying or demanding whose complement this clause is, if any. */
function complementGovernor(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  clauses: readonly Clause[],
  clause: Clause,
  subject: Phrase | undefined,
): Predicate | undefined {
  const p = clause.predicate;
  if (p.index === 0) return undefined;
  // "that" opens the clause: find the verb before it, past its object ("told reporters that", "warned X that")
  const opener = clause.start - 1;
  if (opener >= 0 && view.norm[opener] === 'that' && view.pos[opener] === 'SCONJ') {
    let k = skipBack(view, opener - 1);
    // "alleged that …, and that …": a second complement of the same verb
    if (view.norm[k] === 'and' || view.norm[k] === 'or' || view.norm[k] === 'but') {
      for (let q = p.index - 1; q >= 0; q--) {
        const c = clauses[q]!;
        if (c.relation === 'complement' && c.governor !== undefined) return predicates[c.governor];
      }
      return undefined;
    }
    // past the verb's object and any prepositional or time phrases ("agreed on Wednesday that …")
    for (let hops = 0; hops < 4; hops++) {
      if (view.norm[k] === ',') k = skipBack(view, k - 1);
      const phrase = phraseEndingAt(phrases, k + 1);
      if (!phrase) break;
      const first = phrases[phrase.group[0]!]!;
      k = skipBack(view, first.start - 1 - (first.prep !== undefined ? 1 : 0));
    }
    const verb = predicateAt(predicates, k);
    if (verb && (COMPLEMENT_TAKERS(verb.lemma) || verb.lemma === 'agree')) return verb;
    return undefined;
  }
  // a bare complement: "Lavrov said Moscow urged …", "denies it is planning …"
  if (!subject) return undefined;
  let k = skipBack(view, phrases[subject.group[0]!]!.start - 1);
  // "said on Wednesday they would …": past time phrases between the verb and the clause
  for (let hops = 0; hops < 3; hops++) {
    const time = phraseEndingAt(phrases, k + 1);
    if (!time || !TIME_WORDS.has(view.norm[time.head]!)) break;
    k = skipBack(view, time.start - 1 - (time.prep !== undefined ? 1 : 0));
  }
  const verb = predicateAt(predicates, k);
  if (verb && verb.index < p.index && COMPLEMENT_TAKERS(verb.lemma)) return verb;
  return undefined;
}

function claimNounBefore(view: SentenceView, phrases: readonly Phrase[], start: number): string | undefined {
  const opener = start - 1;
  if (opener < 0 || view.norm[opener] !== 'that') return undefined;
  const noun = phraseEndingAt(phrases, opener);
  if (!noun) return undefined;
  const lemma = view.lemma[noun.head]!;
  const norm = view.norm[noun.head]!;
  return CLAIM_NOUNS.has(lemma) || CLAIM_NOUNS.has(norm) || DEMAND_NOUNS.has(lemma) || DEMAND_NOUNS.has(norm)
    ? lemma
    : undefined;
}

/**
 * '"…," Blinken said.' and '"…," said Blinken': the reporting verb after a quote governs the predicates before
 * it that have no governor, and its subject may follow it.
 */
function linkQuoteFinalReports(view: SentenceView, phrases: readonly Phrase[], clauses: Clause[]): void {
  const { norm } = view;
  for (const clause of clauses) {
    const p = clause.predicate;
    if (!REPORTING_VERBS.has(p.lemma) || p.index === 0) continue;
    let k = skipBack(view, p.start - 1);
    let inverted = false;
    const subject = clause.subjectFrom === 'phrase' ? clause.subject[0] : undefined;
    if (subject && subject.end === k + 1) k = skipBack(view, subject.start - 1);
    else inverted = true;
    const closes =
      (norm[k] === ',' && QUOTES.has(norm[k - 1] ?? '')) ||
      (QUOTES.has(norm[k] ?? '') && norm[k - 1] === ',') ||
      (QUOTES.has(norm[k] ?? '') && (norm[k - 1] === '.' || norm[k - 1] === '!' || norm[k - 1] === '?')) ||
      norm[k] === ',';
    if (!closes) continue;
    if (inverted) {
      const after = phrases.find((ph) => ph.start === p.end && ph.prep === undefined);
      if (!after) continue;
      clause.subject = members(phrases, after);
      clause.subjectFrom = 'inverted';
    }
    for (const other of clauses) {
      if (other.predicate.index >= p.index) break;
      if (other.governor === undefined && other.relation === undefined) {
        other.governor = p.index;
        other.relation = 'quoted';
      }
    }
    clause.start = Math.min(clause.start, p.start);
  }
}

/** True for a phrase that is a personal pronoun ("he", "it", "we"). */
export function isPronounPhrase(view: SentenceView, phrase: Phrase): boolean {
  return phrase.start === phrase.head && isPersonalPronoun(view.norm[phrase.head]!);
}
