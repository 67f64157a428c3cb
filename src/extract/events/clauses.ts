// The clause linker: each predicate's governor, relation and subject within the sentence.
import {
  between,
  CCONJ,
  isBoundary,
  members,
  phraseEndingAt,
  predicateAt,
  previousFinite,
  skipBack,
} from './clause-tokens.js';
import type { Clause } from './clause-types.js';
import { linkContactRelatives } from './contact-relatives.js';
import { joinsInfinitive, leftConjunct } from './coordinated-verbs.js';
import { describedNoun } from './described-noun.js';
import {
  claimNounBefore,
  complementGovernor,
  linkInfinitive,
  linkPrepositionalGerund,
  linkQuoteFinalReports,
} from './governors.js';
import { reducedRelative } from './participles.js';
import { type Phrase, phraseActors } from './phrases.js';
import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';
import { findSubject } from './subject-phrase.js';
import { retagComplementThat } from './that-complements.js';
import {
  ADVERBIAL_SUBORDINATORS,
  APPEAL_VERBS,
  CONDITIONAL_SUBORDINATORS,
  DEMAND_VERBS,
  DOCUMENT_NOUNS,
  TIME_SUBORDINATORS,
  WRITING_VERBS,
} from './words.js';

export type { Clause, Relation } from './clause-types.js';

/** Verbs that start or keep up the act their gerund names ("began shelling"); "stopped" ends it. */
const ASPECT_VERBS = new Set(['begin', 'start', 'resume', 'continue', 'keep', 'renew', 'commence']);
/** Dashes that close an aside as a comma does. */
const DASHES = new Set(['--', '—', '–']);
const SKIPPABLE_MODIFIERS = new Set(['DET', 'ADV', 'ADJ', 'NUM']);

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
  retagComplementThat(view, phrases, predicates);

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

    // "is scheduled to give a speech and meet with …": a bare verb joined to an infinitive shares its "to",
    // and with it the word that governs the infinitive
    if (before >= 0 && CCONJ.has(beforeWord) && joinsInfinitive(view, predicates, clauses, p)) {
      const left = clauses[p.index - 1]!;
      p.form = 'infinitive';
      clause.governor = left.governor!;
      clause.relation = left.relation!;
      if (left.governorWord !== undefined) clause.governorWord = left.governorWord;
      if (left.intentDenied !== undefined) clause.intentDenied = left.intentDenied;
      clause.subject = left.subject;
      clause.subjectFrom = left.subjectFrom;
      continue;
    }

    // coordinated verbs share the subject: "met X and agreed to …"
    if (before >= 0 && CCONJ.has(beforeWord)) {
      // ", and proposed": after a comma the verb joins a main clause, not a subordinate one before it
      // ("-- but said": a dash closes an aside as a comma does)
      const afterPause = norm[before - 1] === ',' || DASHES.has(norm[before - 1] ?? '');
      const left = leftConjunct(view, predicates, clauses, p.index, afterPause);
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
        // ("Iran bowed to pressure and freed the sailors": a verb joined to it by "and" is its conjunct)
        !CCONJ.has(norm[skipBack(view, next.start - 1)]!) &&
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

    // "resumed shelling the town", "began bombing": after a verb of beginning or going on, the gerund is the
    // act itself, done by that verb's subject
    const aspect = p.form === 'gerund' ? predicateAt(predicates, p.start - 1) : undefined;
    if (aspect && aspect.end === p.start && ASPECT_VERBS.has(aspect.lemma)) {
      clause.governor = aspect.index;
      clause.relation = 'xcomp';
      clause.subject = clauses[aspect.index]!.subject;
      clause.subjectFrom = 'controller';
      continue;
    }

    // a gerund without its own subject modifies a main clause: "While speaking …, Blinken repeated",
    // "…, adding that …"; its subject is found in the second pass when the main clause follows
    if (p.form === 'gerund') {
      clause.relation = 'adverbial';
      const prior = previousFinite(predicates, p.index);
      // "issued a statement demanding that …": what a document says, its issuer says; "wrote to the
      // president urging him to …": an appeal or demand right after a written message is its author's
      const document =
        prior !== undefined &&
        ((before >= 0 &&
          DOCUMENT_NOUNS.has(view.lemma[before]!) &&
          WRITING_VERBS.has(predicates[prior]!.lemma)) ||
          (WRITING_VERBS.has(predicates[prior]!.lemma) &&
            (APPEAL_VERBS.has(p.lemma) || DEMAND_VERBS.has(p.lemma))));
      if (prior !== undefined && (beforeWord === ',' || document)) {
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

    // "there was a need …": an existential clause has no subject phrase before its verb
    // "US attacks, following a new plan, have killed …": the subject stands before the aside, not in it
    const subjectEnd = aside && previous.start - 1 > start ? previous.start - 1 : p.start;
    const subjectPhrase =
      p.start > 0 && norm[p.start - 1] === 'there'
        ? undefined
        : (findSubject(view, phrases, start, subjectEnd) ?? findSubject(view, phrases, start, p.start));
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

  linkContactRelatives(view, phrases, clauses);
  linkQuoteFinalReports(view, phrases, clauses);
  // sentence-initial adverbial gerunds take the subject of the first main clause after them
  for (const clause of clauses) {
    if (clause.relation !== 'adverbial' || clause.subject.length > 0) continue;
    // "signed a decree imposing martial law, and parliament approved it": a gerund right after a main
    // clause's noun is a reduced relative, whose subject is the noun when it names actors ("UN inspectors
    // probing …"), else the main clause's ("published a declaration demanding …")
    const noun = phraseEndingAt(phrases, clause.predicate.start);
    // ("with each side accusing the other": after a preposition it is no reduced relative)
    const prior =
      noun && noun.prep === undefined
        ? clauses.findLast(
            (c) =>
              c.predicate.index < clause.predicate.index &&
              c.subjectFrom === 'phrase' &&
              c.governor === undefined,
          )
        : undefined;
    if (noun && prior) {
      const actors = phraseActors(view, phrases, noun);
      const named = actors.heads.length > 0 || actors.possessor !== undefined || actors.modifiers.length > 0;
      // ("vetoed a resolution condemning …": only who issues a document says what it says)
      const issued = WRITING_VERBS.has(prior.predicate.lemma);
      clause.subject = named || !issued ? [noun] : prior.subject;
      clause.subjectFrom = named || !issued ? 'relative' : 'shared';
      clause.governor = prior.predicate.index;
      continue;
    }
    if (previousFinite(predicates, clause.predicate.index) !== undefined) continue;
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
