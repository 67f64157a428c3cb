import type { Analysis } from '../../core/analysis.js';
import type { Mention } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import type { Detected } from '../mentions/types.js';
import { resolveMentions } from './resolve.js';

/** Mention records from detected mentions, with their actors when resolved (`resolve` false: detection only). */
export function toMentions(
  k: ActorKnowledge,
  analysis: Pick<Analysis, 'article' | 'tokens' | 'sentences'>,
  detected: readonly Detected[],
  resolve: boolean,
): Mention[] {
  const { tokens, sentences } = analysis;
  const text = analysis.article.text;
  const date = analysis.article.published;
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
