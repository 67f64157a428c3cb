import type { Argument } from './arguments.js';

// Whom an act done to a people is done to: "killed Ukrainians", "evacuated Indians", "protect Russians" are
// acts on a country's people, not on its state.

/**
 * Acts done to people rather than to a state: humanitarian aid and evacuation (073), protection (074),
 * assaults (18) and mass violence (20). Help in general (070) and military aid (072) go to a nation or a
 * state, and fighting (19) is done to soldiers.
 */
const ACTS_ON_PEOPLE: readonly string[] = ['073', '074', '18', '20'];

/**
 * A plural demonym that is the target of an act done to people ("killed Ukrainians") is that country's
 * civilians (`UKRCVL`); other targets, and demonyms of other acts ("sanctions against Russians"), stay.
 */
export function peopleTarget(target: Argument, act: string): Argument {
  const { span } = target;
  if (!span.people || !ACTS_ON_PEOPLE.some((code) => act.startsWith(code))) return target;
  const country = span.actor.code;
  if (country.length !== 3 || country.startsWith('-')) return target;
  const code = `${country}CVL`;
  const name = `${span.actor.name} civilians`;
  return { ...target, span: { ...span, actor: { id: code, code, name } } };
}
