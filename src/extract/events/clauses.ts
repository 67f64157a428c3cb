import {
  CCONJ,
  isBoundary,
  members,
  phraseEndingAt,
  predicateAt,
  previousFinite,
  skipBack,
} from './clause-tokens.js';
import type { Clause } from './clause-types.js';
import {
  claimNounBefore,
  complementGovernor,
  linkInfinitive,
  linkPrepositionalGerund,
  linkQuoteFinalReports,
} from './governors.js';
import { reducedRelative } from './participles.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import { ADVERBIAL_SUBORDINATORS, CONDITIONAL_SUBORDINATORS, TIME_WORDS } from './words.js';

export type { Clause, Relation } from './clause-types.js';

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
        if (view.pos[k] === 'SCONJ') clause.opener = w;
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
          if (left.intentDenied !== undefined) clause.intentDenied = left.intentDenied;
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
      // "until a government takes over": a subordinator the tagger read as a preposition still opens the
      // clause when its subject follows it directly
      const first = phrases[subjectPhrase.group[0]!]!;
      let opener = first.start - 1;
      // past modifiers the chunker left out of the phrase ("until a democratically-elected government")
      for (
        let hops = 0;
        hops < 4 && opener > start && (SKIPPABLE_MODIFIERS.has(pos[opener]!) || norm[opener] === '-');
        hops++
      )
        opener--;
      if (clause.opener === undefined && opener >= start - 1 && ADVERBIAL_SUBORDINATORS.has(norm[opener]!)) {
        clause.opener = norm[opener]!;
        clause.start = first.start;
        if (CONDITIONAL_SUBORDINATORS.has(norm[opener]!)) clause.conditional = true;
      }
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

const SKIPPABLE_MODIFIERS = new Set(['DET', 'ADV', 'ADJ', 'NUM']);

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
