import { endsAbsenceMarker } from './absent-acts.js';
import { members, phraseEndingAt, predicateAt, previousFinite, skipBack } from './clause-tokens.js';
import type { Clause } from './clause-types.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import { isEachOther, type SentenceView } from './sentence.js';
import { INTENT_NOUNS, TIME_WORDS } from './words.js';

// How a gerund after a preposition finds the word that governs it: a verb of accusing or preventing ("accused
// Kyiv of staging"), a word of commitment or refusal before "to" ("is committed to opening"), or else the
// clause it is an adverbial of ("by recalling its envoy", "without consulting").

/** Words before "to" + gerund that make the gerund an intended or a refused act. */
const TO_GERUND_TAKERS = new Set([
  'committed',
  'dedicated',
  'opposed',
  'objected',
  'object',
  'objects',
  'open',
]);

const CLAIMING_PREPOSITION_VERBS = new Set([
  'accuse',
  'blame',
  'charge',
  'suspect',
  'convict',
  'condemn',
  'criticize',
]);
/**
 * Verbs whose "from" names what others do to their subject or object: "suffer from shelling", "fled from
 * bombing", "protect them from shelling".
 */
const HARMED_FROM_VERBS = new Set([
  'suffer',
  'die',
  'flee',
  'escape',
  'hide',
  'shelter',
  'recover',
  'perish',
  'protect',
  'save',
  'shield',
  'rescue',
  'evacuate',
]);
/** Verbs that credit their object with the act named by a gerund after "for". */
const CREDITING_VERBS = new Set(['thank', 'praise', 'commend', 'congratulate', 'applaud', 'hail', 'reward']);
const PREVENTING_PREPOSITION_VERBS = new Set([
  'warn',
  'deter',
  'stop',
  'prevent',
  'ban',
  'bar',
  'caution',
  'refrain',
  'prohibit',
  'forbid',
  'restrain',
  'discourage',
  'dissuade',
  'keep',
  'block',
]);

/**
 * The prepositions through which those verbs keep a gerund from happening: "stopped them from leaving", "warned
 * against sending". "Did not stop before bombing" names a time, and the bombing was done.
 */
const PREVENTING_PREPOSITIONS = new Set(['from', 'against', 'of']);

/**
 * Links a gerund clause to the word that governs it through the preposition at `prepAt`, with its relation
 * and its subject.
 */
export function linkPrepositionalGerund(
  view: SentenceView,
  phrases: readonly Phrase[],
  predicates: readonly Predicate[],
  clauses: Clause[],
  clause: Clause,
  prepAt: number,
): void {
  const prep = view.norm[prepAt]!;
  // "accused one another of …": the subjects are claimed to act, each on the other
  const mutual = isEachOther(view, prepAt - 2);
  const object = mutual ? undefined : phraseEndingAt(phrases, prepAt);
  const first = object ? phrases[object.group[0]!]! : undefined;
  // "suspected by the West of blowing up": past the agent's preposition too
  const verb =
    (first &&
      predicateAt(predicates, skipBack(view, first.start - 1 - (first.prep !== undefined ? 1 : 0)))) ??
    predicateAt(predicates, prepAt - (mutual ? 3 : 1));
  // ("condemned Moscow by recalling its envoy": "by" names the means, never the act claimed)
  if (
    verb &&
    prep !== 'by' &&
    (CLAIMING_PREPOSITION_VERBS.has(verb.lemma) ||
      (PREVENTING_PREPOSITION_VERBS.has(verb.lemma) && PREVENTING_PREPOSITIONS.has(prep)))
  ) {
    // "accused Kyiv of …" names who is claimed to act; "nationals suspected of …" and "Lavrov was accused
    // of …" (no object: these verbs are then passive) leave it to the verb's subject
    const actor =
      object && first && first.prep === undefined ? members(phrases, object) : clauses[verb.index]!.subject;
    if (actor.length > 0 || verb.passive || verb.form === 'participle') {
      clause.governor = verb.index;
      clause.relation = 'claimed-gerund';
      clause.governorWord = verb.lemma;
      clause.subject = actor;
      clause.subjectFrom = 'controller';
      return;
    }
  }
  // "thanked France for offering support", "praised Kenya for sending aid": the one thanked or praised did
  // the act named after "for"
  if (verb && prep === 'for' && CREDITING_VERBS.has(verb.lemma) && object && first?.prep === undefined) {
    clause.governor = verb.index;
    clause.relation = 'adverbial';
    clause.subject = members(phrases, object);
    clause.subjectFrom = 'controller';
    return;
  }
  // "is committed to opening", "is opposed to sending": the gerund is the act intended or refused
  const holder = predicateAt(predicates, prepAt - 1) ?? predicates.find((c) => c.adjectiveAt === prepAt - 1);
  if (prep === 'to' && holder && TO_GERUND_TAKERS.has(view.norm[prepAt - 1]!)) {
    clause.governor = holder.index;
    clause.relation = 'xcomp';
    clause.governorWord = view.norm[prepAt - 1]!;
    clause.subject = clauses[holder.index]!.subject;
    clause.subjectFrom = 'controller';
    return;
  }
  clause.relation = 'adverbial';
  // "without warning", "instead of attacking", "rather than attacking": an act that did not take place
  clause.without = endsAbsenceMarker(view, prepAt);
  const index = clause.predicate.index;
  // "protested the decision of sending troops", "the idea of holding talks": a gerund after a noun's "of"
  // is what the noun names, done by no one the sentence says; not after a time ("after days of fighting")
  // nor an intention the subject has ("had no intention of attacking")
  if (prep === 'of' && view.pos[prepAt - 1] === 'NOUN' && !TIME_WORDS.has(view.lemma[prepAt - 1]!)) {
    const prior = previousFinite(predicates, index);
    const held = prior !== undefined && predicates[prior]!.lemma === 'have';
    if (!held || !INTENT_NOUNS.has(view.lemma[prepAt - 1]!)) {
      if (prior !== undefined) clause.governor = prior;
      return;
    }
    // "has the intention of meeting" intends the act, as "intends to meet" does; "has no intention of
    // attacking" has none
    const holder = predicates[prior]!;
    clause.governor = prior;
    clause.relation = 'xcomp';
    clause.governorWord = view.lemma[prepAt - 1]!;
    clause.subject = clauses[prior]!.subject;
    clause.subjectFrom = 'controller';
    if (view.norm.slice(holder.end, prepAt).includes('no') || holder.negated) clause.intentDenied = 'negated';
    return;
  }
  // "children are suffering from shelling", "protected them from bombing": what others do to them
  if (prep === 'from' && verb && HARMED_FROM_VERBS.has(verb.lemma)) return;
  // "accused Rwanda of making accusations by alleging …": the means belongs to the act right before it
  const prior =
    prep === 'by' && index > 0 && clauses[index - 1]!.subject.length > 0
      ? index - 1
      : previousFinite(predicates, index);
  if (prior !== undefined) {
    clause.governor = prior;
    clause.subject = clauses[prior]!.subject;
    clause.subjectFrom = 'shared';
  }
}
