import type { LexEntry } from '../../knowledge/actors/types.js';
import { entriesOf, firstOfKind, lexiconAt } from './lexicon-scan.js';
import type { MentionScan } from './scan.js';

const MODIFIER_KINDS: readonly LexEntry['kind'][] = ['demonym', 'country', 'org', 'metonym'];
/** Kinds of entry that head a nominal phrase: an office, an agent noun, a title before a name. */
export const HEAD_KINDS: readonly LexEntry['kind'][] = ['role', 'agent', 'title'];

/** A country or organisation modifying a head noun: "Russian" in "Russian troops", "NATO" in "NATO forces". */
export interface Modifier {
  readonly start: number;
  readonly end: number;
  readonly iso3?: string;
  readonly orgId?: string;
  readonly affiliation?: string;
  /** The word is the country's name or a metonym ("Russia", "Moscow"), not its adjective ("Russian"). */
  readonly name?: boolean;
}

/** The country or organisation word (or "pro-" and a country) modifying a head noun at token `i`. */
export function modifierAt(scan: MentionScan, i: number, end: number): Modifier | undefined {
  const { k, tokens, norms } = scan;
  const hits = lexiconAt(k, tokens, norms, i, end);
  const longest = hits[0];
  // A longer phrase that is itself a role or agent ("Kremlin spokesman") is a head, not a modifier.
  if (
    !longest ||
    longest.values.some((v) => HEAD_KINDS.includes(v.entry.kind) || v.entry.kind === 'person')
  ) {
    const norm = norms[i];
    if (norm?.startsWith('pro-')) {
      const side = lexiconAt(k, tokens, [norm.slice(4)], 0, 1);
      const demonym = entriesOf(side[0], 'demonym')[0] ?? entriesOf(side[0], 'country')[0];
      if (demonym) return { start: i, end: i + 1, affiliation: demonym.iso3 };
    }
    return undefined;
  }
  const hit = firstOfKind(hits, MODIFIER_KINDS);
  if (!hit) return undefined;
  const org = entriesOf(hit, 'org')[0];
  // "UN-backed government", "Al-Qaeda-linked militants": a body the group is tied to, which is not the group
  if (org && isSidingParticiple(scan, hit.end)) return { start: i, end: hit.end + 2 };
  if (org) return { start: i, end: hit.end, orgId: org.id };
  const place = entriesOf(hit, 'demonym')[0] ?? entriesOf(hit, 'country')[0] ?? entriesOf(hit, 'metonym')[0];
  if (!place) return undefined;
  // "Kremlin-backed separatists", "Iran-sponsored militias": a country the group sides with, not its own
  if (isSidingParticiple(scan, hit.end)) return { start: i, end: hit.end + 2, affiliation: place.iso3 };
  const name = entriesOf(hit, 'demonym').length === 0;
  return { start: i, end: hit.end, iso3: place.iso3, ...(name && { name }) };
}

/** Participles that, joined to a country or a body by a hyphen, say whom a group sides with ("Russian-backed"). */
const SIDING_PARTICIPLES = new Set([
  'backed',
  'supported',
  'sponsored',
  'funded',
  'financed',
  'armed',
  'trained',
  'allied',
  'aligned',
  'leaning',
  'linked',
  'affiliated',
  'inspired',
]);

/** Whether a hyphen and a siding participle follow at token `t`, written as one word ("Moscow-backed"). */
function isSidingParticiple(scan: MentionScan, t: number): boolean {
  const { tokens, norms } = scan;
  return (
    tokens[t]?.text === '-' &&
    tokens[t]!.space === '' &&
    tokens[t + 1]?.space === '' &&
    SIDING_PARTICIPLES.has(norms[t + 1]!)
  );
}

/** The position after the description modifiers ("senior", "top") starting at `i`. */
export function skipModifiers(scan: MentionScan, i: number, end: number): number {
  while (i < end && scan.k.descriptionModifiers.has(scan.norms[i]!)) i++;
  return i;
}
