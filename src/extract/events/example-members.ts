import { type Argument, actorsOfGroup, type Parsed } from './arguments.js';
import type { Phrase } from './phrases.js';
import { isIdentifiedCode } from './words.js';

// Members named as examples of a group: "foreign leaders, including President Erdogan", "its neighbours, in
// particular Finland". What is done to the group is done to each member it names.

/** Words after a comma that single out members of the group before it. */
const SINGLING_OUT = new Set([
  ', in particular',
  ', in particular ,',
  ', especially',
  ', notably',
  ', particularly',
]);

/** The phrase that names examples of the group `phrase` belongs to, if one follows it. */
export function examplesOf(parsed: Parsed, phrase: Phrase): Phrase | undefined {
  const { view, phrases } = parsed;
  const last = phrases[phrase.group[phrase.group.length - 1]!]!;
  const next = phrases[last.index + 1];
  if (!next) return undefined;
  if (next.prep === 'including')
    return next.start === last.end + 1 || (next.start === last.end + 2 && view.norm[last.end] === ',')
      ? next
      : undefined;
  if (next.prep !== undefined) return undefined;
  return SINGLING_OUT.has(view.norm.slice(last.end, next.start).join(' ')) ? next : undefined;
}

/**
 * The targets of a slot with the coded parties named as examples of its group added ("thanked European
 * countries, including Poland": Europe and Poland); a group that names no one with a country or an
 * organisation ("appealed to foreign leaders, including …") gives way to its members.
 */
export function withExampleTargets(parsed: Parsed, slot: Phrase | undefined, found: Argument[]): Argument[] {
  const examples = slot && examplesOf(parsed, slot);
  if (!examples) return found;
  const members = actorsOfGroup(parsed, examples)
    .filter(
      (a) => isIdentifiedCode(a.span.actor.code) && !found.some((f) => f.span.actor.id === a.span.actor.id),
    )
    .map((a) => ({ span: a.span, weight: a.weight * 0.8 }));
  if (members.length === 0) return found;
  return [...found.filter((a) => isIdentifiedCode(a.span.actor.code)), ...members];
}
