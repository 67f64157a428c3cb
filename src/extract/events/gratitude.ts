import { actorsOfGroup, type Parsed } from './arguments.js';
import { type Candidate, constructed } from './candidate.js';
import { construction } from './constructions.js';
import { subjectActors } from './subject-actors.js';

// "We are grateful to Estonia for its support": thanks stated with an adjective rather than the verb "thank",
// coded as thanking is (051), from the grateful party to the one thanked.

export const GRATITUDE = construction('c.gratitude', '051', 'gratitude stated to another party');

/** Adjectives of gratitude after a copula ("am grateful to", "are deeply thankful to"). */
const GRATEFUL_WORDS = new Set(['grateful', 'thankful']);

/**
 * "I am grateful to President Biden", "Ukrainians are deeply thankful to Poland": the copula's subject thanks
 * the party after "to". Not a gratitude only wished or supposed ("would be grateful to"), which thanks no one.
 */
export function gratitudeActs(parsed: Parsed): Candidate[] {
  const out: Candidate[] = [];
  const { norm, pos } = parsed.view;
  for (const clause of parsed.clauses) {
    const p = clause.predicate;
    if (p.form !== 'copula' || p.modal !== undefined) continue;
    let k = p.end;
    while (pos[k] === 'ADV') k++;
    if (!GRATEFUL_WORDS.has(norm[k] ?? '') || norm[k + 1] !== 'to') continue;
    const thanked = parsed.phrases.find((ph) => ph.prep === 'to' && ph.start === k + 2);
    const targets = actorsOfGroup(parsed, thanked);
    if (targets.length === 0) continue;
    const sources = subjectActors(parsed, p.index);
    if (sources.length === 0) continue;
    out.push(
      constructed({
        pattern: GRATITUDE,
        code: GRATITUDE.code,
        rule: GRATITUDE.id,
        sources,
        targets,
        trigger: [p.start, thanked!.end],
        clause: p.index,
        negated: p.negated,
        confidence: 0.7,
      }),
    );
  }
  return out;
}
