import { entriesOf, firstOfKind, lexiconAt } from './lexicon-scan.js';
import type { MentionScan } from './scan.js';
import { knownBySurname } from './tenure.js';
import { hasCapital } from './token-shape.js';

/** Capitalised words that end the name of a street or square. */
const STREET_WORDS: ReadonlySet<string> = new Set([
  'street',
  'avenue',
  'road',
  'square',
  'boulevard',
  'lane',
  'embankment',
]);

/** A roman numeral that numbers a document: "Minsk II". */
const ROMAN_NUMERAL = /^(II|III|IV)$/;

/**
 * A single dictionary name at token `t`: person, surname, country, demonym, seat of power, organisation.
 * Returns the position after it (also when the name is read as naming no actor), or undefined.
 */
export function nameOrPlaceAt(
  scan: MentionScan,
  t: number,
  end: number,
  sentence: number,
): number | undefined {
  const { k, tokens, norms, date } = scan;
  const hits = lexiconAt(k, tokens, norms, t, end);
  const hit = firstOfKind(hits, ['person', 'org', 'country', 'metonym', 'demonym', 'surname']);
  if (!hit) return undefined;
  const person = entriesOf(hit, 'person')[0];
  // a one-word name in lower case is read only after a title, like a surname
  if (person && (hit.end - t > 1 || hasCapital(tokens[t]!))) {
    scan.emit(t, hit.end, sentence, 'person', { kind: 'person', id: person.id }, 'kb.person.name');
    return hit.end;
  }
  const org = entriesOf(hit, 'org')[0];
  // "Fox" after "Vicente Fox" is the man, not Fox News: a surname of someone already named in full wins
  const namedBefore = entriesOf(hit, 'surname').some((e) => scan.fullNamesSeen.has(e.id));
  if (org && !namedBefore) {
    emitOrganisation(scan, t, hit.end, sentence, org.id, 'kb.org.name');
    return hit.end;
  }
  const country = entriesOf(hit, 'country')[0];
  if (country) {
    // "the former Soviet Union", "the former Yugoslavia": the lands of a state, not a state acting
    if (formerBefore(scan, t, sentence)) return hit.end;
    // "One Norway Street", "Canada Square": a country's name in the name of a street names a street
    if (STREET_WORDS.has(norms[hit.end] ?? '') && hasCapital(tokens[hit.end]!)) return hit.end;
    scan.emit(t, hit.end, sentence, 'country', { kind: 'country', iso3: country.iso3 }, 'kb.country.name');
    return hit.end;
  }
  const metonym = entriesOf(hit, 'metonym')[0];
  if (metonym) {
    // "the Minsk agreements", "Moscow time": a capital modifying a noun is neither actor nor place here.
    const following = tokens[hit.end];
    if (following && following.sentence === sentence && following.pos === 'NOUN' && following.space !== '')
      return hit.end;
    // "the Minsk Package of Measures", "the Minsk II accords": nor is one that names an agreement
    if (namesAgreement(scan, hit.end, sentence)) return hit.end;
    const previous = norms[t - 1];
    const locative =
      previous !== undefined && tokens[t - 1]!.sentence === sentence && k.locatives.has(previous);
    if (locative)
      scan.emit(t, hit.end, sentence, 'place', { kind: 'place', iso3: metonym.iso3 }, 'kb.capital.locative');
    else
      scan.emit(
        t,
        hit.end,
        sentence,
        metonym.org ? 'org' : 'country',
        { kind: 'metonym', iso3: metonym.iso3, ...(metonym.org && { org: metonym.org }) },
        metonym.org ? 'kb.metonym.organisation' : 'kb.metonym.government',
      );
    return hit.end;
  }
  const demonym = entriesOf(hit, 'demonym')[0];
  if (demonym) {
    // "the former Soviet republic of Georgia": a state that is gone, naming no actor
    if (formerBefore(scan, t, sentence)) return hit.end;
    scan.emit(t, hit.end, sentence, 'country', { kind: 'country', iso3: demonym.iso3 }, 'kb.demonym');
    return hit.end;
  }
  const surnames = entriesOf(hit, 'surname');
  // a surname alone in lower case is too often a word ("a half nelson", "the shah")
  if (surnames.length > 0 && !k.notNames.has(norms[t]!) && hasCapital(tokens[t]!)) {
    const all = surnames.map((e) => e.id);
    const seen = all.some((id) => scan.fullNamesSeen.has(id));
    // with no full name before it, only those the surname alone can name on the date are candidates
    const named = (body: string) => scan.bodiesNamed.has(body);
    const countryNamed = (iso3: string) => scan.namesCountry(iso3);
    const ids = seen ? all : all.filter((id) => knownBySurname(k, id, date, named, countryNamed));
    if (seen || (ids.length > 0 && tokens[t]!.pos === 'PROPN')) {
      scan.emit(
        t,
        hit.end,
        sentence,
        'person',
        { kind: 'surname', ids },
        seen ? 'coref.surname' : 'kb.person.surname',
      );
      return hit.end;
    }
  }
  return undefined;
}

/** An organisation named by its dictionary entry: a bloc ("the G7", "BRICS") is a group of states. */
export function emitOrganisation(
  scan: MentionScan,
  start: number,
  end: number,
  sentence: number,
  id: string,
  rule: string,
): void {
  const type = scan.k.organisations.get(id)?.kind === 'bloc' ? 'group' : 'org';
  scan.emit(start, end, sentence, type, { kind: 'org', id }, rule);
}

/**
 * Whether the words from token `p` go on with the name of an agreement, a format or a process, after a
 * numeral or not ("Package of Measures", "II accords", "Format"): what a capital before them names is the
 * document, not the government.
 */
function namesAgreement(scan: MentionScan, p: number, sentence: number): boolean {
  const { k, tokens } = scan;
  const at = tokens[p]?.pos === 'NUM' || ROMAN_NUMERAL.test(tokens[p]?.text ?? '') ? p + 1 : p;
  const word = tokens[at];
  return word !== undefined && word.sentence === sentence && k.agreementNouns.has(word.norm);
}

/** "former" right before token `t` in the same sentence ("ex-Soviet" is one token, matching nothing). */
function formerBefore(scan: MentionScan, t: number, sentence: number): boolean {
  const before = scan.tokens[t - 1];
  return before !== undefined && before.sentence === sentence && before.norm === 'former';
}
