import { type Argument, actorsOfGroup, type Parsed, regionEnd } from './arguments.js';
import { directObject } from './direct-object.js';
import { isVisitCode } from './fold.js';
import type { Phrase } from './phrases.js';
import type { Predicate } from './predicates.js';
import { subjectActors } from './subject-actors.js';
import { isIdentifiedCode } from './words.js';

// What someone is thanked or praised for is what they did: "thanked Poland for the help" tells that Poland
// helped, "thanked Karis for the visit to Ukraine" that Karis visited.

/** Verbs of thanks and praise whose "for" phrase names the act of the one thanked. */
const GRATITUDE_VERBS = new Set(['thank', 'praise', 'commend']);

/**
 * The (sources, targets) of an act named in the "for" phrase of thanks or praise and by no party of its own:
 * the one thanked did it, for the one who thanks (a visit goes where its own words say); undefined where the
 * noun is no such act.
 */
export function thankedFor(
  parsed: Parsed,
  phrase: Phrase | undefined,
  governing: Predicate | undefined,
  code: string,
  targets: readonly Argument[],
): [Argument[], Argument[]] | undefined {
  if (phrase?.prep !== 'for' || !governing || !GRATITUDE_VERBS.has(governing.lemma)) return undefined;
  const object = directObject(parsed, governing, regionEnd(parsed, governing));
  const thanking = subjectActors(parsed, governing.index);
  // (one's own side is not thanked for what it did for one: "thanked Kazakhstan's partners" are not Kazakhstan)
  const own = new Set(thanking.map((a) => a.span.actor.code.slice(0, 3)));
  const thanked = object
    ? actorsOfGroup(parsed, object).filter(
        (a) => isIdentifiedCode(a.span.actor.code) && !own.has(a.span.actor.code.slice(0, 3)),
      )
    : [];
  if (thanked.length === 0) return undefined;
  const sources = thanked.map((a) => ({ span: a.span, weight: a.weight * 0.8 }));
  if (targets.length > 0 || isVisitCode(code)) return [sources, [...targets]];
  return [sources, thanking];
}
