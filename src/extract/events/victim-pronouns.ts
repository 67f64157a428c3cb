import type { Argument } from './arguments.js';

// "Civilians are fleeing Kharkiv. They are shelling the city day and night": a pronoun whose only antecedent
// the actors stage could find is the civilians, the hospitals or the schools names the victims of the
// sentence before, not who uses force now. Those who suffer force are far likelier antecedents by position
// than by role, so such a pronoun is no source of force.

/** Sectors of those who suffer force far more often than they use it: civilians, the sick, pupils, refugees. */
const VICTIM_SECTORS = new Set(['CVL', 'HLH', 'EDU', 'REF']);

/** Roots of force: posture, repression, assault, fighting, mass violence. */
const COERCIVE_ROOTS = new Set(['15', '17', '18', '19', '20']);

/** Whether `source` is a pronoun resolved to victims, as the source of an act of force with root `root`. */
export function isVictimPronoun(source: Argument, root: string): boolean {
  const { type, actor } = source.span;
  return type === 'pronoun' && COERCIVE_ROOTS.has(root) && VICTIM_SECTORS.has(actor.code.slice(-3));
}
