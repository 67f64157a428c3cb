import type { TenureRecord } from '../actors/schema.js';
import type { PhoenixCode } from './phoenix-syntax.js';

/** The first day of an office open to the past: Phoenix's `<date` and undated codes have no start. */
export const OPEN_START = '0001-01-01';

function shiftDay(day: string, by: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10).padStart(10, '0');
}

/** The day before a YYYY-MM-DD day. */
export function dayBefore(day: string): string {
  return shiftDay(day, -1);
}

interface Span {
  readonly from: string;
  readonly to: string | null;
}

/**
 * The days no dated code covers, as spans: Phoenix applies an entry's undated code on exactly those days
 * ("[RUSELI]" after Putin's dated offices means "elite whenever not in office").
 */
export function uncoveredSpans(dated: readonly PhoenixCode[]): Span[] {
  const spans = dated
    .map((c) => ({ from: c.from ?? OPEN_START, to: c.to ?? null }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const gaps: Span[] = [];
  let cursor: string | null = OPEN_START; // first day not yet covered; null when covered to the end
  for (const s of spans) {
    if (cursor === null) break;
    if (s.from > cursor) gaps.push({ from: cursor, to: shiftDay(s.from, -1) });
    if (s.to === null) cursor = null;
    else {
      const next = shiftDay(s.to, 1);
      if (next > cursor) cursor = next;
    }
  }
  if (cursor !== null) gaps.push({ from: cursor, to: null });
  return gaps;
}

/** Words that mark a phrase as an organisation or an office, not a person's name. */
const INSTITUTION_WORDS = new Set(
  (
    'ARMY FORCES FORCE COUNCIL PARTY MINISTRY DEPARTMENT AGENCY OFFICE COMMITTEE ORGANIZATION ORGANISATION ' +
    'ASSOCIATION UNION FRONT MOVEMENT BRIGADE BRIGADES BATTALION BATTALIONS COMMAND GROUP GROUPS NATIONAL ' +
    'INTERNATIONAL UNITED FEDERAL GOVERNMENT COURT BANK FUND INC CORP CORPORATION COMPANY LTD FOUNDATION ' +
    'INSTITUTE CENTER CENTRE SOCIETY NETWORK ALLIANCE LEAGUE COMMISSION FEDERATION TRUST PROGRAM PROGRAMME ' +
    'PROJECT SERVICE SERVICES CHURCH CATHOLIC MISSION RELIEF AID WATCH RIGHTS COALITION ASSEMBLY FELLOWSHIP ' +
    'PARTNERSHIP CHAMBER SOLIDARITY MONITOR STATES JIHAD REPUBLIC OF THE FOR AND'
  ).split(' '),
);

/** First words that begin names of groups as often as names of people. */
const NOT_GIVEN_NAMES = new Set(['THE', 'AL', 'EL', 'ABU']);

/**
 * Given names, learnt from the entries the dictionaries mark as leader lists (`# CountryInfo.txt`,
 * `# IGOrulers.txt`): the first word of each such person's name, when at least two people have it.
 */
export function givenNamesOf(roots: readonly { words: readonly string[]; comments: readonly string[] }[]) {
  const counts = new Map<string, number>();
  for (const r of roots) {
    if (r.words.length < 2 || !r.comments.some((c) => /CountryInfo|IGOrulers/.test(c))) continue;
    const first = r.words[0]!;
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return new Set([...counts].filter(([w, n]) => n >= 2 && !NOT_GIVEN_NAMES.has(w)).map(([w]) => w));
}

/**
 * Does an undated entry name a person? The dictionaries do not say; a name of two to four words that starts
 * with a known given name and has no institution word is read as one ("RALPH FIENNES", not "MARIE STOPES
 * INTERNATIONAL"). Dated entries are always people: only people have offices with dates.
 */
export function looksLikePerson(words: readonly string[], givenNames: ReadonlySet<string>): boolean {
  if (words.length < 2 || words.length > 4 || !givenNames.has(words[0]!)) return false;
  return !words.some((w) => INSTITUTION_WORDS.has(w.replace(/[^A-Z]/g, '')));
}

/** Same office, same dates. */
export function tenureKey(t: TenureRecord): string {
  return `${t.role}|${t.of}|${t.from}|${t.to ?? ''}`;
}
