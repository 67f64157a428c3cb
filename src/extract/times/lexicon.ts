// The words time expressions are built from, keyed by token norm (lower case, as wink writes it).

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...(
    [
      ['january', 'jan.', 'jan'],
      ['february', 'feb.', 'feb'],
      ['march', 'mar.'],
      ['april', 'apr.', 'apr'],
      ['may'],
      ['june', 'jun.'],
      ['july', 'jul.'],
      ['august', 'aug.', 'aug'],
      ['september', 'sept.', 'sep.', 'sept'],
      ['october', 'oct.', 'oct'],
      ['november', 'nov.', 'nov'],
      ['december', 'dec.', 'dec'],
    ] as const
  ).flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
]);

/** Month names that are also ordinary words; they count only when capitalised. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'jan', 'dec', 'oct', 'aug']);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
]);

/** Counts that are not numbers: the TIMEX3 value writes them as `X` ("several days" → PXD). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['several', 'few', 'many', 'couple', 'some']);

/** A unit of duration and its TIMEX3 letter; `time` units go after the `T` of the period. */
export interface Unit {
  readonly letter: string;
  readonly time: boolean;
  /** How many of the letter one unit is (a decade is P10Y). */
  readonly scale: number;
}

const UNIT_LIST: readonly (readonly [readonly string[], Unit])[] = [
  [['second', 'seconds'], { letter: 'S', time: true, scale: 1 }],
  [['minute', 'minutes'], { letter: 'M', time: true, scale: 1 }],
  [['hour', 'hours'], { letter: 'H', time: true, scale: 1 }],
  [['day', 'days'], { letter: 'D', time: false, scale: 1 }],
  [['week', 'weeks'], { letter: 'W', time: false, scale: 1 }],
  [['month', 'months'], { letter: 'M', time: false, scale: 1 }],
  [['year', 'years'], { letter: 'Y', time: false, scale: 1 }],
  [['decade', 'decades'], { letter: 'Y', time: false, scale: 10 }],
  [['century', 'centuries'], { letter: 'Y', time: false, scale: 100 }],
];

export const UNITS: ReadonlyMap<string, Unit> = new Map(
  UNIT_LIST.flatMap(([names, unit]) => names.map((name) => [name, unit] as const)),
);

export const PLURAL_UNITS: ReadonlySet<string> = new Set(UNIT_LIST.flatMap(([names]) => names.slice(1)));

export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
]);

export const SEASONS: ReadonlyMap<string, 'SP' | 'SU' | 'FA' | 'WI'> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
]);

/** Words that set the direction of a relative expression: `-1` back, `0` the current one, `1` ahead. */
export const DIRECTIONS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['this', 0],
  ['current', 0],
  ['next', 1],
  ['coming', 1],
  ['following', 1],
]);

/** Words that refer to the present or to a vague past or future rather than a date. */
export const REFERENCE_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'],
  ['currently', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'],
  ['presently', 'PRESENT_REF'],
]);

/** Adverbs of frequency that TIMEX3 calls sets. */
export const FREQUENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'],
  ['weekly', 'P1W'],
  ['monthly', 'P1M'],
  ['annually', 'P1Y'],
  ['yearly', 'P1Y'],
]);
