// Gerunds that name an act only thought of, talked about or agreed on: "the possibility of signing", "talks
// on ending the war", "an agreement on opening corridors". None of them says the act was done.
import type { Modality } from '../../core/codes.js';
import type { Clause } from './clauses.js';
import type { SentenceView } from './sentence.js';

/** Tags of the words of a noun phrase, or of phrases joined by "and" and "or". */
export const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'CCONJ', 'PART']);

/** The modality a gerund takes from the noun it hangs from: hypothetical, intended, or none ('actual'). */
export function consideredActModality(view: SentenceView, clause: Clause): Modality {
  if (isPossibleGerund(view, clause)) return 'hypothetical';
  return topicGerundModality(view, clause);
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
function isPossibleGerund(view: SentenceView, clause: Clause): boolean {
  const p = clause.predicate;
  // ("the plane being hijacked", which the tagger may leave finite, is a gerund all the same)
  if (p.form !== 'gerund' && view.norm[p.start] !== 'being' && view.norm[p.start] !== 'having') return false;
  if (view.norm[p.start - 1] === 'of' && TOPIC_NOUNS.has(view.lemma[p.start - 2] ?? '')) return true;
  let k = p.start - 1;
  while (k >= 0 && k > p.start - 8 && PHRASE_TAGS.has(view.pos[k]!)) k--;
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
function topicGerundModality(view: SentenceView, clause: Clause): Modality {
  const p = clause.predicate;
  if (p.form !== 'gerund' || !ABOUT_WORDS.has(view.norm[p.start - 1] ?? '')) return 'actual';
  for (let k = p.start - 2; k >= 0 && k > p.start - 10; k--) {
    const tag = view.pos[k]!;
    if (!PHRASE_TAGS.has(tag) && tag !== 'ADP') return 'actual';
    if (tag !== 'NOUN') continue;
    if (TALK_NOUNS.has(view.lemma[k]!) || TALK_NOUNS.has(view.norm[k]!)) return 'hypothetical';
    if (AGREED_NOUNS.has(view.lemma[k]!)) return 'intended';
  }
  return 'actual';
}
