import type { Analysis } from '../../src/core/analysis.js';
import type { MentionType } from '../../src/core/codes.js';
import type { ActorRef, Mention, Place, TimeExpression } from '../../src/core/records.js';

/** An actor the test names by a phrase: every occurrence of the phrase in the text becomes a mention. */
export interface ActorPhrase {
  readonly phrase: string;
  readonly actor: ActorRef;
  readonly type?: MentionType;
}

export function actor(id: string, code: string, name = id): ActorRef {
  return { id, code, name };
}

/**
 * Mentions for tests of later stages, built from our own record types: each phrase is found in the token
 * stream (case-insensitive, whole tokens; longest phrase first) and becomes a mention with its token range.
 */
export function mentionsFor(analysis: Analysis, phrases: readonly ActorPhrase[]): Mention[] {
  const { tokens } = analysis;
  const sorted = [...phrases].sort((a, b) => b.phrase.length - a.phrase.length);
  const taken = new Uint8Array(tokens.length);
  const mentions: Mention[] = [];
  for (const entry of sorted) {
    const words = tokenWords(entry.phrase);
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (taken.subarray(i, i + words.length).some((t) => t === 1)) continue;
      const sentence = tokens[i]!.sentence;
      let ok = true;
      for (let k = 0; k < words.length; k++) {
        const t = tokens[i + k]!;
        if (t.norm !== words[k] || t.sentence !== sentence) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      taken.fill(1, i, i + words.length);
      const start = tokens[i]!.span.start;
      const end = tokens[i + words.length - 1]!.span.end;
      mentions.push({
        text: analysis.article.text.slice(start, end),
        type: entry.type ?? 'country',
        actor: entry.actor,
        tokenStart: i,
        tokenEnd: i + words.length,
        sentence,
        span: { start, end },
        rule: 'test',
        confidence: 1,
      });
    }
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

function tokenWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/'s\b/g, " 's")
    .split(/\s+|(?=[-,.])|(?<=[-])/)
    .filter((w) => w !== '');
}

/** A time expression on the first occurrence of `text` in the article. */
export function timeFor(analysis: Analysis, text: string, from: string, to = from): TimeExpression {
  const start = analysis.article.text.indexOf(text);
  if (start < 0) throw new Error(`'${text}' is not in the text`);
  const sentence = analysis.sentences.find((s) => s.span.start <= start && start < s.span.end)!.index;
  return {
    text,
    value: { from, to, precision: 'day' },
    sentence,
    span: { start, end: start + text.length },
    rule: 'test',
    confidence: 1,
  };
}

/** A place on every occurrence of `text` in the article. */
export function placesFor(
  analysis: Analysis,
  text: string,
  country: string,
  lat: number,
  lon: number,
): Place[] {
  const places: Place[] = [];
  for (
    let start = analysis.article.text.indexOf(text);
    start >= 0;
    start = analysis.article.text.indexOf(text, start + 1)
  ) {
    const sentence = analysis.sentences.find((s) => s.span.start <= start && start < s.span.end)!.index;
    places.push({
      text,
      name: text,
      country,
      lat,
      lon,
      gazetteerId: `test:${text}`,
      sentence,
      span: { start, end: start + text.length },
      rule: 'test',
      confidence: 1,
    });
  }
  return places;
}
