import type { Mention, Sentence, Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import type { Detected } from '../mentions/types.js';
import { resolveMentions } from './resolve.js';

/** Mention records from detected mentions, with their actors when resolved (`resolve` false: detection only). */
export function toMentions(
  k: ActorKnowledge,
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  detected: readonly Detected[],
  date: string,
  resolve: boolean,
): Mention[] {
  const resolutions = resolve ? resolveMentions(k, tokens, sentences, detected, date) : [];
  const mentions: Mention[] = [];
  detected.forEach((d, i) => {
    const r = resolutions[i];
    if (d.type === 'pronoun' && resolve && !r?.actor) return; // a pronoun we cannot place says nothing
    const start = tokens[d.tokenStart]!.span.start;
    const end = tokens[d.tokenEnd - 1]!.span.end;
    mentions.push({
      sentence: d.sentence,
      span: { start, end },
      tokenStart: d.tokenStart,
      tokenEnd: d.tokenEnd,
      text: text.slice(start, end),
      type: d.type,
      rule: r?.rule ? `${d.rule}>${r.rule}` : d.rule,
      confidence: r ? r.confidence : 1,
      ...(r?.actor && { actor: r.actor }),
    });
  });
  return mentions;
}
