import type { Quote } from '../core/records.js';
import type { Span } from '../core/span.js';

/**
 * One attribution as the scorer compares it: where its content is, whether it is a direct quotation, and where
 * the words naming its speaker are. Spans are UTF-16 offsets into the article text.
 */
export interface AttributionUnit {
  readonly content: readonly Span[];
  readonly direct: boolean;
  readonly speaker?: readonly Span[];
}

/**
 * Our quote records as attributions in the annotators' sense (one source, one cue, one content): records that
 * share a cue are one attribution ("described the talks as "frank" and "substantive""), and the quoted words a
 * reported clause contains are part of that clause's attribution, not one of their own.
 */
export function unitsOfQuotes(quotes: readonly Quote[]): AttributionUnit[] {
  const groups = new Map<string, Quote[]>();
  quotes.forEach((q, i) => {
    // A quotation that continues a reported clause has that clause's cue but is an attribution of its own.
    const own = !q.cueSpan || q.rule.endsWith('.continued');
    const key = own ? `own:${i}` : `${q.cueSpan!.start}:${q.cueSpan!.end}`;
    const list = groups.get(key) ?? [];
    list.push(q);
    groups.set(key, list);
  });
  const units: AttributionUnit[] = [];
  for (const group of groups.values()) {
    const reported = group.filter((q) => q.kind !== 'direct');
    const kept = group.filter(
      (q) =>
        q.kind !== 'direct' ||
        !reported.some((r) => r.span.start <= q.span.start && q.span.end <= r.span.end),
    );
    const first = kept[0]!;
    units.push({
      content: kept.flatMap((q) => q.parts ?? [q.span]),
      // Quoted words inside someone's reported clause or the narrator's sentence are not a direct quotation.
      direct: kept.every((q) => q.kind === 'direct' && !/\.(partial|fragment)$/.test(q.rule)),
      ...(first.speakerSpan && { speaker: [first.speakerSpan] }),
    });
  }
  return units;
}

/** Any quotation mark, curly ones turned either way, and the typewriter '' for a double mark; not '90s. */
const OPENING = /^(["\u201c\u201d\u201e\u00ab\u00bb]|''|['\u2018\u2019](?!\d))/;
const WORD = /[\p{L}\p{N}]/u;

/**
 * The word characters a content covers, as sorted offsets: what "the same content" means for both sides. Quote
 * marks, punctuation and spacing at the edges do not count, nor does a leading complementiser "that", which
 * annotators and extractors include or leave out by habit.
 */
export function contentWords(text: string, spans: readonly Span[]): Int32Array {
  const out: number[] = [];
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  ordered.forEach((span, index) => {
    let start = span.start;
    if (index === 0) {
      while (start < span.end && !WORD.test(text.charAt(start))) start++;
      if (/^that\b/i.test(text.slice(start, span.end)) && span.end - start > 5) start += 4;
    }
    for (let i = start; i < span.end; i++) if (WORD.test(text.charAt(i))) out.push(i);
  });
  return Int32Array.from(new Set(out)).sort();
}

/** Number of offsets two sorted offset lists share. */
export function shared(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/** The gold set's own test for a direct quotation: its content opens with a quotation mark. */
export function startsWithQuoteMark(text: string): boolean {
  return OPENING.test(text.trimStart());
}
