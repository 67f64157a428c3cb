// Gerunds that name an act only thought of, talked about or agreed on: "the possibility of signing", "talks
// on ending the war", "an agreement on opening corridors". None of them says the act was done. And the verb
// whose own preposition a gerund follows ("will focus on helping"), whose stance it shares.
import type { Modality } from '../../core/codes.js';
import type { Clause } from './clauses.js';
import type { SentenceView } from './sentence.js';

/** Nouns of a need whose "of" gerund is an act asked for: "the importance of holding talks". */
export const NEED_NOUNS = new Set([
  'importance',
  'need',
  'necessity',
  'urgency',
  'expediency',
  'advisability',
]);

/** Tags of the words of the party a need is for ("for the Kiev authorities to …"). */
const PARTY_TAGS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'CCONJ', 'PART']);

/**
 * Where the party starts that the infinitive starting at `start` is needed of: after "for", with a noun of
 * need before it ("the need for Kyiv to implement", "the importance for the sides to quickly resume …").
 */
export function needForPartyStart(view: SentenceView, start: number): number | undefined {
  let to = start - 1;
  while (to > 0 && view.pos[to] === 'ADV') to--;
  if (view.norm[to] !== 'to') return undefined;
  let k = to - 1;
  while (k >= 0 && k > to - 8 && PARTY_TAGS.has(view.pos[k]!) && view.norm[k] !== 'for') k--;
  const need = k < to - 1 && view.norm[k] === 'for' && NEED_NOUNS.has(view.lemma[k - 1] ?? '');
  return need ? k + 1 : undefined;
}

/** Nouns of wanting whose "in" or "for" gerund is an act wanted: "interest in continuing cooperation". */
const WANTING_NOUNS = new Set(['interest', 'readiness', 'willingness', 'eagerness', 'desire']);

/** Tags of the words of a noun phrase, or of phrases joined by "and" and "or". */
export const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'CCONJ', 'PART']);

/**
 * The modality a gerund takes from the word it hangs from: hypothetical, intended, demanded, or none
 * ('actual'). A gerund joined by "and" or "or" to one before it, or its means after "by", shares that one's
 * ("talks on lifting the blockade and opening the ports").
 */
export function consideredActModality(view: SentenceView, clause: Clause): Modality {
  const p = clause.predicate;
  // ("the plane being hijacked", which the tagger may leave finite, is a gerund all the same)
  if (p.form !== 'gerund' && view.norm[p.start] !== 'being' && view.norm[p.start] !== 'having')
    return 'actual';
  const own = modalityAt(view, p.start);
  if (own !== 'actual') return own;
  const left = leftGerund(view, p.start);
  return left === undefined ? 'actual' : modalityAt(view, left);
}

/** The modality the words before a gerund starting at `start` give it. */
function modalityAt(view: SentenceView, start: number): Modality {
  if (isPossibleGerund(view, start)) return 'hypothetical';
  // "stressed the importance of concluding agreements", "the need for sending troops": asked for
  const prep = view.norm[start - 1];
  if ((prep === 'of' || prep === 'for') && NEED_NOUNS.has(view.lemma[start - 2] ?? '')) return 'demanded';
  // "expressed interest in continuing cooperation", "readiness for holding talks": wanted, not done
  if ((prep === 'in' || prep === 'for') && WANTING_NOUNS.has(view.lemma[start - 2] ?? '')) return 'intended';
  const talked = talkedAboutModality(view, start);
  return talked !== 'actual' ? talked : topicGerundModality(view, start);
}

/** Words that join a gerund to one before it: "and evacuating", "or sending", "by concluding" (its means). */
const GERUND_JOINERS = new Set(['and', 'or', 'by']);
/** Tags of what may stand between two joined gerunds: the first one's object, an aside ("in particular,"). */
const BETWEEN_GERUNDS = new Set([...PHRASE_TAGS, 'ADP', 'PRON', 'ADV']);

/**
 * The first token of the gerund that one after "and", "or" or "by" is joined to, past that gerund's object:
 * "talks on lifting the blockade and opening the ports", "the importance of strengthening ties, in particular
 * by concluding agreements".
 */
function leftGerund(view: SentenceView, start: number): number | undefined {
  if (!GERUND_JOINERS.has(view.norm[start - 1] ?? '')) return undefined;
  for (let k = start - 2; k >= 0 && k > start - 12; k--) {
    const tag = view.pos[k]!;
    if (tag === 'VERB') return view.norm[k]!.endsWith('ing') ? k : undefined;
    if (!BETWEEN_GERUNDS.has(tag) && view.norm[k] !== ',') return undefined;
  }
  return undefined;
}

/**
 * Nouns whose "of" gerund is an act only thought of: "the possibility of signing", "the idea of holding
 * talks", "the risk of escalating". ("had the opportunity of meeting" met, so "opportunity" is not here.)
 */
