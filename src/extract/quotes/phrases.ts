import type { Sentence, Token } from '../../core/records.js';
import { DAY_WORDS } from '../../nlp/day-words.js';

/** A noun phrase by token range [start, end), with its head: the word that names what the phrase is. */
export interface NounPhrase {
  readonly start: number;
  readonly end: number;
  readonly head: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM']);
/** Words that end a phrase on the right as an adverbial of time, never as the speaker ("said Thursday"). */
const TIME_WORDS = new Set([
  ...DAY_WORDS,
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'month',
  'year',
  'earlier',
  'later',
  'recently',
]);

export function isTimeWord(token: Token): boolean {
  return TIME_WORDS.has(token.norm);
}

/**
 * A capitalised word the tagger read as something else ("Lynch said" tagged as a verb): inside a phrase that
 * names a speaker, capitals mark a name.
 */
function nameLike(token: Token): boolean {
  return /^[A-Z]/.test(token.text) && (token.pos === 'VERB' || token.pos === 'ADJ' || token.pos === 'X');
}

/** A token that may sit inside a name or description: "Lt. Gen. Michael Flynn", "the top US official". */
function modifierLike(token: Token): boolean {
  return (
    token.pos === 'PROPN' ||
    token.pos === 'NOUN' ||
    token.pos === 'ADJ' ||
    token.pos === 'NUM' ||
    nameLike(token)
  );
}

function nominal(token: Token): boolean {
  return NOMINAL.has(token.pos) || nameLike(token);
}

function isPossessiveMark(token: Token): boolean {
  return token.pos === 'PART' && (token.norm === "'s" || token.norm === "'");
}

/**
 * The noun phrase that ends at token `last` (reading leftwards): a subject pronoun, or a name or description
 * with its determiner, possessor and modifiers ("Hillary Clinton's campaign manager Robby Mook",
 * "US Secretary of State Antony Blinken", "the top US official"). Undefined when `last` ends no noun phrase.
 */
export function phraseEndingAt(
  tokens: readonly Token[],
  sentence: Sentence,
  last: number,
): NounPhrase | undefined {
  // "Sen. Claire McCaskill (D-Mo.)": a parenthesis after a name belongs to it.
  if (tokens[last]?.text === ')') {
    let open = last - 1;
    while (open > sentence.tokenStart && last - open < 8 && tokens[open]!.text !== '(') open--;
    if (tokens[open]?.text === '(' && open - 1 >= sentence.tokenStart) {
      const named = phraseEndingAt(tokens, sentence, open - 1);
      return named && { ...named, end: last + 1 };
    }
  }
  const head = tokens[last];
  if (!head || last < sentence.tokenStart) return undefined;
  if (head.pos === 'PRON') {
    return SUBJECT_PRONOUNS.has(head.norm) ? { start: last, end: last + 1, head: last } : undefined;
  }
  // "the UN chief said": a determiner-led phrase may end in a word the tagger read as an adjective.
  const adjectiveHead = head.pos === 'ADJ';
  if ((!nominal(head) && !adjectiveHead) || isTimeWord(head)) return undefined;
  let start = last;
  for (let j = last - 1; j >= sentence.tokenStart && last - j < 14; j--) {
    const t = tokens[j]!;
    // "the Muslim Brotherhood-led alliance": a word glued to a hyphen is part of a compound modifier.
    const glued = t.space === '' && tokens[j - 1]?.text === '-' && tokens[j - 1]!.space === '';
    if (modifierLike(t) || isPossessiveMark(t) || glued) {
      start = j;
      continue;
    }
    if (t.text === '-' && t.space === '' && tokens[j + 1]!.space === '') {
      start = j;
      continue;
    }
    if (t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t.norm)) {
      start = j;
      break;
    }
    // "Secretary of State", "president of the United States": 'of' between two parts of one name.
    if (t.norm === 'of' && j > sentence.tokenStart && nominal(tokens[j - 1]!)) {
      start = j;
      continue;
    }
    break;
  }
  // A phrase never starts with 'of' or a possessive mark.
  while (start < last && (tokens[start]!.norm === 'of' || isPossessiveMark(tokens[start]!))) start++;
  if (adjectiveHead) {
    const opener = tokens[start]!;
    if (opener.pos !== 'DET' && !POSSESSIVE_PRONOUNS.has(opener.norm)) return undefined;
  }
  return { start, end: last + 1, head: last };
}

/**
 * The noun phrase that starts at token `first` (reading rightwards): "said Blinken at a press conference" →
 * "Blinken"; "said Nick Witney, a fellow …" → "Nick Witney"; "said the source" → "the source".
 */
export function phraseStartingAt(
  tokens: readonly Token[],
  sentence: Sentence,
  first: number,
): NounPhrase | undefined {
  const t0 = tokens[first];
  if (!t0 || first >= sentence.tokenEnd) return undefined;
  if (t0.pos === 'PRON' && SUBJECT_PRONOUNS.has(t0.norm) && t0.norm !== 'who')
    return { start: first, end: first + 1, head: first };
  let i = first;
  if (t0.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t0.norm)) i++;
  let head = -1;
  for (; i < sentence.tokenEnd && i - first < 14; i++) {
    const t = tokens[i]!;
    if (modifierLike(t)) {
      if (isTimeWord(t)) break;
      if (nominal(t)) head = i;
      continue;
    }
    if (isPossessiveMark(t)) continue;
    if (t.text === '-' && t.space === '' && tokens[i + 1]?.space === '') continue;
    if (t.norm === 'of' && head === i - 1 && tokens[i + 1] && /^[A-Z]/.test(tokens[i + 1]!.text)) continue;
    break;
  }
  return head < 0 ? undefined : { start: first, end: head + 1, head };
}
