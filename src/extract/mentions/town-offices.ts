// The town or region named right before a local office's title ("Melitopol Mayor", "Kharkiv Regional
// Governor", "Tver Region Governor"): its office holder is an official of the state that administers the
// place on the article's date, though the sentence names no country.

import type { MentionScan } from './scan.js';
import { isCapitalised, spanText } from './token-shape.js';

/** The most words a town's or region's name has before its office ("Saint Petersburg", "Nizhny Novgorod"). */
const TOWN_WORDS = 3;

/**
 * The town or region whose name ends right before token `end`, read no earlier than `from` and within
 * one sentence, and the state that administers it on the date: the longest run of capitalised words the
 * gazetteer places, after leaving out the capitalised words that name its administration ("Regional",
 * "Oblast", "City"). A region's name with its own noun ("Tver Region") is tried whole first.
 */
export function townBefore(
  scan: MentionScan,
  from: number,
  end: number,
): { start: number; iso3: string } | undefined {
  const { k, tokens, norms } = scan;
  const sentence = tokens[end - 1]?.sentence;
  let last = end;
  while (
    last > from &&
    tokens[last - 1]!.sentence === sentence &&
    isCapitalised(tokens[last - 1]!) &&
    k.localAdministrationWords.has(norms[last - 1]!)
  )
    last--;
  for (let start = Math.max(from, last - TOWN_WORDS); start < last; start++) {
    if (!isTownName(scan, start, last, sentence)) continue;
    const iso3 =
      scan.townCountry(spanText(tokens, start, end)) ??
      (last < end ? scan.townCountry(spanText(tokens, start, last)) : undefined);
    if (iso3 !== undefined) return { start, iso3 };
  }
  return undefined;
}

/**
 * Capitalised words of one sentence, none of them a word the dictionaries give an actor or an office
 * ("President", "Deputy"); a word that is only someone's surname may be a town's.
 */
function isTownName(scan: MentionScan, start: number, end: number, sentence: number | undefined): boolean {
  const { k, tokens, norms } = scan;
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    if (token.sentence !== sentence || !isCapitalised(token) || k.notNames.has(norms[i]!)) return false;
    const word = k.lexicon.longest(norms, i, i + 1);
    if (word?.values.some((v) => v.entry.kind !== 'surname')) return false;
  }
  return true;
}
