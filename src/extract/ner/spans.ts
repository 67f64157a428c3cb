// IOB2 tags → entity spans, with conlleval's reading of malformed input: an
// I-X that does not continue an X entity starts a new one.

export interface Span {
  /** First token index. */
  start: number;
  /** One past the last token index. */
  end: number;
  type: string;
}

function parse(tag: string): { kind: 'B' | 'I' | 'O'; type: string } {
  if (tag.length > 2 && tag.charCodeAt(1) === 45 /* - */) {
    const k = tag[0];
    if (k === 'B' || k === 'I') return { kind: k, type: tag.slice(2) };
  }
  return { kind: 'O', type: '' };
}

/** Entity spans of an IOB2 tag sequence (end exclusive). */
export function entities(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | undefined;
  for (let i = 0; i < tags.length; i++) {
    const { kind, type } = parse(tags[i]!);
    if (kind === 'I' && open !== undefined && open.type === type) {
      open.end = i + 1;
      continue;
    }
    if (open !== undefined) spans.push(open);
    open = kind === 'O' ? undefined : { start: i, end: i + 1, type };
  }
  if (open !== undefined) spans.push(open);
  return spans;
}
