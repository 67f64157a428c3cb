import type { Token } from '../../core/records.js';
import type { Detected } from '../mentions/types.js';
import type { Antecedent, ResolverState } from './antecedents.js';

// "Governor of Tula Region Alexei Dyumin … The Governor reported …": a definite description of an office
// with no country means the person the article last titled with that office.

/** How far before a name its title may start ("Minister of Industry and Trade Denis Manturov"). */
const TITLE_WINDOW = 8;
/** Words that end a noun phrase: a title before them is not the name's. */
const PHRASE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '.', '"', '(', ')', '–', '—']);

/**
 * The nearest earlier person whose title holds the words of the description at [start, end) ("the
 * Minister" → "Minister of Energy Nikolai Shulginov", "the Foreign Minister" → "Foreign Minister Lavrov"),
 * for a description that opens with "the" and has no name after it.
 */
export function titledAntecedent(state: ResolverState, d: Detected): Antecedent | undefined {
  const { tokens } = state;
  const first = tokens[d.tokenStart]!;
  const start = first.norm === 'the' ? d.tokenStart + 1 : d.tokenStart;
  const before = tokens[d.tokenStart - 1];
  if (start === d.tokenStart && !(before?.norm === 'the' && before.sentence === d.sentence)) return undefined;
  if (start >= d.tokenEnd) return undefined;
  const words = tokens.slice(start, d.tokenEnd).map((t) => t.norm);
  for (let h = state.history.length - 1; h >= 0; h--) {
    const a = state.history[h]!;
    if (a.personId === undefined && a.det.cue.kind !== 'unknown-person') continue;
    if (a.det.tokenEnd > d.tokenStart) continue;
    if (titleBefore(tokens, a.det.tokenStart, a.det.sentence, words)) return a;
  }
  return undefined;
}

/** Whether `words` stand within the title that ends right before token `nameStart`, in one noun phrase. */
function titleBefore(
  tokens: readonly Token[],
  nameStart: number,
  sentence: number,
  words: readonly string[],
): boolean {
  const from = Math.max(0, nameStart - TITLE_WINDOW);
  let t = nameStart - 1;
  while (t >= from) {
    const token = tokens[t]!;
    if (token.sentence !== sentence || PHRASE_BREAKS.has(token.text) || token.pos === 'VERB') return false;
    if (token.norm === words[words.length - 1] && endsWith(tokens, t, words)) return true;
    t--;
  }
  return false;
}

function endsWith(tokens: readonly Token[], last: number, words: readonly string[]): boolean {
  for (let w = 0; w < words.length; w++) {
    const token = tokens[last - words.length + 1 + w];
    if (token?.norm !== words[w]) return false;
  }
  return true;
}
