import type { Token } from '../../core/records.js';
import { isCapitalised } from '../mentions/token-shape.js';
import type { Detected } from '../mentions/types.js';
import type { Antecedent, Resolution, ResolverState } from './antecedents.js';

// "Governor of Tula Region Alexei Dyumin … The Governor reported …": a definite description of an office
// with no country means the person the article last titled with that office.

/** How far before a name its title may start ("Adviser to the Head of the Office of the President of Ukraine"). */
const TITLE_WINDOW = 16;
/** Words in lower case that may stand inside a title ("Minister of Industry and Trade", "Adviser to the Head of the President's Office"). */
const TITLE_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'to',
  "'s",
  "'",
  '-',
  '&',
]);
/** Words that make another office of the one after them: a Prime or Deputy Minister is not "the Minister". */
const OTHER_OFFICE_WORDS: ReadonlySet<string> = new Set(['prime', 'deputy', 'vice', 'vice-']);
/** Words before an office named inside a title, as the body the titled person serves ("to the Head of"). */
const INNER_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'to']);

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
    if (token.sentence !== sentence) return false;
    if (
      token.norm === words[words.length - 1] &&
      endsWith(tokens, t, words) &&
      isHead(tokens, t, words.length)
    )
      return true;
    // only the capitalised words of a title and its connectors stand between it and the name
    if (!isCapitalised(token) && !TITLE_CONNECTORS.has(token.norm)) return false;
    t--;
  }
  return false;
}

/**
 * Whether the title words ending at `last` head the title: not another office ("Prime Minister"), and not the
 * office of someone else inside it ("Adviser to the Head of the President's Office").
 */
function isHead(tokens: readonly Token[], last: number, length: number): boolean {
  const before = tokens[last - length]?.norm ?? '';
  const after = tokens[last + 1]?.norm ?? '';
  return !OTHER_OFFICE_WORDS.has(before) && !INNER_WORDS.has(before) && after !== "'s" && after !== "'";
}

function endsWith(tokens: readonly Token[], last: number, words: readonly string[]): boolean {
  for (let w = 0; w < words.length; w++) {
    const token = tokens[last - words.length + 1 + w];
    if (token?.norm !== words[w]) return false;
  }
  return true;
}

/**
 * The description read as its antecedent; a name coded with no sector ("Mayor of Melitopol Ivan Fedorov" with
 * no country found) takes the office's sector from the description (`---GOV`).
 */
export function asTitled(a: Antecedent, sector: string): Resolution {
  const code = a.actor.code;
  // a name of no known sector keeps its country and takes the office's sector ("UKR" → "UKRGOV")
  const actor =
    code === '' || code.length === 3 ? { ...a.actor, code: `${code || '---'}${sector}` } : a.actor;
  return { actor, rule: 'coref.title', confidence: 0.75 };
}
