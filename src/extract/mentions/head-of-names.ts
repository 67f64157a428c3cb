// "Head of the DPR Denis Pushilin", "head of the Republic of Crimea Sergei Aksyonov": "Head of" and a body's
// name before a person's name is that person's title, as "President" is in "President NAME". The tagger often
// reads only the body and the name as one organisation, so the title would be left as a bare noun between the
// members of a list ("Putin and Head of the DPR Denis Pushilin signed …") and break it.

import { isOrdinaryWord } from '../../nlp/wink.js';
import { entriesOf, firstOfKind, lexiconAt } from './lexicon-scan.js';
import { spanCountryAndSector } from './names.js';
import type { MentionScan } from './scan.js';
import { isCapitalised, spanText } from './token-shape.js';

/** How many words the body's name may take ("the Republic of Crimea", "Donetsk People's Republic"). */
const BODY_LIMIT = 6;

/**
 * A person named right after "Head of [the] BODY" at token `t`: the whole span is the person, titled. The
 * body is a run of capitalised words (with "of", "the" and "'s" inside it); the name ends the run and is a
 * known person or two or three unknown capitalised words after a body that names a country. An office the
 * role dictionary knows ("head of the Office of the President") is left to the role. Returns the position
 * after the name, or undefined.
 */
export function headOfNameAt(
  scan: MentionScan,
  t: number,
  end: number,
  sentence: number,
): number | undefined {
  const { k, tokens, norms } = scan;
  if (norms[t] !== 'head' || norms[t + 1] !== 'of') return undefined;
  if (firstOfKind(lexiconAt(k, tokens, norms, t, end), ['role'])) return undefined;
  const bodyStart = norms[t + 2] === 'the' ? t + 3 : t + 2;
  const runEnd = capitalisedRunEnd(scan, bodyStart, end);
  if (runEnd - bodyStart < 3 || runEnd - bodyStart > BODY_LIMIT + 3) return undefined;
  // a known person whose name ends the run, after at least one word of the body
  for (let i = bodyStart + 1; i < runEnd - 1; i++) {
    if (!isCapitalised(tokens[i]!)) continue;
    const hit = lexiconAt(k, tokens, norms, i, runEnd).find((h) => h.end === runEnd);
    const person = entriesOf(hit, 'person')[0];
    if (!person) continue;
    scan.emit(t, runEnd, sentence, 'person', { kind: 'person', id: person.id }, 'kb.person.head-of-name');
    return runEnd;
  }
  // an unknown name of two or three words, after a body whose words name the country it heads
  for (let words = 2; words <= 3; words++) {
    const p = runEnd - words;
    if (p <= bodyStart || !isUnknownName(scan, p, runEnd)) continue;
    const iso3 = bodyCountry(scan, bodyStart, p);
    if (iso3 === undefined) continue;
    const cue = {
      kind: 'unknown-person',
      name: spanText(tokens, p, runEnd),
      sector: 'GOV',
      of: iso3,
    } as const;
    scan.emit(t, runEnd, sentence, 'person', cue, 'pattern.head-of-name');
    return runEnd;
  }
  return undefined;
}

/** The end of the run of capitalised words from `start`, taking "of", "the" and "'s" between them. */
function capitalisedRunEnd(scan: MentionScan, start: number, end: number): number {
  const { tokens, norms } = scan;
  let q = start;
  while (q < end) {
    const token = tokens[q]!;
    if (isCapitalised(token) && (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ')) q++;
    else if ((norms[q] === 'of' || norms[q] === 'the' || norms[q] === "'s") && q > start && q + 1 < end) {
      if (!isCapitalised(tokens[q + 1]!) && norms[q + 1] !== 'the') break;
      q++;
    } else break;
  }
  return q;
}

/**
 * Capitalised proper nouns no dictionary knows, the last no ordinary English word ("Defense Organization"
 * ends a body's name, not a person's), so a body's last words are not taken for a name.
 */
function isUnknownName(scan: MentionScan, start: number, end: number): boolean {
  const { k, tokens, norms } = scan;
  for (let i = start; i < end; i++) {
    if (tokens[i]!.pos !== 'PROPN' || k.notNames.has(norms[i]!)) return false;
    if (lexiconAt(k, tokens, norms, i, end).length > 0) return false;
  }
  return !isOrdinaryWord(norms[end - 1]!);
}

/**
 * The country the body's words name: a country, a state body, or a town or region the gazetteer knows, but
 * not through a noun for a state ("Republic" is also a small American town).
 */
function bodyCountry(scan: MentionScan, start: number, end: number): string | undefined {
  const named = spanCountryAndSector(scan, start, end, true).iso3;
  if (named !== undefined) return named;
  const { k, tokens, norms } = scan;
  for (let i = start; i < end; i++) {
    if (!isCapitalised(tokens[i]!) || k.ownCountryNouns.has(norms[i]!)) continue;
    const iso3 = scan.townCountry(tokens[i]!.text);
    if (iso3 !== undefined) return iso3;
  }
  return undefined;
}
