// People the statistical tagger read inside a longer name: an office title and the person holding it, taken
// together for one organisation ("Head of the Office of the President of Ukraine Andriy Yermak", "Bucha Mayor
// Anatoliy Fedoruk", "Mayor of Melitopol Ivan Fedorov", "Minister of Energy Nikolai Shulginov").

import type { LexEntry } from '../../knowledge/actors/types.js';
import { isOrdinaryWord } from '../../nlp/wink.js';
import { entriesOf, firstOfKind, lexiconAt } from './lexicon-scan.js';
import { spanCountryAndSector } from './names.js';
import type { MentionScan } from './scan.js';
import { isCapitalised, spanText } from './token-shape.js';
import { townBefore } from './town-offices.js';
import type { Cue, NameSpan } from './types.js';

/**
 * A known person's full name ending an organisation the tagger found, alone or before a list's next item
 * ("Head of the Office of the President of Ukraine Andriy Yermak", "Minister of Economy of Ukraine Yulia
 * Svyrydenko and …"): the words before the name are the person's office, so the whole span is the person,
 * titled. A name that goes on with more capitalised words ("the Bill Clinton Foundation") is part of the
 * organisation. The tagger may also read an office before a name as part of a person's name. Returns the
 * position after the name, or undefined.
 */
export function emitTitledPerson(scan: MentionScan, name: NameSpan, sentence: number): number | undefined {
  if (name.type !== 'ORG' && name.type !== 'PER') return undefined;
  const { k, tokens, norms } = scan;
  for (let i = name.start + 1; i < name.end - 1; i++) {
    if (!isCapitalised(tokens[i]!)) continue;
    const hit = firstOfKind(lexiconAt(k, tokens, norms, i, name.end), ['person']);
    const person = entriesOf(hit, 'person')[0];
    if (!hit || !person || hit.end - i < 2) continue;
    const after = tokens[hit.end];
    if (hit.end !== name.end && (after === undefined || isCapitalised(after))) continue;
    // the tagger's person is titled only when the name ends it ("Luhansk Governor Serhiy Haidai")
    if (name.type === 'PER' && hit.end !== name.end) continue;
    scan.emit(
      name.start,
      hit.end,
      sentence,
      'person',
      { kind: 'person', id: person.id },
      'kb.person.office-name',
    );
    return hit.end;
  }
  return undefined;
}

/**
 * An unknown person's name ending an organisation the tagger found, right after an office title ("Bucha Mayor
 * Anatoliy Fedoruk", "Central Bank Governor Elvira Nabiullina"): a person titled by that office, coded by the
 * office's sector and by the country its words name, or the country of the town or region they name. The name
 * is two or three capitalised proper nouns the dictionaries do not know, the last no ordinary English word,
 * so that "the Ministry of Foreign Affairs Press Service" stays an organisation. Returns the position after
 * the name, or undefined.
 */
export function emitOfficeTitledName(
  scan: MentionScan,
  name: NameSpan,
  sentence: number,
): number | undefined {
  if (name.type === 'PER') {
    const end = emitOfficeOfName(scan, name, sentence);
    if (end !== undefined) return end;
  } else if (name.type !== 'ORG') return undefined;
  const { tokens, norms } = scan;
  for (let words = 2; words <= 3; words++) {
    const p = name.end - words;
    if (p <= name.start) continue;
    // a name whose surname is another person's ("Ivan Fedorov") is new only after "<office> of" or a
    // town's office ("Mykolaiv Governor Vitaliy Kim")
    const known = !isUnknownName(scan, p, name.end);
    if (known && !isUnknownName(scan, p, name.end, true)) continue;
    const anyTitle = titleEndingAt(scan, name.start, p);
    const town = anyTitle && townOffice(scan, name.start, anyTitle.start, p);
    // a person the tagger read with a title before the name is titled only by a town's office
    // ("Poltava Mayor Danylo Ostapenko")
    if (name.type === 'PER' && !town) continue;
    const title = known && !town ? undefined : anyTitle;
    if (!title) {
      if (emitTownOfficeName(scan, name, p, sentence)) return name.end;
      const portfolioEnd = emitPortfolioName(scan, name, p, sentence);
      if (portfolioEnd !== undefined) return portfolioEnd;
      continue;
    }
    const named = spanCountryAndSector(scan, name.start, title.start, true);
    let iso3 = named.iso3;
    const bodySector = named.sector;
    if (iso3 === undefined && title.start > name.start)
      iso3 = scan.townCountry(spanText(tokens, name.start, title.start)) ?? town?.iso3;
    // a president after words naming neither a place nor a state ("GAZ Group President", but not "the
    // Office of the President") heads a company or an association, not a state
    const privateHead =
      title.headOfState && iso3 === undefined && title.start > name.start && norms[title.start - 1] !== 'the';
    const sector = bodySector ?? (privateHead ? undefined : title.entry.sector);
    const cue: Cue = {
      kind: 'unknown-person',
      name: spanText(tokens, p, name.end),
      ...(title.entry.gender && { gender: title.entry.gender }),
      ...(sector && { sector }),
      ...(iso3 && { of: iso3 }),
    };
    scan.emit(name.start, name.end, sentence, 'person', cue, 'pattern.office-title-name');
    return name.end;
  }
  return undefined;
}

/**
 * "Governor of Perm Territory Dmitry Makhonin", "Mayor of Irpin Oleksandr Markushyn": the tagger's
 * organisation is a town the gazetteer knows and an unknown name, right after the title of a local office
 * and "of". The span is that town's office holder. Returns whether it emitted one.
 */
