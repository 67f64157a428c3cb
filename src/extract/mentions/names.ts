import type { Token } from '../../core/records.js';
import { entities, type NerModel } from '../ner/model.js';
import { entriesOf, firstOfKind, lexiconAt } from './lexicon-scan.js';
import type { MentionScan } from './scan.js';
import { isCapitalised } from './token-shape.js';
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
  const { k, tokens, norms } = scan;
  const text = tokens
    .slice(name.start, name.end)
    .map((t) => t.text)
    .join(' ');
  if (name.type === 'PER') {
    scan.emit(name.start, name.end, sentence, 'person', { kind: 'unknown-person', name: text }, 'ner.person');
    return;
  }
  // What the name's own words say: "Bank of England" is British business, "Azov Regiment" military.
  let iso3: string | undefined;
  let sector: string | undefined;
  for (let i = name.start; i < name.end; i++) {
    const hit = lexiconAt(k, tokens, norms, i, name.end)[0];
    iso3 ??= (entriesOf(hit, 'country')[0] ?? entriesOf(hit, 'demonym')[0])?.iso3;
    sector = entriesOf(hit, 'agent')[0]?.sector ?? sector;
  }
  const cue: Cue = { kind: 'unknown-org', name: text, ...(iso3 && { iso3 }), ...(sector && { sector }) };
  scan.emit(name.start, name.end, sentence, 'org', cue, 'ner.organisation');
}

/**
 * A known person's full name ending an organisation the tagger found, alone or before a list's next item
 * ("Head of the Office of the President of Ukraine Andriy Yermak", "Minister of Economy of Ukraine Yulia
 * Svyrydenko and …"): the words before the name are the person's office, so the whole span is the person,
 * titled. A name that goes on with more capitalised words ("the Bill Clinton Foundation") is part of the
 * organisation. Returns the position after the name, or undefined.
 */
export function emitTitledPerson(scan: MentionScan, name: NameSpan, sentence: number): number | undefined {
  if (name.type !== 'ORG') return undefined;
  const { k, tokens, norms } = scan;
  for (let i = name.start + 1; i < name.end - 1; i++) {
    if (!isCapitalised(tokens[i]!)) continue;
    const hit = firstOfKind(lexiconAt(k, tokens, norms, i, name.end), ['person']);
    const person = entriesOf(hit, 'person')[0];
    if (!hit || !person || hit.end - i < 2) continue;
    const after = tokens[hit.end];
    if (hit.end !== name.end && (after === undefined || isCapitalised(after))) continue;
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
