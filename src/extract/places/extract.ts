import type { Mention, Place, Sentence, Token } from '../../core/records.js';
import type { Gazetteer, GazetteerEntry } from '../../knowledge/gazetteer.js';
import { keyPart } from '../../knowledge/place-key.js';
import { MONTHS, WEEKDAYS } from '../times/lexicon.js';
import { type Candidate, findCandidates, isCapitalised } from './candidates.js';
import { type ReadingResult, readCandidate } from './reading.js';
import { type ArticleFocus, addToponymFocus, emptyFocus, resolveToponyms, type Toponym } from './resolve.js';

export interface FoundToponym extends Toponym {
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly reading: ReadingResult;
}

/** The region or country after "Town, " ("Alexandria, La.", "Springfield, Illinois", "Paris, Texas"). */
export function qualifierAfter(
  tokens: readonly Token[],
  end: number,
  sentenceEnd: number,
  gaz: Gazetteer,
): GazetteerEntry | undefined {
  if (end + 1 >= sentenceEnd || tokens[end]!.norm !== ',') return undefined;
  const next = tokens[end + 1]!;
  if (!isCapitalised(next.text)) return undefined;
  const part = keyPart(next.norm);
  const abbreviation = gaz.abbreviations.get(part);
  if (abbreviation && (next.text.endsWith('.') || next.text.length === 2)) return abbreviation;
  let key = part;
  for (let k = end + 1; k < Math.min(sentenceEnd, end + 4); k++) {
    if (k > end + 1) key = `${key} ${keyPart(tokens[k]!.norm)}`;
    const entries = gaz.byKey.get(key);
    const region = entries?.find((x) => x.kind === 'region' || x.kind === 'country');
    if (region) return region;
  }
  return undefined;
}

/** Below this population a lone single-word town needs support from the article's regions. */
const WEAK_POPULATION = 20_000;
/** A city this large is read as the place even where the tagger took its lone name for a person. */
const LARGE_CITY_POPULATION = 200_000;

/**
 * One sense per article for people's names: a word seen as the surname of a full name ("Barack Obama",
 * "Mr. Jones") is that person wherever it stands alone later, unless a preposition makes it a place.
 */
function settleNames(toponyms: FoundToponym[], tokens: readonly Token[]): void {
  const surnames = new Set<string>();
  for (const t of toponyms) {
    if (t.reading.rule === 'place.after-title') surnames.add(t.key);
    if (
      t.reading.rule === 'place.inside-name' &&
      t.tokenStart > 0 &&
      isCapitalised(tokens[t.tokenStart - 1]!.text)
    )
      surnames.add(t.key);
  }
  if (surnames.size === 0) return;
  for (let k = 0; k < toponyms.length; k++) {
    const t = toponyms[k]!;
    if (t.reading.rule === 'place.name' && surnames.has(t.key))
      toponyms[k] = { ...t, reading: { reading: 'name', rule: 'place.surname' } };
  }
}

/** Month and weekday names, and the gazetteer's list of words that are towns only by accident. */
function isOrdinaryWord(key: string, gaz: Gazetteer): boolean {
  return gaz.notPlaces.has(key) || MONTHS.has(key) || WEEKDAYS.has(key) || MONTHS.has(`${key}.`);
}

/** Demonyms ("Russian", "Ukrainians") say which countries the article is about. */
export function addDemonymFocus(focus: ArticleFocus, tokens: readonly Token[], gaz: Gazetteer): void {
  for (const token of tokens) {
    if (!isCapitalised(token.text)) continue;
    const country = gaz.demonyms.get(keyPart(token.norm));
    if (country !== undefined) focus.countries.set(country, (focus.countries.get(country) ?? 0) + 0.5);
  }
}

/** Words that may stand between a country's adjective and a place noun ("north", "second", "coastal"). */
const MAX_DESCRIPTION_GAP = 2;

/**
 * Countries that a sentence names as where a place lies: a demonym or a country's possessive name before a
 * place noun ("the north Lebanese port", "Lebanon's second city", "the Libyan capital"), each once. A demonym
 * alone ("Syrian officers", "American Airlines") describes people or names, not the places around it.
 */
export function describedCountries(tokens: readonly Token[], sentence: Sentence, gaz: Gazetteer): string[] {
  const countries: string[] = [];
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const token = tokens[k]!;
    if (!isCapitalised(token.text)) continue;
    const key = keyPart(token.norm);
    let country = gaz.demonyms.get(key);
    let next = k + 1;
    if (country === undefined && tokens[next]?.norm === "'s" && next < sentence.tokenEnd) {
      country = gaz.byKey.get(key)?.find((x) => x.kind === 'country')?.country;
      next++;
    }
    if (country === undefined || countries.includes(country)) continue;
    for (let j = next; j < Math.min(sentence.tokenEnd, next + MAX_DESCRIPTION_GAP + 1); j++) {
      const word = tokens[j]!;
      if (gaz.placeNouns.has(word.norm)) {
        countries.push(country);
        break;
      }
      if (isCapitalised(word.text) || !/^[a-z-]+$/.test(word.norm)) break;
    }
  }
  return countries;
}

function overlapping(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  return mentions.find((m) => m.span.start < end && start < m.span.end);
}

