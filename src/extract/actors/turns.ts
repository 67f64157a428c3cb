import type { Sentence, Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import { isOrdinaryWord } from '../../nlp/wink.js';
import type { Detected } from '../mentions/types.js';

// The turns of a transcript: a label (a speaker's name or office, or "Question"), a colon, and the words of
// that speaker up to the next label. Transcripts printed as one block of text start a turn in the middle of a
// paragraph, after the end of the previous turn's last sentence ("… welcome. President of Finland Sauli
// Niinistö (retranslated): Thank you."), and a sentence splitter does not always cut there ("…, etc.").

/** Who speaks a turn: the detected mention that names them, or someone the text does not name. */
export type TurnSpeaker = { readonly mention: number } | { readonly unnamed: true };

export interface Turn {
  /** The label's first token. */
  readonly start: number;
  /** The colon that ends the label; the turn's words follow it. */
  readonly colon: number;
  readonly speaker: TurnSpeaker;
}

/** What the label readers look at: the tokens, the mentions detected in them and which token is whose. */
interface LabelScan {
  readonly k: ActorKnowledge;
  readonly tokens: readonly Token[];
  readonly detected: readonly Detected[];
  /** The detected mention each token belongs to, or -1. */
  readonly mentionAt: Int32Array;
}

/**
 * Tokens a transcript label may run to before its colon: "Foreign Minister Sergei Lavrov (retranslated):", or
 * an office named twice round the name, as some transcripts print it.
 */
const MAX_LABEL_TOKENS = 40;
const LABEL_PUNCTUATION = new Set(['(', ')', ',', '-', '–', '—', '.']);
/** Marks between a transcript's sections, or of words left out ("* * *", "<…>"). */
const SECTION_BREAK = /^(?:[*#]+|[<>…])$/;
/**
 * Small words inside the names and titles of a label: "President of France", "Minister for the Arctic",
 * "Commissioner in the Russian Federation".
 */
const LABEL_JOINERS = new Set(['of', 'the', 'for', 'and', 'in']);
/** A token that ends a sentence: a full stop, a question or exclamation mark, an ellipsis, an abbreviation. */
const SENTENCE_END = /(?:[.?!]|…)$/;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = new Set(["'s", '’s']);
/** Parts of speech no name or title is made of. */
const NOT_IN_NAMES = new Set(['VERB', 'AUX', 'ADP']);
const DETERMINERS = new Set(['DET', 'PRON']);
/** Verbs of saying that may open an inverted attribution before a colon ("Said Ellis:", "Added Smith:"). */
const INVERTED_SPEECH_VERBS = new Set(['say', 'add', 'ask', 'write', 'explain', 'note', 'reply', 'continue']);
/** Parts of speech of the lower-case words that may describe an office before a name. */
const OFFICE_WORDS = new Set(['NOUN', 'ADJ']);

/**
 * The transcript turns of a text, in order: a label at the start of a sentence, or right after a sentence's
 * end inside what the splitter took for one sentence.
 */
export function findTurns(
  k: ActorKnowledge,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  detected: readonly Detected[],
  mentionAt: Int32Array,
): Turn[] {
  const scan: LabelScan = { k, tokens, detected, mentionAt };
  const turns: Turn[] = [];
  for (const s of sentences) {
    // past a section break ("* * *") that the sentence may open with
    const start = pastBreaks(tokens, s.tokenStart, s.tokenEnd);
    const label =
      labelAt(scan, start, s.tokenEnd) ??
      (start > s.tokenStart ? labelAfterHeading(scan, start, s.tokenEnd) : undefined);
    let from = start + 1;
    if (label) {
      turns.push(label);
      from = label.colon + 1;
    }
    for (let t = from; t < s.tokenEnd - 1; t++) {
      if (!SENTENCE_END.test(tokens[t]!.text) || isTitle(k, tokens[t]!)) continue;
      const inner = labelAt(scan, pastBreaks(tokens, t + 1, s.tokenEnd), s.tokenEnd);
      if (!inner) continue;
      turns.push(inner);
      t = inner.colon;
    }
  }
  return turns;
}

/**
 * A label after the heading that follows a section break, on one line with it: "* * * Speech at the meeting
 * of the Board President of Russia Vladimir Putin: Colleagues, …". The label starts at a person or an office
 * named before the first colon.
 */
function labelAfterHeading(scan: LabelScan, start: number, end: number): Turn | undefined {
  const { tokens, detected, mentionAt } = scan;
  const last = Math.min(end - 1, start + MAX_LABEL_TOKENS);
  for (let t = start + 1; t < last; t++) {
    if (tokens[t]!.text === ':' || SENTENCE_END.test(tokens[t]!.text)) return undefined;
    const m = mentionAt[t]!;
    const d = m >= 0 ? detected[m]! : undefined;
    if (d?.tokenStart !== t || (d.type !== 'person' && d.type !== 'role')) continue;
    const label = labelAt(scan, t, end);
    if (label) return label;
  }
  return undefined;
}

function pastBreaks(tokens: readonly Token[], from: number, end: number): number {
  let t = from;
  while (t < end && SECTION_BREAK.test(tokens[t]!.text)) t++;
  return t;
}

/**
 * A label starting at token `start` (before `end`, the sentence's end): a person or an office holder named
 * before a colon, nothing but names, titles and brackets between ("Vladimir Putin:", "President of France
 * Emmanuel Macron (retranslated):", "General Director Pavel Kosov:"), or a label of someone unnamed
 * ("Question:"). A name no mention stands for ("Maxim Dreval:") still ends the turn before it: the words after
 * it are someone's we do not know, not the previous speaker's.
 */
function labelAt(scan: LabelScan, start: number, end: number): Turn | undefined {
  const { k, tokens, detected, mentionAt } = scan;
  const first = tokens[start];
  if (first === undefined || !CAPITALISED.test(first.text)) return undefined;
  // a name that began before the full stop ("Mr. Smith:") is not a label's start
  const opening = mentionAt[start]!;
  if (opening >= 0 && detected[opening]!.tokenStart < start) return undefined;
  const last = Math.min(end - 1, start + MAX_LABEL_TOKENS);
  let colon = -1;
  // a colon inside brackets is not the label's ("Sam Smith (Image: Getty)")
  let bracket = false;
  for (let t = start + 1; t < last && colon < 0; t++) {
    const text = tokens[t]!.text;
    if (text === '(') bracket = true;
    else if (text === ')') bracket = false;
    else if (text === '):' || (text === ':' && !bracket)) colon = t;
  }
  // a turn opens with a capital; "President Trump: if you wish …" addresses him
  if (colon < 0 || /^\p{Ll}/u.test(tokens[colon + 1]?.text ?? '')) return undefined;
  if (k.unnamedSpeakerLabels.has(first.norm))
    return labelWords(scan, start + 1, colon) ? { start, colon, speaker: { unnamed: true } } : undefined;
  let speaker: number;
  if (labelWords(scan, start, colon)) {
    speaker = speakerMention(scan, start, colon);
  } else {
    // the office before a person's name may be told in common nouns ("Captain of the vessel Ivan Petrov:");
    // the name then ends the label, and no determiner opens it ("Another problem for Sanders:")
    if (DETERMINERS.has(first.pos) || !labelWords(scan, start, colon, true)) return undefined;
    const d = detected[mentionAt[colon - 1]!];
    if (d?.type === 'person' && d.tokenEnd === colon) speaker = mentionAt[colon - 1]!;
    else if (namesSomeone(scan, colon - 2, colon)) return { start, colon, speaker: { unnamed: true } };
    else return undefined;
  }
  if (speaker >= 0) return { start, colon, speaker: { mention: speaker } };
  return namesSomeone(scan, start, colon) ? { start, colon, speaker: { unnamed: true } } : undefined;
}

/**
 * Whether tokens [from, to) are all names, titles or brackets: a label, not a clause ("Putin said:"). With
 * `nouns`, common nouns and adjectives in lower case may describe the office too.
 */
function labelWords(scan: LabelScan, from: number, to: number, nouns = false): boolean {
  const { tokens, mentionAt } = scan;
  let bracket = false;
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    if (token.text === '(') bracket = true;
    else if (token.text === ')') bracket = false;
    if (bracket || mentionAt[t]! >= 0 || LABEL_PUNCTUATION.has(token.text) || LABEL_JOINERS.has(token.text))
      continue;
    // an office's own possessive ("Commissioner for Children's Rights"), not a person's ("Putin's remarks:")
    if (POSSESSIVE.has(token.text) && t > from && mentionAt[t - 1]! < 0) continue;
    if (!CAPITALISED.test(token.text)) {
      if (nouns && OFFICE_WORDS.has(token.pos)) continue;
      return false;
    }
    // a headline's verb or preposition in capitals ("Veto Power Impedes Peace Efforts:"), unless it is the
    // given name of the surname after it ("Ted Cruz:")
    if (NOT_IN_NAMES.has(token.pos) && !startsPerson(scan, t + 1)) return false;
    // "Said Ellis: “…”" opens a quotation told the other way round, not a turn
    if (token.pos === 'VERB' && INVERTED_SPEECH_VERBS.has(token.lemma)) return false;
  }
  return true;
}

/** A courtesy title with its full stop ("Mr.", "Dr."): the name after it is the sentence's, not a label's. */
function isTitle(k: ActorKnowledge, token: Token): boolean {
  return k.lexicon.get([token.norm])?.some((v) => v.entry.kind === 'title') === true;
}

function startsPerson({ detected, mentionAt }: LabelScan, t: number): boolean {
  const m = mentionAt[t] ?? -1;
  return m >= 0 && detected[m]!.tokenStart === t && detected[m]!.type === 'person';
}

/**
 * Who the label [start, colon) names, outside brackets: a person we know ("President of France Emmanuel
 * Macron"), else the first person or office named ("General Director Pavel Kosov"); -1 if none. Of several
 * people we know, the last: a heading run on before the label names others ("Beginning of the meeting with
 * Olaf Scholz President of Russia Vladimir Putin:"), and the speaker's name stands next to the colon.
 */
function speakerMention({ tokens, detected, mentionAt }: LabelScan, start: number, colon: number): number {
  let bracket = false;
  let first = -1;
  let known = -1;
  for (let t = start; t < colon; t++) {
    const text = tokens[t]!.text;
    if (text === '(') bracket = true;
    else if (text === ')') bracket = false;
    const m = mentionAt[t]!;
    // a name that runs on past the colon is no label's
    if (bracket || m < 0 || detected[m]!.tokenEnd > colon) continue;
    const d = detected[m]!;
    if (d.cue.kind === 'person' || d.cue.kind === 'surname') known = m;
    else if (first < 0 && (d.type === 'person' || d.type === 'role')) first = m;
  }
  return known >= 0 ? known : first;
}

/**
 * Whether the label holds a personal name no mention stands for: two capitalised words, the second no
 * ordinary English word ("Maxim Dreval"), and no place ("Moscow Region").
 */
function namesSomeone({ tokens, detected, mentionAt }: LabelScan, start: number, colon: number): boolean {
  for (let t = start + 1; t < colon; t++) {
    const word = tokens[t]!;
    if (!CAPITALISED.test(word.text) || !CAPITALISED.test(tokens[t - 1]!.text)) continue;
    const m = mentionAt[t]!;
    if (m >= 0 && (detected[m]!.type === 'place' || detected[m]!.type === 'country')) continue;
    if (!isOrdinaryWord(word.norm)) return true;
  }
  return false;
}
