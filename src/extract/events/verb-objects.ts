import type { Parsed } from './arguments.js';
import type { VerbMatch } from './verbs.js';
import { DOCUMENT_NOUNS, REFLEXIVE_PRONOUNS } from './words.js';

// What a verb's object says about the act's parties: a text made public frees no one, and a reflexive
// object names the subject again.

/** Releasing people or property (084). */
const RELEASE = '084';
/** What is released by making it public: documents, figures, footage, names. */
const RELEASED_TEXTS = new Set([
  ...DOCUMENT_NOUNS,
  'document',
  'video',
  'footage',
  'figure',
  'data',
  'finding',
  'result',
  'detail',
  'transcript',
  'list',
  'name',
  'text',
  'plan',
]);
/** The first root an actor can turn on itself: inquiries (09) and the conflictual acts after them. */
const SELF_ACT_FIRST_ROOT = '09';

/** "released a report", "a statement released by the ministry": making a text public frees no one. */
export function releasesText(parsed: Parsed, match: VerbMatch): boolean {
  const released = match.directObject ?? match.object;
  return (
    match.pattern.code.startsWith(RELEASE) &&
    match.pattern.object.length === 0 &&
    released !== undefined &&
    RELEASED_TEXTS.has(parsed.view.lemma[released.head]!)
  );
}

/**
 * "Iraq attacked itself", "the police will investigate itself": a reflexive object of an inquiry or a
 * conflictual act is the subject acted on (a row's own words are not, "blew himself up"; nor is the self one
 * defends, commits or declares to be something, which no other party shares).
 */
export function hasReflexiveObject(parsed: Parsed, match: VerbMatch): boolean {
  const { pattern, predicate } = match;
  if (predicate.passive || pattern.object.length > 0 || pattern.code < SELF_ACT_FIRST_ROOT) return false;
  const object = match.directObject ?? match.object;
  return object !== undefined && REFLEXIVE_PRONOUNS.has(parsed.view.norm[object.head]!);
}
