// Whether a verb pattern's object words name an object phrase: framing heads, titles, measures, amounts.
import type { EventPattern } from '../../knowledge/cameo/patterns.js';
import type { Parsed } from './arguments.js';
import type { Phrase } from './phrases.js';
import { matchWords, type Pieces } from './pieces.js';
import { COUNTING_HEADS, FRAME_HEADS } from './words.js';

function objectMatches(
  pieces: Pieces,
  words: readonly string[],
  phrase: Phrase,
  view: Parsed['view'],
): boolean {
  const { norm, pos } = view;
  const hasOf = words.includes('of');
  const framed = FRAME_HEADS.has(norm[phrase.head]!);
  for (let s = phrase.start; s <= phrase.head; s++) {
    const end = matchWords(pieces, words, s);
    if (end === phrase.head + 1 || (hasOf && s === phrase.head && end > 0)) return true;
    if (framed && end === phrase.head && end > s) return true;
    // "host EXPO 2030", "the Olympics 2024": a year or an edition number after the name of an event
    if (end === phrase.head && end > s && pos[phrase.head] === 'NUM') return true;
    // "allowed candidate Alassane Ouattara": the object word is a title before the name that heads the phrase
    if (end > s && end <= phrase.head && pos[end - 1] === 'NOUN' && isName(pos, end, phrase.head))
      return true;
  }
  return false;
}

function isName(pos: readonly string[], from: number, head: number): boolean {
  for (let k = from; k <= head; k++) if (pos[k] !== 'PROPN') return false;
  return true;
}

/**
 * Where an object ends once the of-phrase after it ("thousands of refugees") or an apposition between
 * commas ("the UN refugee agency, UNHCR,") is added; -1 when it has neither.
 */
export function objectTail(parsed: Parsed, object: Phrase): number {
  const end = groupEnd(parsed, object);
  const next = parsed.phrases[object.group[object.group.length - 1]! + 1];
  if (!next) return -1;
  if (next.prep === 'of' && next.start === end + 1) return groupEnd(parsed, next);
  const { norm } = parsed.view;
  if (norm[end] === ',' && next.prep === undefined && next.start === end + 1 && norm[next.end] === ',')
    return next.end + 1;
  return -1;
}

/** The end of a phrase and the phrases coordinated after it. */
export function groupEnd(parsed: Parsed, phrase: Phrase): number {
  return parsed.phrases[phrase.group[phrase.group.length - 1]!]!.end;
}

/** Heads that stand for an amount or a delivery of the thing named in their of-phrase. */
const MEASURE_HEADS = new Set([
  'ton',
  'tons',
  'tonne',
  'tonnes',
  // "22 billion cubic metres of gas", "a million barrels of oil"
  'metre',
  'metres',
  'meter',
  'meters',
  'barrel',
  'barrels',
  'dollar',
  'dollars',
  'million',
  'billion',
  'amount',
  'package',
  'delivery',
  'deliveries',
  'shipment',
  'shipments',
  'supply',
  'supplies',
  'batch',
  'consignment',
  'worth',
  'kind',
  'type',
  'set',
  'round',
  'series',
  'wave',
  'number',
  'lot',
  'plenty',
  'euros',
  'pounds',
  'kg',
  'cargo',
  'convoy',
  'days',
  'weeks',
  'hours',
  'months',
  // a part, or a body sent or received: "part of its aid", "a team of inspectors", "a mission of observers"
  'part',
  'portion',
  'share',
  'fraction',
  'team',
  'teams',
  'mission',
  'missions',
  'group',
  'contingent',
  'delegation',
  // a coming in or back of the people named: "allow the return of U.N. inspectors"
  'return',
  'entry',
  'arrival',
  'deployment',
]);

/** Amounts of money, which name what they pay for in an in-phrase: "$500 million in military aid". */
const MONEY_HEADS = new Set([
  'dollar',
  'dollars',
  'million',
  'billion',
  'euros',
  'pounds',
  'yen',
  'trillion',
]);

/**
 * Whether a head and the preposition after it measure out or count a thing ("tons of", "$5 million in",
 * "thousands of").
 */
export function amountOf(head: string, prep: string | undefined): boolean {
  return (
    (prep === 'of' && (MEASURE_HEADS.has(head) || COUNTING_HEADS.has(head))) ||
    (prep === 'in' && MONEY_HEADS.has(head))
  );
}

/**
 * The phrase the object words name: the slot, or its of-phrase after a measure or a count ("tons of food
 * aid", "thousands of troops"), or its in-phrase after an amount of money ("500 million euros in aid").
 */
export function objectSlot(
  parsed: Parsed,
  pieces: Pieces,
  words: readonly string[],
  slot: Phrase,
): Phrase | undefined {
  if (objectMatches(pieces, words, slot, parsed.view)) return slot;
  // "provided aerial photographs and other military intelligence": any of coordinated objects may be it
  if (slot.group[0] === slot.index)
    for (const g of slot.group) {
      const member = parsed.phrases[g]!;
      if (g !== slot.index && objectMatches(pieces, words, member, parsed.view)) return member;
    }
  // ("tens of thousands of troops": a count of a count)
  for (
    let amount = slot, next = parsed.phrases[slot.index + 1];
    next;
    next = parsed.phrases[next.index + 1]
  ) {
    if (next.start !== amount.end + 1 || !amountOf(parsed.view.norm[amount.head]!, next.prep))
      return undefined;
    if (objectMatches(pieces, words, next, parsed.view)) return next;
    amount = next;
  }
  return undefined;
}

/**
 * The phrase a row's object names: its own object words, or any of the other objects it accepts (the
 * armed-force nouns of a force-posture row: "massed battalions", "moved tanks").
 */
export function rowObjectSlot(
  parsed: Parsed,
  pieces: Pieces,
  row: EventPattern,
  slot: Phrase,
): Phrase | undefined {
  const own = objectSlot(parsed, pieces, row.object, slot);
  if (own || !row.objects) return own;
  for (const words of row.objects) {
    const found = objectSlot(parsed, pieces, words, slot);
    // ("gathered the forces of nature": forces the actors stage found to be no army)
    if (found && (words[0] !== 'force' || parsed.view.actorAt[found.head]! >= 0)) return found;
  }
  return undefined;
}
