import type { Token } from '../../core/records.js';
import { entities, type NerModel } from '../ner/model.js';
import { DOCUMENT_HEADS } from './document-names.js';
import { entriesOf, type LexHit, lexiconAt } from './lexicon-scan.js';
import type { MentionScan } from './scan.js';
import type { Cue, NameSpan } from './types.js';

/**
 * People and organisations by the statistical tagger, over the whole article at once (it reads other mentions
 * of a name as evidence). Places are the places stage's business, and MISC names no actor.
 */
export function tagNames(ner: NerModel, tokens: readonly Token[]): NameSpan[] {
  const starts = tokens.map((t, i) => i === 0 || tokens[i - 1]!.sentence !== t.sentence);
  const tags = ner.tag(
    tokens.map((t) => t.text),
    starts,
  );
  const names: NameSpan[] = [];
  for (const span of entities(tags)) {
    if (span.type === 'PER' || span.type === 'ORG')
      names.push({ start: span.start, end: span.end, type: span.type });
  }
  return names;
}

/** A person or organisation the statistical tagger found and the dictionaries do not know. */
export function emitTaggedName(scan: MentionScan, name: NameSpan, sentence: number): void {
  const { tokens } = scan;
  const text = tokens
    .slice(name.start, name.end)
    .map((t) => t.text)
    .join(' ');
  if (name.type === 'PER') {
    scan.emit(name.start, name.end, sentence, 'person', { kind: 'unknown-person', name: text }, 'ner.person');
    return;
  }
  if (isDocumentName(scan, name) || isDayName(scan, name)) return;
  // What the name's own words say: "Bank of England" is British business, "Azov Regiment" military.
  const { iso3, sector } = spanCountryAndSector(scan, name.start, name.end);
  const cue: Cue = { kind: 'unknown-org', name: text, ...(iso3 && { iso3 }), ...(sector && { sector }) };
  scan.emit(name.start, name.end, sentence, 'org', cue, 'ner.organisation');
}

/** "Treaty of Friendship, Cooperation and Mutual Assistance": a name the tagger took for a body names a text. */
function isDocumentName(scan: MentionScan, name: NameSpan): boolean {
  const first = scan.norms[name.start] === 'the' ? name.start + 1 : name.start;
  return first < name.end && DOCUMENT_HEADS.has(scan.norms[first]!);
}

/** "International Children's Day", "Victory Day": a name the tagger took for a body names a holiday. */
function isDayName(scan: MentionScan, name: NameSpan): boolean {
  return name.end - name.start > 1 && scan.norms[name.end - 1] === 'day';
}

/**
 * What the words of tokens [start, end) say of whom they name: the first country they name (with
 * `stateBodies`, also through a state body: "Federation Council" → RUS), and the last sector an agent word
 * gives.
 */
export function spanCountryAndSector(
  scan: MentionScan,
  start: number,
  end: number,
  stateBodies = false,
): { iso3: string | undefined; sector: string | undefined } {
  const { k, tokens, norms } = scan;
  let iso3: string | undefined;
  let sector: string | undefined;
  for (let i = start; i < end; i++) {
    const hit = lexiconAt(k, tokens, norms, i, end)[0];
    iso3 ??=
      (entriesOf(hit, 'country')[0] ?? entriesOf(hit, 'demonym')[0])?.iso3 ??
      (stateBodies ? stateBodyCountry(scan, hit) : undefined);
    sector = entriesOf(hit, 'agent')[0]?.sector ?? sector;
  }
  return { iso3, sector };
}

/** The country of a state body a dictionary phrase names ("Federation Council" → RUS). */
function stateBodyCountry(scan: MentionScan, hit: LexHit | undefined): string | undefined {
  const org = entriesOf(hit, 'org')[0];
  const body = org && scan.k.organisations.get(org.id);
  const country = body?.code.slice(0, 3);
  return body?.kind === 'state' && country && scan.k.countries.has(country) ? country : undefined;
}
