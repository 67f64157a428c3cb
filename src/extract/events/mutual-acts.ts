import type { Argument } from './arguments.js';
import type { Candidate } from './candidate.js';
import { clashFightCode, isPolitical } from './subject-codes.js';

/**
 * Acts both sides do to each other: "Syrian troops clashed with Turkish forces" is fighting by each side
 * against the other, as "The US and Russia met" is a meeting of each with the other (CODING.md lists both
 * directions for meetings; a clash is as mutual). Each direction is its own candidate, so that what the side
 * is decides its code: in a clash between the police and protesters, the protesters riot (145) and the
 * police repress (175) — `crowdClashCode` refines a fight (190) per direction.
 */

/**
 * Replaces each mutual act between coordinated subjects ("Armenian and Azerbaijani forces clashed") by one
 * directed act per ordered pair, and adds the reverse of each mutual act aimed at a target ("clashed with
 * the police").
 */
export function splitMutualActs(out: Candidate[]): void {
  const added: Candidate[] = [];
  for (const c of out) {
    // (a threat or an intent a fold made of it is the speaker's alone: "threatened to clash with …")
    if (c.absorbed || c.code.slice(0, 2) !== c.pattern.code.slice(0, 2)) continue;
    const { mutual, converse } = c.pattern;
    if (mutual) {
      const code = clashFightCode(c.code);
      if (c.reciprocal && c.sources.length > 1) {
        const sides = c.sources;
        c.reciprocal = false;
        c.sources = [sides[0]!];
        c.targets = sides.slice(1);
        c.code = code;
        for (let i = 1; i < sides.length; i++)
          added.push({ ...c, sources: [sides[i]!], targets: sides.filter((_, k) => k !== i) });
      } else if (isDirected(c)) added.push(reversed(c, code));
    }
    // the guest's visit to a host: "Zelensky received Blinken" is also Blinken's visit to him, where the guest
    // is an official or an organisation's envoy, not citizens, troops or refugees taken in; a host's plan
    // says nothing of what the guest intends (inferred from the host's act, not stated: less sure)
    else if (
      converse &&
      isDirected(c) &&
      c.modality === 'actual' &&
      c.targets.every((g) => isGuest(g, c.sources))
    )
      added.push({ ...reversed(c, converse), confidence: c.confidence * 0.9 });
  }
  out.push(...added);
}

/** Whether an act goes from named sources to named targets, not among sources acting together. */
function isDirected(c: Candidate): boolean {
  return !c.reciprocal && c.sources.length > 0 && c.targets.length > 0;
}

/** The act in the other direction, with the code the other side's part in it takes. */
function reversed(c: Candidate, code: string): Candidate {
  return { ...c, code, sources: c.targets, targets: c.sources };
}

/**
 * An official or an organisation named as the one received (not only the owner of what is received: "the
 * Ronald Reagan award"), who is not one of the hosts ("welcome you to the Kremlin").
 */
function isGuest(guest: Argument, hosts: readonly Argument[]): boolean {
  const { code } = guest.span.actor;
  return (
    guest.weight >= 1 &&
    (isPolitical(guest) || code.startsWith('IGO')) &&
    !hosts.some((h) => h.span.actor.code === code)
  );
}