function emitTownOfficeName(scan: MentionScan, name: NameSpan, p: number, sentence: number): boolean {
  const { tokens, norms } = scan;
  const of = name.start - 1;
  if (p <= name.start || norms[of] !== 'of' || tokens[of]!.sentence !== tokens[name.start]!.sentence)
    return false;
  const title = titleEndingAt(scan, Math.max(0, of - 3), of);
  const sector = title?.entry.sector;
  if (!title || !sector || !scan.k.localOfficeTitles.has(norms[of - 1]!)) return false;
  const iso3 = scan.townCountry(spanText(tokens, name.start, p));
  if (iso3 === undefined) return false;
  const cue: Cue = {
    kind: 'unknown-person',
    name: spanText(tokens, p, name.end),
    ...(title.entry.gender && { gender: title.entry.gender }),
    sector,
    of: iso3,
  };
  scan.emit(name.start, name.end, sentence, 'person', cue, 'pattern.office-of-town-name');
  return true;
}

/**
 * "Mayor of Melitopol Ivan Fedorov" when the tagger reads the town and the name as one person: the same
 * split as an organisation's (`emitTownOfficeName`). Returns the position after the name, or undefined.
 */
function emitOfficeOfName(scan: MentionScan, name: NameSpan, sentence: number): number | undefined {
  for (let words = 2; words <= 3; words++) {
    const p = name.end - words;
    if (p <= name.start || !isUnknownName(scan, p, name.end, true)) continue;
    if (emitTownOfficeName(scan, name, p, sentence)) return name.end;
  }
  return undefined;
}

/**
 * "Minister of Energy Nikolai Shulginov", "Deputy Minister of Health Oleksiy Yaremenko": the tagger's
 * organisation is a portfolio in ordinary words and an unknown name, right after an office title and "of".
 * The name is a person titled by that office, of the country named after the portfolio ("of Poland") or of
 * none (the title stays its own mention); a town that shares a portfolio's word ("Energy") names no minister's office, and a mayor's town
 * is read first. Returns the position after the name, or undefined.
 */
function emitPortfolioName(
  scan: MentionScan,
  name: NameSpan,
  p: number,
  sentence: number,
): number | undefined {
  const { tokens, norms } = scan;
  const of = name.start - 1;
  if (norms[of] !== 'of' || tokens[of]!.sentence !== tokens[name.start]!.sentence) return undefined;
  const title = titleEndingAt(scan, Math.max(0, of - 3), of);
  const sector = title?.entry.sector;
  if (!title || !sector) return undefined;
  // "Minister of Infrastructure of Poland Andrzej Adamczyk": the portfolio's country after it
  let iso3: string | undefined;
  for (let i = name.start; i < p; i++) {
    if (norms[i] === 'of' && i > name.start) {
      const hit = lexiconAt(scan.k, tokens, norms, i + 1, p).find((h) => h.end === p);
      iso3 = entriesOf(hit, 'country')[0]?.iso3;
      if (iso3 === undefined) return undefined;
      break;
    }
    if (!(norms[i] === 'and' || (isCapitalised(tokens[i]!) && isOrdinaryWord(norms[i]!)))) return undefined;
  }
  const cue: Cue = {
    kind: 'unknown-person',
    name: spanText(tokens, p, name.end),
    ...(title.entry.gender && { gender: title.entry.gender }),
    sector,
    ...(iso3 && { of: iso3 }),
  };
  scan.emit(p, name.end, sentence, 'person', cue, 'pattern.office-of-portfolio-name');
  return name.end;
}

/**
 * Capitalised proper nouns no dictionary knows, the last of them no ordinary English word. With
 * `otherSurnames`, a later word may be a known person's surname: "Ivan Fedorov" is not Mykhailo Fedorov.
 */
function isUnknownName(scan: MentionScan, start: number, end: number, otherSurnames = false): boolean {
  const { k, tokens, norms } = scan;
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    if (!isCapitalised(token) || token.pos !== 'PROPN' || k.notNames.has(norms[i]!)) return false;
    const hits = lexiconAt(k, tokens, norms, i, end);
    if (hits.length === 0) continue;
    const onlySurname =
      otherSurnames && i > start && hits.every((h) => h.values.every((v) => v.entry.kind === 'surname'));
    if (!onlySurname) return false;
  }
  return !isOrdinaryWord(norms[end - 1]!);
}

/**
 * The town or region that opens the organisation right before a local office's title ("Kharkiv Regional
 * Governor", "Bucha Mayor"), with the state that administers it on the date.
 */
function townOffice(
  scan: MentionScan,
  start: number,
  titleStart: number,
  titleEnd: number,
): { start: number; iso3: string } | undefined {
  if (titleStart <= start || !scan.k.localOfficeTitles.has(scan.norms[titleEnd - 1]!)) return undefined;
  const town = townBefore(scan, start, titleStart);
  return town?.start === start ? town : undefined;
}

/** Offices whose title a company or an association also gives its head ("president"). */
const HEAD_OF_STATE_ROLES: ReadonlySet<string> = new Set(['head-of-state', 'vice-president']);

/** An office title (not the bare "former") whose words end at `end`, starting no earlier than `from`. */
function titleEndingAt(
  scan: MentionScan,
  from: number,
  end: number,
): { start: number; entry: Extract<LexEntry, { kind: 'title' }>; headOfState: boolean } | undefined {
  const { k, tokens, norms } = scan;
  for (let start = Math.max(from, end - 3); start < end; start++) {
    const hit = lexiconAt(k, tokens, norms, start, end).find((h) => h.end === end);
    const entry = entriesOf(hit, 'title')[0];
    const headOfState = entriesOf(hit, 'role').some((r) => HEAD_OF_STATE_ROLES.has(r.key));
    if (entry && norms[start] !== 'former') return { start, entry, headOfState };
  }
  return undefined;
}
