import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { isRequestNoun } from './requested-acts.js';

/** Verbs that answer a call, demand, offer or proposal without refusing it. */
const ANSWERING_VERBS = new Set(['accept', 'welcome', 'heed', 'embrace', 'endorse', 'answer']);
/** How far (in tokens) after the answering verb the request noun may start ("rejected recent calls"). */
const REACH = 4;

/**
 * "Berlin rejected calls by Minsk for aid", "Kenya welcomed a Ugandan offer of talks": the call, demand,
 * offer or proposal answered was made before and reported when it was made; the sentence's event is the
 * answer, aimed at the one who made it, and the request it answers is no second event.
 */
export function absorbAnsweredRequests(parsed: Parsed, out: readonly Candidate[]): void {
  for (const answer of out) {
    if (answer.kind !== 'verb' || answer.absorbed || answer.clause === undefined) continue;
    const lemma = parsed.predicates[answer.clause]?.lemma ?? '';
    if (!answer.code.startsWith('12') && !ANSWERING_VERBS.has(lemma)) continue;
    for (const request of out) {
      if (request === answer || request.kind !== 'noun' || request.absorbed) continue;
      if (request.clause !== answer.clause) continue;
      if (request.trigger[0] < answer.trigger[0] || request.trigger[0] - answer.trigger[1] > REACH) continue;
      if (!requestNounIn(parsed, request.trigger)) continue;
      request.absorbed = true;
      if (answer.targets.length > 0) continue;
      const own = new Set(answer.sources.map((a) => a.span.actor.id));
      answer.targets = request.sources.filter((a) => !own.has(a.span.actor.id));
    }
  }
}

function requestNounIn(parsed: Parsed, trigger: readonly [number, number]): boolean {
  for (let k = trigger[0]; k < trigger[1]; k++) if (isRequestNoun(parsed, k)) return true;
  return false;
}
