import { type Argument, actorsOfGroup, authorPhrase, type Parsed, regionEnd } from './arguments.js';
import type { Candidate } from './candidate.js';
import type { Phrase } from './phrases.js';

// Whom a refusal or a concession answers: the party whose pressure or demands it holds out against
// ("refused to resign despite pressure from the opposition") or gives in to ("conceded at last to
// demands from the rebels").

/** Nouns of pressing someone to act, whose author a refusal or concession answers. */
const PRESSURE_NOUNS = new Set([
  'pressure',
  'call',
  'demand',
  'appeal',
  'request',
  'plea',
  'ultimatum',
  'urging',
]);
/** Rejection and refusal (12). */
const REFUSAL = '12';
/** Yielding (08). */
const CONCESSION = '08';

/**
 * Aims refusals at the author of the pressure they hold out against ("declined to extradite the cleric
 * despite calls by Germany" → Germany, the cleric being no party), and concessions that name no one at the
 * author of the demands they give in to.
 */
export function answerDemands(parsed: Parsed, out: readonly Candidate[]): void {
  for (const c of out) {
    if (c.kind !== 'verb' || c.absorbed || c.clause === undefined) continue;
    if (c.code.startsWith(REFUSAL)) {
      // a party the refused act names stays ("refused to meet Putin despite calls from France")
      if (c.targets.some((t) => isParty(t))) continue;
      const pressure = despitePressure(parsed);
      const found = pressure ? pressAuthors(parsed, pressure, c.sources) : [];
      if (found.length > 0) c.targets = found;
    } else if (c.code.startsWith(CONCESSION) && c.targets.length === 0) {
      const p = parsed.predicates[c.clause]!;
      const end = regionEnd(parsed, p);
      // "conceded at last to demands from the rebels": the first "to" phrase after the verb
      const demand = parsed.phrases.find(
        (ph) => ph.start >= c.trigger[1] && ph.end <= end && ph.prep === 'to',
      );
      if (demand && isPressure(parsed, demand)) c.targets = pressAuthors(parsed, demand, c.sources);
    }
  }
}

/** A coded actor: a country, an organisation or a known group, not a kind of people of no country. */
function isParty(a: Argument): boolean {
  return a.span.actor.code !== '' && !a.span.actor.code.startsWith('---');
}

/**
 * The pressure "despite …" or "in spite of …" names, past a word of its growth ("despite growing pressure",
 * which the tagger may read as a gerund and its object).
 */
function despitePressure(parsed: Parsed): Phrase | undefined {
  const { norm } = parsed.view;
  for (let k = 0; k < norm.length; k++) {
    const despite =
      norm[k] === 'despite' || (norm[k] === 'of' && norm[k - 1] === 'spite' && norm[k - 2] === 'in');
    if (!despite) continue;
    const ph = parsed.phrases.find((q) => q.start > k && q.start <= k + 2);
    if (ph && isPressure(parsed, ph)) return ph;
  }
  return undefined;
}

function isPressure(parsed: Parsed, ph: Phrase): boolean {
  return PRESSURE_NOUNS.has(parsed.view.lemma[ph.head]!);
}

/**
 * Who presses: the "by" or "from" phrase after the pressure ("calls by Germany"), else its owner or
 * modifier ("Egyptian demands", "Germany's calls"); never the one pressed.
 */
function pressAuthors(parsed: Parsed, pressure: Phrase, sources: readonly Argument[]): Argument[] {
  const author = authorPhrase(parsed, pressure);
  const found = actorsOfGroup(parsed, author ?? pressure).filter((a) => a.span.actor.code !== '');
  // (one's own country pressing is no other party: "an official … despite pressure from Kenya")
  const own = new Set(
    sources.flatMap((s) => [s.span.actor.id, s.span.actor.code, s.span.actor.code.slice(0, 3)]),
  );
  return found
    .filter((a) => !own.has(a.span.actor.id) && !own.has(a.span.actor.code))
    .map((a) => ({ ...a, weight: a.weight * 0.8 }));
}
