import type { Predicate } from './predicates.js';
import type { SentenceView } from './sentence.js';

// Comment clauses: those that point back to an arrangement ("as we agreed", "as was arranged", "as
// promised") tell how the rest of the sentence came to be done, not that anything was agreed or promised
// anew; set phrases of a speaker's manner ("so to speak", "to tell the truth") report no talk at all.

/** Verbs of an arrangement that an "as" clause only recalls. */
const RECALLED_ARRANGEMENTS = new Set(['agree', 'arrange', 'promise', 'plan', 'schedule', 'discuss']);
/** Words before "as" that make it a conjunction of time, extent or comparison ("as soon as they agreed"). */
const AS_COMPOUNDS = new Set(['soon', 'long', 'far', 'much', 'well', 'same', 'such', 'just']);
/** Tags of the words a short subject between "as" and its verb is made of ("as Putin and Macron agreed"). */
const SUBJECT_TAGS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'CCONJ', 'ADJ']);
/** How many words such a subject may have. */
const SUBJECT_WORDS = 6;
/** Tags of a word after the verb that opens its object: then the clause says what was agreed. */
const OBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ']);

/**
 * Whether the verb group is an "as" clause recalling an arrangement with nothing agreed named after it: "as
 * we have agreed, I give the floor to …", "As you agreed with President Macron yesterday, …", "as promised".
 */
export function isRecalledArrangement(view: SentenceView, p: Predicate): boolean {
  if (!RECALLED_ARRANGEMENTS.has(p.lemma)) return false;
  const { norm, pos } = view;
  const next = norm[p.end];
  if (
    next === 'to' ||
    next === 'that' ||
    next === 'on' ||
    (OBJECT_TAGS.has(pos[p.end] ?? '') && next !== 'it')
  )
    return false;
  let k = p.start - 1;
  while (k >= 0 && k >= p.start - SUBJECT_WORDS && norm[k] !== 'as' && SUBJECT_TAGS.has(pos[k]!)) k--;
  if (norm[k] !== 'as') return false;
  return k === 0 || !AS_COMPOUNDS.has(norm[k - 1]!);
}

/** Words before "to" that make a set phrase of the infinitive after it: "so to speak", "needless to say". */
const SET_PHRASE_OPENERS = new Set(['so', 'needless', 'strange', 'sad', 'suffice', 'is']);
/** Infinitives of a speaker's manner that stand alone: "to tell the truth", "to put it mildly". */
const MANNER_VERBS = new Set(['speak', 'say', 'tell', 'put']);

/** Whether an infinitive is a set phrase of the speaker's manner: "so to speak", "that is to say", "to put it mildly". */
export function isSpeakersManner(view: SentenceView, p: Predicate): boolean {
  if (p.form !== 'infinitive' || !MANNER_VERBS.has(p.lemma)) return false;
  const { norm } = view;
  const to = p.start - 1;
  if (norm[to] !== 'to') return false;
  if (SET_PHRASE_OPENERS.has(norm[to - 1] ?? '')) return true;
  // "to put it mildly", "to tell the truth", opening the sentence or set off by commas
  const opens = to === 0 || norm[to - 1] === ',';
  return opens && (p.lemma === 'put' || (p.lemma === 'tell' && norm[p.end + 1] === 'truth'));
}
