import type { Analysis } from '../../core/analysis.js';
import type { Mention } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import type { Detected } from '../mentions/types.js';
import { resolveMentions } from './resolve.js';
import type { Speakers } from './speakers.js';

/**
 * Mention records from detected mentions, with their actors when resolved (`resolve` false: detection only),
 * the speaker's own words through `speakers`.
 */
export function toMentions(
  k: ActorKnowledge,
  analysis: Pick<Analysis, 'article' | 'tokens' | 'sentences'>,
  detected: readonly Detected[],
  resolve: boolean,
  speakers?: Speakers,
): Mention[] {
  const { tokens, sentences } = analysis;
  const text = analysis.article.text;
  const date = analysis.article.published;
  const resolutions = resolve ? resolveMentions(k, tokens, sentences, detected, date, speakers) : [];
  const mentions: Mention[] = [];
  detected.forEach((d, i) => {
    const r = resolutions[i];
    // a pronoun we cannot place, or words of a speaker no one names, say nothing
    if ((d.type === 'pronoun' || d.cue.kind === 'first-person') && resolve && !r?.actor) return;
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