/** Toponym candidates of an article with how each is used, and what the article is about. */
export function findToponyms(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  gaz: Gazetteer,
  mentions: readonly Mention[] = [],
): { readonly toponyms: FoundToponym[]; readonly focus: ArticleFocus } {
  const toponyms: FoundToponym[] = [];
  const focus = emptyFocus();
  for (const sentence of sentences) {
    let skipUntil = -1;
    const sentenceCountries = describedCountries(tokens, sentence, gaz);
    for (const candidate of findCandidates(tokens, sentence.tokenStart, sentence.tokenEnd, gaz)) {
      if (candidate.tokenStart < skipUntil) continue;
      const qualifier = qualifierAfter(tokens, candidate.tokenEnd, sentence.tokenEnd, gaz);
      // An abbreviation qualifier ("La.") is not a place name of its own.
      if (qualifier && gaz.abbreviations.get(keyPart(tokens[candidate.tokenEnd + 1]!.norm)) === qualifier)
        skipUntil = candidate.tokenEnd + 2;
      const reading = readWithMentions(tokens, sentence, candidate, mentions, gaz);
      toponyms.push({
        key: candidate.key,
        entries: candidate.entries,
        ...(qualifier && { qualifier }),
        sentenceCountries,
        sentence: sentence.index,
        tokenStart: candidate.tokenStart,
        tokenEnd: candidate.tokenEnd,
        reading,
      });
    }
  }
  settleNames(toponyms, tokens);
  const small = (t: FoundToponym): boolean =>
    t.reading.rule === 'place.name' &&
    t.tokenEnd - t.tokenStart === 1 &&
    !t.qualifier &&
    t.entries.every((x) => x.kind === 'city' && x.population < WEAK_POPULATION);
  addToponymFocus(
    focus,
    toponyms.filter((t) => (t.reading.reading === 'place' || t.reading.reading === 'actor') && !small(t)),
  );
  addDemonymFocus(focus, tokens, gaz);
  // A lone small-town name with nothing around it ("Ripley", "Harding") is more likely a person.
  for (let k = 0; k < toponyms.length; k++) {
    const t = toponyms[k]!;
    if (!small(t)) continue;
    const supported = t.entries.some((x) => (focus.admins.get(`${x.country}:${x.admin}`) ?? 0) > 0);
    if (!supported)
      toponyms[k] = { ...t, reading: { reading: 'word', rule: 'place.unsupported-small-town' } };
  }
  for (const m of mentions) {
    if ((m.type === 'country' || m.type === 'place') && m.actor && /^[A-Z]{3}/.test(m.actor.code)) {
      const country = m.actor.code.slice(0, 3);
      focus.countries.set(country, (focus.countries.get(country) ?? 0) + 0.5);
    }
  }
  return { toponyms, focus };
}

/** The token rules, overruled by the actors stage where it has spoken: a person or organisation is no place. */
function readWithMentions(
  tokens: readonly Token[],
  sentence: Sentence,
  candidate: Candidate,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): ReadingResult {
  const reading = readCandidate(tokens, sentence, candidate, gaz.demonymPlaces, (key) =>
    isOrdinaryWord(key, gaz),
  );
  if (mentions.length === 0) return reading;
  const mention = overlapping(
    mentions,
    tokens[candidate.tokenStart]!.span.start,
    tokens[candidate.tokenEnd - 1]!.span.end,
  );
  if (!mention || reading.rule === 'place.locative') return reading;
  // A full name or an organisation is no place; a bare surname ("Jackson") is too weak to overrule the
  // token rules, and those rules already read capitals and countries acting as governments.
  // The statistical tagger's organisations ("the Texas Department of Health") keep the token rules too.
  // A surname the dictionaries tie to someone in office on the article's date ("Obama" in 2015) is that
  // person, not the town of the same name.
  const surnameOnly =
    mention.type === 'person' &&
    mention.rule.includes('surname') &&
    !/^[A-Z]{3}/.test(mention.actor?.code ?? '');
  const dictionaryOrg = mention.type === 'org' && !mention.rule.startsWith('ner.');
  if (isCityTakenForSomeone(candidate, mention)) return reading;
  if ((mention.type === 'person' && !surnameOnly) || dictionaryOrg)
    return { reading: 'name', rule: 'place.actor-mention' };
  return reading;
}

/**
 * A one-word name the statistical tagger took for someone no dictionary knows ("Kharkiv was shelled") that
 * the gazetteer knows as a large city: news names such a city far more often than a person called so.
 */
function isCityTakenForSomeone(candidate: Candidate, mention: Mention): boolean {
  return (
    mention.type === 'person' &&
    mention.rule.startsWith('ner.') &&
    !mention.actor?.code &&
    candidate.tokenEnd - candidate.tokenStart === 1 &&
    candidate.entries.some((x) => x.kind === 'city' && x.population >= LARGE_CITY_POPULATION)
  );
}

/** The `places` stage: every toponym used as a place, resolved to a gazetteer entry. */
export function extractPlaces(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  gaz: Gazetteer,
  mentions: readonly Mention[] = [],
): Place[] {
  const { toponyms, focus } = findToponyms(tokens, sentences, gaz, mentions);
  const places = toponyms.filter((t) => t.reading.reading === 'place');
  const resolutions = resolveToponyms(places, focus);
  return places.map((t, idx) => {
    const { entry, confidence, rule } = resolutions[idx]!;
    const span = { start: tokens[t.tokenStart]!.span.start, end: tokens[t.tokenEnd - 1]!.span.end };
    return {
      sentence: t.sentence,
      span,
      rule: `${t.reading.rule}+${rule}`,
      // A country or state that only opens an organisation's name locates it loosely.
      confidence:
        t.reading.rule === 'place.name-modifier' ? Number((confidence * 0.6).toFixed(3)) : confidence,
      text: text.slice(span.start, span.end),
      name: entry.name,
      country: entry.country,
      lat: entry.lat,
      lon: entry.lon,
      gazetteerId: entry.id,
    };
  });
}
