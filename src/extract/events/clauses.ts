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
import {
  ADVERBIAL_SUBORDINATORS,
  CONDITIONAL_SUBORDINATORS,
  TIME_SUBORDINATORS,
  TIME_WORDS,
} from './words.js';

export type { Clause, Relation } from './clause-types.js';

/** Verbs that start or keep up the act their gerund names ("began shelling"); "stopped" ends it. */
const ASPECT_VERBS = new Set(['begin', 'start', 'resume', 'continue', 'keep', 'renew']);

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
    // and past an aside that a gerund opens after a comma ("Bashir, following the deal, has taken …")
    const aside = previous?.form === 'gerund' && norm[previous.start - 1] === ',';
    let start = previous
      ? previous.form === 'participle' || aside
        ? clauses[previous.index]!.start
        : previous.end
      : 0;
    for (let k = p.start - 1; k >= start; k--) {
      // a parenthesis before the verb belongs to its subject: "The rebel group (FDD) insisted"
      if (norm[k] === ')') {
        let open = k - 1;
        while (open >= start && norm[open] !== '(' && norm[open] !== ')') open--;
        if (open >= start && norm[open] === '(' && predicateAt(predicates, open + 1) === undefined) {
          k = open;
          continue;
        }
      }
      if (isBoundary(view, k)) {
        start = k + 1;
        const w = norm[k]!;
        // "since last month's invasion, the embassy said": a subordinator before a comma heads a phrase
        if (view.pos[k] === 'SCONJ' && !between(view, k + 1, p.start, (x) => x === ',')) clause.opener = w;
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
      // ", and proposed": after a comma the verb joins a main clause, not a subordinate one before it
      const left = leftConjunct(view, predicates, clauses, p.index, norm[before - 1] === ',');
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

    // "The Red Cross operating in Iraq said …", "workers affiliated with the union stopped …": an -ing or -ed
    // form right after a noun, before the verb whose subject that noun is, modifies the noun
    const bareParticiple = p.form === 'finite' && p.start === p.head && norm[p.head]!.endsWith('ed');
    if (
      (p.form === 'gerund' || bareParticiple) &&
      before >= 0 &&
      phraseEndingAt(phrases, before + 1)?.prep === undefined
    ) {
      const noun = phraseEndingAt(phrases, before + 1);
      const next = predicates[p.index + 1];
      const objectOfVerb =
        noun !== undefined && predicateAt(predicates, skipBack(view, noun.start - 1)) !== undefined;
      if (
        noun &&
        !objectOfVerb &&
        next &&
        next.form === 'finite' &&
        pos[noun.head] !== 'PRON' &&
        !between(view, p.end, next.start, (w, tag) => w === ',' || tag === 'SCONJ' || w === 'that') &&
        !findSubject(view, phrases, p.end, next.start)
      ) {
        p.form = 'participle';
        // "workers affiliated with the union stopped work": the noun is acted on
        if (bareParticiple) p.passive = true;
        clause.start = noun.start;
        clause.subject = [noun];
        clause.subjectFrom = 'relative';
        continue;
      }
    }

    // a gerund without its own subject modifies a main clause: "While speaking …, Blinken repeated",
    // "…, adding that …"; its subject is found in the second pass when the main clause follows
    if (p.form === 'gerund') {
      // "began shelling the town", "resumed bombing": the gerund is the act the aspect verb starts or
      // keeps going, done by its subject
      const aspect = predicates[p.index - 1];
      if (aspect && aspect.end === p.start && ASPECT_VERBS.has(aspect.lemma)) {
        clause.relation = 'xcomp';
        clause.governor = aspect.index;
        clause.subject = clauses[aspect.index]!.subject;
        clause.subjectFrom = 'shared';
        continue;
      }
      clause.relation = 'adverbial';
      const prior = previousFinite(predicates, p.index);
      if (prior !== undefined && beforeWord === ',') {
        clause.governor = prior;
        clause.subject = clauses[prior]!.subject;
        clause.subjectFrom = 'shared';
      }
      continue;
    }

    // "The rebels, who control the north, attacked the town": after a relative clause between commas, the
    // verb's subject is the noun the clause describes
    const described =
      previous && beforeWord === ',' ? describedNoun(view, clauses, previous.index) : undefined;
    if (described) {
      clause.subject = described;
      clause.subjectFrom = 'phrase';
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
      // ("that after the US shares …": the time clause inside a that-clause keeps the that-clause's start)
      if (
        (clause.opener === undefined || clause.opener === 'that') &&
        opener >= start - 1 &&
        ADVERBIAL_SUBORDINATORS.has(norm[opener]!)
      ) {
        if (clause.opener === undefined) clause.start = first.start;
        clause.opener = norm[opener]!;
        if (CONDITIONAL_SUBORDINATORS.has(norm[opener]!)) clause.conditional = true;
      }
    }

    // a complement clause after a verb of saying, claiming, denying or demanding
    const governor = complementGovernor(view, phrases, predicates, clauses, clause, subjectPhrase);
    if (governor) {
      clause.governor = governor.index;
      clause.relation = 'complement';
    } else {
      const thatAt = subjectPhrase ? phrases[subjectPhrase.group[0]!]!.start - 1 : clause.start - 1;
      const noun = claimNounBefore(view, phrases, thatAt, p);
      if (noun) {
        clause.relation = 'noun-complement';
        clause.governorWord = noun.lemma;
        clause.governorAt = noun.at;
        clause.start = thatAt + 1;
        if (previous) clause.governor = previous.index;
      }
    }
  }

  // "after the US shares its response", "until a government takes over": a time clause in the simple
  // present speaks of a time still to come
  for (const clause of clauses) {
    const p = clause.predicate;
    if (clause.opener === undefined || !TIME_SUBORDINATORS.has(clause.opener)) continue;
    if (p.form !== 'finite' || p.start !== p.head) continue;
    const w = norm[p.head]!;
    const l = view.lemma[p.head]!;
    if (w === l || w === `${l}s` || w === `${l}es`) clause.future = true;
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

/** The subject a relative clause opened by ", who" or ", which" describes, if clause k ends one. */
function describedNoun(view: SentenceView, clauses: readonly Clause[], k: number): Phrase[] | undefined {
  let rel = clauses[k]!;
  while (rel.subjectFrom === 'shared' && rel.predicate.index > 0) rel = clauses[rel.predicate.index - 1]!;
  if (rel.subjectFrom !== 'relative') return undefined;
  const w = skipBack(view, rel.predicate.start - 1);
  const pronoun = view.norm[w];
  if ((pronoun !== 'who' && pronoun !== 'which') || view.norm[w - 1] !== ',') return undefined;
  return rel.subject;
}

function between(
  view: SentenceView,
  from: number,
  to: number,
  test: (word: string, tag: string) => boolean,
): boolean {
  for (let k = from; k < to; k++) if (test(view.norm[k]!, view.pos[k]!)) return true;
  return false;
}

/** Words that open a comparison set off by commas after a subject. */
const COMPARISON_WORDS = new Set(['like', 'unlike']);

const SKIPPABLE_MODIFIERS = new Set(['DET', 'ADV', 'ADJ', 'NUM']);

/** The nearest noun phrase before `end` and after `start` that can be a subject. */
function findSubject(view: SentenceView, phrases: readonly Phrase[], start: number, end: number) {
  for (let k = phrases.length - 1; k >= 0; k--) {
    const phrase = phrases[k]!;
    if (phrase.end > end || phrase.start < start) continue;
    if (TIME_WORDS.has(view.norm[phrase.head]!) && phrase.start === phrase.head) continue;
    // "unless President X arranged …": a subordinator read as a preposition, its noun right before the verb
    if (phrase.prep !== undefined && ADVERBIAL_SUBORDINATORS.has(phrase.prep) && phrase.end === end)
      return phrase;
    // the object of a preposition is never the subject ("Hundreds of UN troops": the of-phrase belongs to
    // the phrase before it), nor is a later member of a coordinated prepositional object
    if (phrase.prep !== undefined || phrases[phrase.group[0]!]!.prep !== undefined) continue;
    // "NATO (the Western alliance) condemned": the words in parentheses only gloss the subject
    if (view.norm[phrase.end] === ')' && view.norm[phrase.start - 1] === '(') continue;
    return appositionHead(view, phrases, phrase, start, end) ?? phrase;
  }
  return undefined;
}

/**
 * "Pakistan, a key U.S. ally in the war on terror, has refused …": when the nearest phrase is an apposition
 * between commas that names no actor, the actor it describes is the subject.
 */
function appositionHead(
  view: SentenceView,
  phrases: readonly Phrase[],
  phrase: Phrase,
  start: number,
  end: number,
): Phrase | undefined {
  // "Greece, like most other members, plans …", "Bashir, following the peace deal, has taken …": an aside
  // between commas that opens with a comparison, a preposition or a gerund reads as an apposition
  let comma = phrase.start - 1;
  const opener = (k: number) =>
    view.pos[k] === 'ADV' ||
    view.pos[k] === 'ADP' ||
    COMPARISON_WORDS.has(view.norm[k]!) ||
    (view.pos[k] === 'VERB' && view.norm[k]!.endsWith('ing'));
  while (comma > start && opener(comma)) comma--;
  if (view.actorAt[phrase.head]! >= 0 || view.norm[comma] !== ',') return undefined;
  let k = end - 1;
  while (k > phrase.start && view.pos[k] === 'ADV') k--;
  if (view.norm[k] !== ',') return undefined;
  const head = phraseEndingAt(phrases, comma);
  if (!head || head.start < start || head.prep !== undefined) return undefined;
  // an actor whose country only its description gives ("the State Duma, Russia's lower house") stays
  // behind the description
  const actor = view.actors[view.actorAt[head.head]!]?.actor;
  if (!actor) return undefined;
  if (actor.code.length < 3 || actor.code.startsWith('---')) {
    for (let t = phrase.start; t < phrase.end; t++) {
      const code = view.actors[view.actorAt[t]!]?.actor.code ?? '';
      if (code.length >= 3 && !code.startsWith('---')) return undefined;
    }
  }
  return head;
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
  mainOnly: boolean,
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
    if (mainOnly && c.opener !== undefined && c.opener !== 'that') continue;
    if (fits(p)) return c;
    nearest ??= c;
  }
  return nearest;
}
