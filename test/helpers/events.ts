import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import type { Event } from '../../src/core/records.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

export interface DyadOptions {
  /** The article's date, which dates the offices people hold. */
  readonly published: string;
  /** Only events the sentence states as done or intended (not demanded, hypothetical or denied). */
  readonly statedOnly?: boolean;
  /** What follows the dyad: the full code (default) or the root. */
  readonly label?: 'code' | 'root';
}

/**
 * The asserted events of one text analysed whole (the actors come from the actors stage, as they do for
 * real articles), each as "SOURCE>TARGET CODE", with "-" for no target.
 */
export function codedDyads(text: string, options: DyadOptions): string[] {
  const { published } = options;
  const analysis = analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
  const stated = (e: Event) => e.modality === 'actual' || e.modality === 'intended';
  return analysis.events
    .filter((e) => e.polarity === 'asserted' && (!options.statedOnly || stated(e)))
    .map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${options.label === 'root' ? e.root : e.code}`);
}

/**
 * A release of a publisher (the Russian President's site unless named), with the title it carries if any:
 * readouts, transcripts, addresses.
 */
export function titledRelease(
  title: string | undefined,
  text: string,
  date = '2022-02-07',
  source = 'President of Russia',
): Analysis {
  return analyze(
    {
      id: articleId(`${title ?? ''}\n${text}`, date),
      published: date,
      ...(title !== undefined && { title }),
      source,
      text,
      lang: 'en',
    },
    loadKnowledge(),
  );
}

/** Each event as "SOURCE>TARGET CODE" ("-" for no target). */
export function eventDyads(a: Analysis): string[] {
  return a.events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code}`);
}
