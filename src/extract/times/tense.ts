import type { Token } from '../../core/records.js';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

const FUTURE_MARKERS = new Set(['will', "'ll", 'shall', 'wo']);
/** Auxiliaries of the past: "had visited", "was held", "did not come". */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', "'d"]);
/** Auxiliaries of the present (and of the present perfect): "has visited", "is meeting", "does come". */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'am',
  "'s",
  "'re",
  "'m",
  'has',
  'have',
  "'ve",
  'does',
  'do',
]);
/** Verbs that put what follows in the future: "plans to meet on Friday", "is expected to vote next week". */
const PROSPECTIVE = new Set(['plan', 'expect', 'schedule', 'set', 'due', 'intend', 'aim', 'hope', 'prepare']);
const CLAUSE_BREAKS = new Set([';', ':', '"', '(', ')']);

function isVerbal(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}

/** A verb form's tense from its surface and lemma: "said" (say) past, "says" present, "saying" neither. */
function formTense(token: Token): Tense {
  const norm = token.norm;
  if (FUTURE_MARKERS.has(norm)) return 'future';
  if (PAST_AUXILIARIES.has(norm)) return 'past';
  if (PRESENT_AUXILIARIES.has(norm)) return 'present';
  if (token.pos === 'AUX') return 'unknown';
  const lemma = token.lemma;
  if (norm === lemma) return 'present';
  if (norm.endsWith('ing')) return 'unknown';
  if (
    norm === `${lemma}s` ||
    norm === `${lemma}es` ||
    (lemma.endsWith('y') && norm === `${lemma.slice(0, -1)}ies`)
  )
    return 'present';
  return 'past';
}

/** The tense of a verb group (contiguous verbs, auxiliaries, particles and adverbs) around token `at`. */
function groupTense(tokens: readonly Token[], at: number, start: number, end: number): Tense {
  let from = at;
  while (
    from > start &&
    (isVerbal(tokens[from - 1]!) || tokens[from - 1]!.pos === 'PART' || tokens[from - 1]!.pos === 'ADV')
  )
    from--;
  let to = at + 1;
  while (to < end && (isVerbal(tokens[to]!) || tokens[to]!.pos === 'ADV')) to++;
  // "going to meet", "plans to meet", "is due to be published" look ahead.
  let to0 = from;
  while (to0 < at && tokens[to0]!.norm !== 'to') to0++;
  if (tokens[to0]?.norm !== 'to' && from > start && tokens[from - 1]!.norm === 'to') to0 = from - 1;
  if (tokens[to0]?.norm === 'to' && to0 > start) {
    const head = tokens[to0 - 1]!;
    if (PROSPECTIVE.has(head.lemma) || head.norm === 'going') return 'future';
  }
  let tense: Tense = 'unknown';
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (!isVerbal(token)) continue;
    const t = formTense(token);
    if (t === 'future') return 'future';
    // The first finite form decides ("has been said" is present perfect, read as past below).
    if (tense === 'unknown') tense = t;
  }
  // Present perfect and passives with a past participle refer to the past.
  if (tense === 'present' && to - from > 1) {
    const last = tokens[to - 1]!;
    if (isVerbal(last) && formTense(last) === 'past') return 'past';
  }
  return tense;
}

/**
 * The tense of the clause a time expression [start, end) sits in: the nearest verb group in its sentence
 * (left wins a tie, as in "said Friday"), not crossing a semicolon, colon, quote or bracket.
 */
export function clauseTense(
  tokens: readonly Token[],
  sentence: { readonly tokenStart: number; readonly tokenEnd: number },
  start: number,
  end: number,
): Tense {
  let left = -1;
  for (let k = start - 1; k >= sentence.tokenStart; k--) {
    const token = tokens[k]!;
    if (CLAUSE_BREAKS.has(token.norm)) break;
    if (isVerbal(token)) {
      left = k;
      break;
    }
  }
  let right = -1;
  for (let k = end; k < sentence.tokenEnd; k++) {
    const token = tokens[k]!;
    if (CLAUSE_BREAKS.has(token.norm)) break;
    if (isVerbal(token)) {
      right = k;
      break;
    }
  }
  const clauseStart = sentence.tokenStart;
  const clauseEnd = sentence.tokenEnd;
  if (left < 0 && right < 0) return 'unknown';
  const nearest = right < 0 || (left >= 0 && start - left <= right - end + 1) ? left : right;
  const tense = groupTense(tokens, nearest, clauseStart, clauseEnd);
  if (tense !== 'unknown') return tense;
  const other = nearest === left ? right : left;
  return other >= 0 ? groupTense(tokens, other, clauseStart, clauseEnd) : 'unknown';
}