const POSSIBILITY_NOUNS = new Set([
  'possibility',
  'prospect',
  'likelihood',
  'probability',
  'feasibility',
  'chance',
  'idea',
  'option',
  'risk',
  'danger',
  'threat',
]);

/** Nouns of a topic whose "of" gerund is talked about, not done: "raised the issue of starting talks". */
const TOPIC_NOUNS = new Set(['issue', 'question', 'matter', 'subject', 'topic']);

/**
 * "discussed the possibility of signing an agreement", "the prospect of Russian troops entering the city": a
 * gerund, or a gerund with its own subject, after a noun of possibility is an act considered, not done.
 */
function isPossibleGerund(view: SentenceView, start: number): boolean {
  if (view.norm[start - 1] === 'of' && TOPIC_NOUNS.has(view.lemma[start - 2] ?? '')) return true;
  let k = start - 1;
  while (k >= 0 && k > start - 8 && PHRASE_TAGS.has(view.pos[k]!)) k--;
  return view.norm[k] === 'of' && POSSIBILITY_NOUNS.has(view.lemma[k - 1] ?? '');
}

/** Prepositions that name what talks or a plan are about. */
const ABOUT_WORDS = new Set(['on', 'about', 'regarding', 'concerning', 'over']);

/** Nouns of talks and proposals, whose subject matter is an act still to be settled. */
const TALK_NOUNS = new Set([
  'talk',
  'talks',
  'negotiation',
  'consultation',
  'discussion',
  'dialogue',
  'meeting',
  'summit',
  'conference',
  'format',
  'proposal',
]);

/** Nouns of an act agreed or planned, which is intended by those who agreed it or made the plan. */
const AGREED_NOUNS = new Set([
  'agreement',
  'accord',
  'deal',
  'memorandum',
  'treaty',
  'plan',
  'initiative',
  'roadmap',
]);

/**
 * "held talks on ending the war", "negotiations with Moscow about withdrawing troops": the gerund is what the
 * talks are about, an act not done; "an agreement on opening corridors" makes it an act intended.
 */
function topicGerundModality(view: SentenceView, start: number): Modality {
  if (!ABOUT_WORDS.has(view.norm[start - 1] ?? '')) return 'actual';
  for (let k = start - 2; k >= 0 && k > start - 10; k--) {
    const tag = view.pos[k]!;
    if (!PHRASE_TAGS.has(tag) && tag !== 'ADP') return 'actual';
    if (tag !== 'NOUN') continue;
    if (TALK_NOUNS.has(view.lemma[k]!) || TALK_NOUNS.has(view.norm[k]!)) return 'hypothetical';
    if (AGREED_NOUNS.has(view.lemma[k]!)) return 'intended';
  }
  return 'actual';
}

/** Verbs whose "about", "of" or "on" gerund is talked or thought about: "started talking about evacuating". */
const TALKING_VERBS = new Set([
  'talk',
  'speak',
  'think',
  'dream',
  'speculate',
  'debate',
  'consult',
  'negotiate',
]);
/** Verbs whose "on" gerund is settled on, an act intended: "agreed on opening corridors". */
const SETTLING_VERBS = new Set(['agree', 'decide']);

/** The modality a verb of talking or of agreeing right before the gerund's preposition gives it. */
function talkedAboutModality(view: SentenceView, start: number): Modality {
  const prep = view.norm[start - 1];
  if (prep !== 'about' && prep !== 'of' && prep !== 'on') return 'actual';
  if (view.pos[start - 2] !== 'VERB') return 'actual';
  // ("talking about shelling", "about shelling of cities": a gerund with no object names events, not an act)
  const next = view.pos[start + 1];
  if (next === undefined || next === 'ADP' || next === 'PUNCT') return 'actual';
  const verb = view.lemma[start - 2]!;
  if (TALKING_VERBS.has(verb)) return 'hypothetical';
  return prep === 'on' && SETTLING_VERBS.has(verb) ? 'intended' : 'actual';
}

/** Prepositions of a verb whose gerund is the act the verb is about: "focus on", "succeed in", "work at". */
const GERUND_TAKING_PREPOSITIONS = new Set(['on', 'in', 'at']);

/**
 * The verb whose own preposition a gerund follows: "(intends to continue to) focus on cooperating", "will
 * persist in demanding". The gerund is the act that verb is about, as intended or asked for as the verb.
 */
export function verbBeforeGerund(
  view: SentenceView,
  clauses: readonly Clause[],
  clause: Clause,
): number | undefined {
  const p = clause.predicate;
  if (p.form !== 'gerund' || !GERUND_TAKING_PREPOSITIONS.has(view.norm[p.start - 1] ?? '')) return undefined;
  return clauses.find((c) => c.predicate.end === p.start - 1 && c.predicate.form !== 'copula')?.predicate
    .index;
}
