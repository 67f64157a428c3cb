import type { MentionScan } from './scan.js';
import { isCapitalised } from './token-shape.js';

/** US party words after a place: "an Idaho Republican", "the Texas Democrats". */
const PARTY_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['Republican', false],
  ['Democrat', false],
  ['Republicans', true],
  ['Democrats', true],
]);

/** Longest place name read before the party word ("New Hampshire", "North Carolina", "District of Columbia"). */
const MAX_PLACE_WORDS = 3;

/** Tags of a word that makes the party word a modifier ("Ohio Republican Sen. Rob Portman", "Texas Democrat lawmakers"). */
const HEAD_AFTER = new Set(['NOUN', 'PROPN']);

/**
 * "An Idaho Republican", "the Ohio Republican", "a Brooklyn Democrat", "Texas Democrats": US usage names a
 * member of a party by the state or town they come from, so the place is no place of the action and the two
 * words no one's name; it is a party member (`USAPTY`). Only a town or region the gazetteer files under the
 * United States, and only when no noun follows (then the label describes a titled person or an agent word
 * the other steps read). After a name and a comma it is that person's description and names no one
 * else. Returns the position after the label, or undefined when none starts at `t`.
 */
export function partyLabelAt(
  scan: MentionScan,
  t: number,
  end: number,
  sentence: number,
): number | undefined {
  const { tokens } = scan;
  // a town's name, not a capitalised word that some town shares ("Many Democrats": Many, Louisiana)
  if (tokens[t]!.pos !== 'PROPN' || !isCapitalised(tokens[t]!)) return undefined;
  for (let p = t + 1; p < end && p <= t + MAX_PLACE_WORDS; p++) {
    const plural = PARTY_WORDS.get(tokens[p]!.text);
    if (plural === undefined) {
      if (tokens[p]!.pos !== 'PROPN' && tokens[p]!.norm !== 'of') return undefined;
      continue;
    }
    const next = tokens[p + 1];
    if (next !== undefined && next.sentence === tokens[p]!.sentence && HEAD_AFTER.has(next.pos))
      return undefined;
    const place = tokens
      .slice(t, p)
      .map((x) => x.text)
      .join(' ');
    if (scan.townCountry(place) !== 'USA') return undefined;
    const name = `${place} ${tokens[p]!.text}`;
    // "Rep. Jane Doe, a Texas Democrat, said": the label describes the person just named, who stays the actor
    if (describesNamedPerson(scan, t)) return p + 1;
    if (plural) scan.emit(t, p + 1, sentence, 'agent', { kind: 'agent', sector: 'PTY', iso3: 'USA' }, RULE);
    else
      scan.emit(
        t,
        p + 1,
        sentence,
        'person',
        { kind: 'unknown-person', name, sector: 'PTY', of: 'USA' },
        RULE,
      );
    return p + 1;
  }
  return undefined;
}

const RULE = 'party.place-label';

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Whether the label at `t` (after an optional article) follows a comma right after a name: the person's
 * ("Rep. Jane Doe, a Texas Democrat,"), whatever the tagger took the name and its title for.
 */
function describesNamedPerson(scan: MentionScan, t: number): boolean {
  const start = ARTICLES.has(scan.norms[t - 1] ?? '') ? t - 1 : t;
  return scan.tokens[start - 1]?.text === ',' && scan.tokens[start - 2]?.pos === 'PROPN';
}
