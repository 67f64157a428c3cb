import type { Token } from '../../core/records.js';
import type { LexEntry } from '../../knowledge/actors/types.js';
import { WEEKDAYS } from '../times/lexicon.js';
import { entriesOf, firstOfKind, lexiconAt } from './lexicon-scan.js';
import type { MentionScan } from './scan.js';
import { inOfficeNear } from './tenure.js';
import { hasCapital, isCapitalised, spanText } from './token-shape.js';

/** Tags a name typed in lower case gets. */
const NAME_POS = new Set(['NOUN', 'PROPN']);

/**
 * A person's name right after a title or role: known full name, known surname, or capitalised words.
 * Returns the position after the name, or undefined when none starts at `p`.
 */
export function nameAfterTitle(
  scan: MentionScan,
  p: number,
  end: number,
  sentence: number,
  title?: Extract<LexEntry, { kind: 'title' }>,
): number | undefined {
  const { k, tokens, norms, date } = scan;
  if (p >= end) return undefined;
  // A known name right after a title may be typed in lower case ("President obama"), even one that is also
  // a word ("President bush") when the title has its capital and the word modifies no noun after it
  // ("executive power plants"); an unknown name may not, and a verb ("the president will") is no name.
  const capitalised = isCapitalised(tokens[p]!);
  if (!capitalised && !NAME_POS.has(tokens[p]!.pos)) return undefined;
  const lowerWords =
    !capitalised && p > 0 && hasCapital(tokens[p - 1]!) && !NAME_POS.has(tokens[p + 1]?.pos ?? '');
  const hits = lexiconAt(k, tokens, norms, p, end, lowerWords);
  const person = firstOfKind(hits, ['person']);
  if (person) {
    scan.emit(
      p,
      person.end,
      sentence,
      'person',
      {
        kind: 'person',
        id: entriesOf(person, 'person')[0]!.id,
        ...(title?.sector && { titleSector: title.sector }),
      },
      'kb.person.name',
    );
    return person.end;
  }
  const surname = firstOfKind(hits, ['surname']);
  const ids = entriesOf(surname, 'surname').map((e) => e.id);
  // "Secretary of State Warren Christopher": a surname with a capitalised name after it is a given name
  const givenName = surname !== undefined && surname.end < end && isNameWord(tokens[surname.end]!);
  if (
    surname &&
    !givenName &&
    !k.notNames.has(norms[p]!) &&
    (capitalised || ids.some((id) => inOfficeNear(k, id, date)))
  ) {
    scan.emit(p, surname.end, sentence, 'person', { kind: 'surname', ids }, 'kb.person.surname-after-title');
    return surname.end;
  }
  if (!capitalised) return undefined;
  if (firstOfKind(hits, ['country', 'org', 'metonym', 'demonym', 'role', 'agent'])) return undefined;
  let q = p;
  while (q < end && q - p < 4 && isNameWord(tokens[q]!)) {
    q++;
    // a hyphenated surname ("Boutros-Ghali") is one name: take the hyphen and the part after it
    const hyphen = tokens[q];
    const rest = tokens[q + 1];
    if (
      q + 1 < end &&
      hyphen?.text === '-' &&
      hyphen.space === '' &&
      rest?.space === '' &&
      isCapitalised(rest) &&
      rest.pos === 'PROPN'
    )
      q++;
  }
  if (q === p || officeBeforeOf(scan, p, q)) return undefined;
  const name = spanText(tokens, p, q);
  scan.emit(
    p,
    q,
    sentence,
    'person',
    {
      kind: 'unknown-person',
      name,
      ...(title?.gender && { gender: title.gender }),
      ...(title?.sector && { sector: title.sector }),
    },
    'pattern.title-name',
  );
  return q;
}

/**
 * A lone unknown capitalised word right before "of" is an office or a thing, not a person's name: "Deputy
 * Head of the Office", "Acting Director of the Department", "the Republic of".
 */
export function officeBeforeOf(scan: MentionScan, start: number, end: number): boolean {
  return end - start === 1 && scan.norms[end] === 'of';
}

/**
 * A capitalised proper noun that names no weekday ("President Bush Tuesday said"): a word that goes on a
 * person's name. (Short forms are left to names: "Jan", "Sat".)
 */
function isNameWord(token: Token): boolean {
  if (!isCapitalised(token) || token.pos !== 'PROPN') return false;
  return token.norm.length <= 3 || !WEEKDAYS.has(token.norm);
}
