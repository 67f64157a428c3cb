import type { GazetteerEntry } from '../../knowledge/gazetteer.js';
import { distanceKm } from './distance.js';

/** A place name in the article, with the gazetteer entries its name could mean. */
export interface Toponym {
  readonly key: string;
  readonly entries: readonly GazetteerEntry[];
  /** A region or country written right after it ("Alexandria, La."), which settles the reading. */
  readonly qualifier?: GazetteerEntry;
  /** Countries its sentence describes a place as in ("the north Lebanese port", "Lebanon's second city"). */
  readonly sentenceCountries?: readonly string[];
}

export interface Resolution {
  readonly entry: GazetteerEntry;
  readonly confidence: number;
  readonly rule: string;
}

/** Which countries and first-level regions an article is about, with weights (mentions). */
export interface ArticleFocus {
  readonly countries: Map<string, number>;
  readonly admins: Map<string, number>;
  /** The first-level region that dominates the article, when one does (local news). */
  local?: string;
  /** What each name itself added to `countries`, so a name is not its own evidence ("Palestine", Texas). */
  readonly own: Map<string, { readonly country: string; weight: number }>;
}

export function emptyFocus(): ArticleFocus {
  return { countries: new Map(), admins: new Map(), own: new Map() };
}

/** Marks the dominant region: at least half of all region mentions (towns and counties count for theirs). */
export function settleLocalFocus(focus: ArticleFocus): void {
  let total = 0;
  let best: string | undefined;
  let bestWeight = 0;
  for (const [key, weight] of focus.admins) {
    total += weight;
    if (weight > bestWeight) {
      bestWeight = weight;
      best = key;
    }
  }
  if (best !== undefined && bestWeight >= 1 && bestWeight >= total / 2) focus.local = best;
  else delete focus.local;
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Adds what the unambiguous names tell about the article's countries and regions. */
export function addToponymFocus(focus: ArticleFocus, toponyms: readonly Toponym[]): void {
  for (const t of toponyms) {
    if (t.qualifier) {
      bump(focus.countries, t.qualifier.country, 1);
      if (t.qualifier.kind === 'region') bump(focus.admins, `${t.qualifier.country}:${t.qualifier.admin}`, 2);
    }
    // A single entry, or the one country or region among towns named after it ("US", "Ukraine").
    const large = t.entries.filter((x) => x.kind === 'country' || x.kind === 'region');
    if (t.entries.length === 1 || large.length === 1) {
      const entry = t.entries.length === 1 ? t.entries[0]! : large[0]!;
      if (entry.kind === 'continent' || entry.country === '') continue;
      const weight = entry.kind === 'city' ? 0.5 : 1;
      bump(focus.countries, entry.country, weight);
      const own = focus.own.get(t.key);
      if (own && own.country === entry.country) own.weight += weight;
      else if (!own) focus.own.set(t.key, { country: entry.country, weight });
      if (entry.kind === 'region' || entry.kind === 'city' || entry.kind === 'county')
        bump(focus.admins, `${entry.country}:${entry.admin}`, 1);
    }
  }
}

/** How likely an entry is before reading the article: big places and capitals are named more often. */
function prior(entry: GazetteerEntry): number {
  const size = Math.log10(entry.population + 10);
  switch (entry.kind) {
    case 'country':
      return 14 + size;
    case 'continent':
      return 19;
    case 'region':
      return 11 + size;
    case 'county':
      return 9;
    default:
      return size + (entry.capital ? 2.5 : entry.seat ? 1 : 0);
  }
}

/** What a country named as a place's in the toponym's own sentence adds to a town there. */
const DESCRIBED_COUNTRY = 3;

function score(entry: GazetteerEntry, t: Toponym, focus: ArticleFocus, total: number): number {
  let s = prior(entry);
  const own = focus.own.get(t.key);
  const countryWeight =
    (focus.countries.get(entry.country) ?? 0) - (own && own.country === entry.country ? own.weight : 0);
  const large = (entry.kind === 'country' || entry.kind === 'region') && entry.country !== '';
  if (countryWeight > 0) s += 0.5 + (1.5 * countryWeight) / total;
  // A country or region the article otherwise never names is unlikely ("Jordan", Minnesota; "Lebanon",
  // Indiana), and more so in local news about a region elsewhere.
  else if (large && focus.local !== undefined && !focus.local.startsWith(`${entry.country}:`)) s -= 8;
  else if (large && total >= 3) s -= 2;
  if (isPoint(entry)) {
    const adminKey = `${entry.country}:${entry.admin}`;
    const adminWeight = focus.admins.get(adminKey) ?? 0;
    if (adminWeight > 0) s += 1.5 + 0.5 * Math.min(adminWeight, 3);
    // Local news: most of the article's regions are one, and a town there beats a namesake abroad.
    if (adminKey === focus.local) s += 3;
  }
  // A description in the name's own sentence ("the north Lebanese port") outweighs the article's mentions.
  if (isPoint(entry) && t.sentenceCountries?.includes(entry.country)) s += DESCRIBED_COUNTRY;
  if (t.qualifier) {
    const q = t.qualifier;
    const fits = entry.country === q.country && (q.kind !== 'region' || entry.admin === q.admin);
    s += fits ? 40 : -40;
  }
  return s;
}

/** Places small enough that being near another of the article's places says something. */
function isPoint(entry: GazetteerEntry): boolean {
  return entry.kind === 'city' || entry.kind === 'area' || entry.kind === 'county';
}

function closeness(a: GazetteerEntry, b: GazetteerEntry): number {
  const d = distanceKm(a.lat, a.lon, b.lat, b.lon);
  // A town and a county it lies in are named together in local news ("Paris" and "Henry County").
  if (d < 50 && (a.kind === 'county' || b.kind === 'county')) return 5;
  return d < 50 ? 3 : d < 150 ? 2 : d < 400 ? 0.75 : 0;
}

interface Scored {
  readonly entry: GazetteerEntry;
  readonly base: number;
}

/** Readings considered per name, and readings of the other names that may lend support. */
const SHORTLIST = 30;
const PARTNERS = 12;
const MAX_SUPPORT = 8;

/**
 * Resolves every toponym of an article, one reading per name (a town named twice is the same town). Each
 * reading scores its prior (size, capital), the article's countries and regions, a "Town, State" qualifier,
 * and support from the other names: a reading near some plausible reading of another name gains, so "Paris"
 * and "Henry County" in one story settle on Paris, Tennessee, and its county together.
 */
export function resolveToponyms(toponyms: readonly Toponym[], focus: ArticleFocus): Resolution[] {
  settleLocalFocus(focus);
  let total = 0;
  for (const w of focus.countries.values()) total += w;
  total = Math.max(total, 1);
  const byKey = new Map<string, Toponym>();
  const near = new Map<string, Set<string>>();
  for (const t of toponyms) {
    const known = byKey.get(t.key);
    if (!known || (!known.qualifier && t.qualifier)) byKey.set(t.key, t);
    if (t.sentenceCountries && t.sentenceCountries.length > 0) {
      const set = near.get(t.key) ?? new Set<string>();
      for (const c of t.sentenceCountries) set.add(c);
      near.set(t.key, set);
    }
  }
  // One reading per name: every sentence it stands in lends its demonyms.
  for (const [key, set] of near) byKey.set(key, { ...byKey.get(key)!, sentenceCountries: [...set] });
  const lists = new Map<string, Scored[]>();
  for (const [key, t] of byKey) {
    const scored = t.entries.map((entry) => ({ entry, base: score(entry, t, focus, total) }));
    scored.sort((a, b) => b.base - a.base);
    lists.set(key, scored.slice(0, SHORTLIST));
  }
  const final = new Map<string, Resolution>();
  for (const [key, list] of lists) {
    let best = list[0]!;
    let bestScore = Number.NEGATIVE_INFINITY;
    let second = Number.NEGATIVE_INFINITY;
    for (const candidate of list) {
      let support = 0;
      const entry = candidate.entry;
      if (list.length > 1 && isPoint(entry)) {
        for (const [other, partners] of lists) {
          if (other === key) continue;
          // A partner reading counts as much as it is plausible next to its name's best reading.
          const top = partners[0]!.base;
          let close = 0;
          for (let p = 0; p < partners.length && p < PARTNERS; p++) {
            const partner = partners[p]!;
            if (!isPoint(partner.entry)) continue;
            const weight = 1 / (1 + top - partner.base);
            close = Math.max(close, weight * closeness(entry, partner.entry));
          }
          support += close;
        }
      } else if (list.length > 1 && entry.kind === 'region' && entry.country !== '') {
        // A region gains from the article's towns that may lie in it ("Atlanta", "Savannah" → Georgia, US).
        for (const [other, partners] of lists) {
          if (other === key) continue;
          for (let p = 0; p < partners.length && p < PARTNERS; p++) {
            const partner = partners[p]!.entry;
            if (isPoint(partner) && partner.country === entry.country && partner.admin === entry.admin) {
              support += 2;
              break;
            }
          }
        }
      }
      const s = candidate.base + Math.min(support, MAX_SUPPORT);
      if (s > bestScore) {
        second = bestScore;
        bestScore = s;
        best = candidate;
      } else if (s > second) second = s;
    }
    const t = byKey.get(key)!;
    const margin = bestScore - second;
    const rule =
      t.entries.length === 1 ? 'place.only-entry' : t.qualifier ? 'place.qualified' : 'place.disambiguated';
    const confidence = t.entries.length === 1 ? 0.9 : Math.min(0.9, 0.5 + 0.4 * (1 - Math.exp(-margin / 2)));
    final.set(key, { entry: best.entry, confidence: Number(confidence.toFixed(3)), rule });
  }
  return toponyms.map((t) => final.get(t.key)!);
}
