import type { Parsed } from './arguments.js';
import type { Candidate } from './candidate.js';
import { stateBombingCode } from './subject-codes.js';

/**
 * Several CAMEO codes split by what the act is about rather than by its verb: a protest by its aim
 * (leadership, policy, rights, institutions), an accusation or inquiry by its charge, aid by its kind, a
 * bombing by its means. The verb rows give the general code; the words around the act pick the subcode.
 */
type Topic =
  | 'leadership'
  | 'policy'
  | 'rights'
  | 'institution'
  | 'crime'
  | 'abuse'
  | 'aggression'
  | 'war-crime'
  | 'spying'
  | 'economic'
  | 'military'
  | 'humanitarian'
  | 'suicide-bomb'
  | 'car-bomb'
  | 'roadside-bomb'
  | 'bomb'
  | 'sexual'
  | 'terror'
  | 'force'
  | 'occupation'
  | 'blockade'
  | 'to-death'
  | 'verbal-attack'
  | 'media-attack'
  | 'trade-war';

/** Single lemmas that name a topic. */
const WORDS: ReadonlyMap<string, Topic> = new Map<string, Topic>([
  ...(
    [
      'verbal',
      'personal',
      'rhetorical',
      'political',
      'scathing',
      'blistering',
      'stinging',
      'withering',
    ] as const
  ).map((w) => [w, 'verbal-attack'] as const),
  ...(['information', 'informational', 'media', 'propaganda'] as const).map(
    (w) => [w, 'media-attack'] as const,
  ),
  ...(['trade', 'tariff', 'sanction', 'currency'] as const).map((w) => [w, 'trade-war'] as const),
  ...(
    ['resign', 'resignation', 'removal', 'ouster', 'oust', 'topple', 'impeach', 'impeachment'] as const
  ).map((w) => [w, 'leadership'] as const),
  ...(['overthrow', 'abdication', 'reinstate', 'reinstatement'] as const).map(
    (w) => [w, 'leadership'] as const,
  ),
  ...(
    [
      'independence',
      'referendum',
      'constitution',
      'constitutional',
      'autonomy',
      'democracy',
      'democratic',
      'judiciary',
      'secession',
      'self-rule',
      'federalism',
    ] as const
  ).map((w) => [w, 'institution'] as const),
  ...(['right', 'freedom', 'liberty', 'discrimination', 'persecution', 'arrest', 'detention'] as const).map(
    (w) => [w, 'rights'] as const,
  ),
  ...(
    [
      'reform',
      'policy',
      'law',
      'bill',
      'legislation',
      'pay',
      'wage',
      'price',
      'tax',
      'subsidy',
      'pension',
      'austerity',
      'privatization',
      'privatisation',
    ] as const
  ).map((w) => [w, 'policy'] as const),
  ...(
    [
      'corruption',
      'corrupt',
      'fraud',
      'embezzle',
      'embezzlement',
      'misuse',
      'bribe',
      'bribery',
      'kickback',
      'launder',
      'laundering',
      'smuggle',
      'smuggling',
      'trafficking',
      'murder',
      'theft',
      'extortion',
    ] as const
  ).map((w) => [w, 'crime'] as const),
  ...(['torture', 'abuse', 'repression'] as const).map((w) => [w, 'abuse'] as const),
  ...(
    [
      'aggression',
      'incursion',
      'invasion',
      'invade',
      'shelling',
      'ceasefire',
      'cease-fire',
      'truce',
      'airstrike',
      'provocation',
      'raid',
      'attack',
    ] as const
  ).map((w) => [w, 'aggression'] as const),
  ...(['genocide', 'atrocity'] as const).map((w) => [w, 'war-crime'] as const),
  ...(['spy', 'spying', 'espionage', 'treason', 'sedition'] as const).map((w) => [w, 'spying'] as const),
  ...(
    [
      'economic',
      'financial',
      'dollar',
      'loan',
      'credit',
      'funding',
      'development',
      'budget',
      'investment',
    ] as const
  ).map((w) => [w, 'economic'] as const),
  ...(['military', 'weapon', 'arm', 'ammunition', 'missile', 'defence', 'defense'] as const).map(
    (w) => [w, 'military'] as const,
  ),
  ...(['food', 'humanitarian', 'medical', 'medicine', 'relief', 'shelter', 'vaccine'] as const).map(
    (w) => [w, 'humanitarian'] as const,
  ),
  ...(['terrorist', 'terror', 'terrorism'] as const).map((w) => [w, 'terror'] as const),
  ...(['war', 'force', 'blow'] as const).map((w) => [w, 'force'] as const),
  ...(['occupy', 'occupation', 'annex', 'annexation'] as const).map((w) => [w, 'occupation'] as const),
  ['blockade', 'blockade'],
  ...(['sexual', 'sexually', 'rape'] as const).map((w) => [w, 'sexual'] as const),
  ...(['bomb', 'bombing', 'explosive', 'explosion', 'blast'] as const).map((w) => [w, 'bomb'] as const),
]);

/** Two-word names: the second lemma, keyed by the first. */
const PAIRS: ReadonlyMap<string, ReadonlyMap<string, Topic>> = new Map([
  ['step', new Map<string, Topic>([['down', 'leadership']])],
  ['human', new Map<string, Topic>([['right', 'abuse']])],
  ['war', new Map<string, Topic>([['crime', 'war-crime']])],
  ['ethnic', new Map<string, Topic>([['cleansing', 'war-crime']])],
  ['to', new Map<string, Topic>([['death', 'to-death']])],
  ['car', new Map<string, Topic>([['bomb', 'car-bomb']])],
  ['roadside', new Map<string, Topic>([['bomb', 'roadside-bomb']])],
  [
    'suicide',
    new Map<string, Topic>([
      ['bomb', 'suicide-bomb'],
      ['bomber', 'suicide-bomb'],
      ['attack', 'suicide-bomb'],
    ]),
  ],
]);

interface Split {
  /** Tokens read after the act's trigger. */
  readonly after: number;
  /** Tokens read before it ("fraud investigations", "military aid"). */
  readonly before: number;
  /** Stop at a word that turns to another matter ("accused X of stirring up hysteria about an invasion"). */
  readonly ownWordsOnly?: boolean;
  /** Topics in order of precedence, each with its code. */
  readonly codes: readonly (readonly [Topic, string])[];
}

const PROTEST_AIMS = (base: string): Split => ({
  after: 25,
  before: 0,
  codes: [
    ['leadership', `${base}1`],
    ['institution', `${base}4`],
    ['abuse', `${base}3`],
    ['rights', `${base}3`],
    ['policy', `${base}2`],
  ],
});
/**
 * Demands, appeals, intents, concessions and refusals about reform by what is to change: leadership,
 * institutions or rights. "Reform" is the general code's own word, so policy words do not move it.
 */
const REFORM_AIMS = (base: string): Split => ({
  after: 20,
  before: 0,
  ownWordsOnly: true,
  codes: [
    ['leadership', `${base}1`],
    ['institution', `${base}4`],
    ['rights', `${base}3`],
  ],
});
const AID_KINDS = (economic: string, military: string, humanitarian: string): Split => ({
  after: 10,
  before: 3,
  codes: [
    ['military', military],
    ['humanitarian', humanitarian],
    ['economic', economic],
  ],
});
const CHARGES = (
  crime: string,
  abuse: string,
  aggression: string,
  warCrime: string,
  spying?: string,
): Split => ({
  after: 20,
  before: 3,
  ownWordsOnly: true,
  codes: [
    ['war-crime', warCrime],
    ...(spying ? ([['spying', spying]] as const) : []),
    ['abuse', abuse],
    ['aggression', aggression],
    ['crime', crime],
  ],
});
const BOMBING: Split = {
  after: 10,
  before: 0,
  codes: [
    ['suicide-bomb', '1831'],
    ['car-bomb', '1832'],
    ['roadside-bomb', '1833'],
    ['bomb', '183'],
  ],
};

/** "sexually abused", "beaten to death": an assault by its kind. */
const ASSAULT: Split = {
  after: 4,
  before: 2,
  codes: [
    ['sexual', '1821'],
    ['to-death', '1823'],
  ],
};

/** "threatened to resume terrorist attacks", "threatened to deliver devastating blows": a threat by its means. */
const THREAT_MEANS: Split = {
  after: 8,
  before: 0,
  ownWordsOnly: true,
  codes: [
    ['terror', '1383'],
    ['suicide-bomb', '1383'],
    ['car-bomb', '1383'],
    ['bomb', '1383'],
    ['blockade', '1381'],
    ['occupation', '1382'],
    ['force', '138'],
    ['military', '138'],
  ],
};

/**
 * "launched personal attacks on", "a scathing attack": an attack in words is criticism (111), not force; so
 * is a war or attack waged in the media ("an information war against …"). An economic or trade war, or an
 * economic blockade, is waged with sanctions and embargoes (163).
 */
const FIGURATIVE_FORCE: Split = {
  after: 0,
  before: 1,
  codes: [
    ['verbal-attack', '111'],
    ['media-attack', '111'],
    ['economic', '163'],
    ['trade-war', '163'],
  ],
};

const SPLITS: ReadonlyMap<string, Split> = new Map([
  ['190', FIGURATIVE_FORCE],
  ['191', FIGURATIVE_FORCE],
  ['141', PROTEST_AIMS('141')],
  ['142', PROTEST_AIMS('142')],
  ['143', PROTEST_AIMS('143')],
  ['144', PROTEST_AIMS('144')],
  ['145', PROTEST_AIMS('145')],
  ['024', REFORM_AIMS('024')],
  ['034', REFORM_AIMS('034')],
  ['083', REFORM_AIMS('083')],
  ['104', REFORM_AIMS('104')],
  ['123', REFORM_AIMS('123')],
  ['070', AID_KINDS('071', '072', '073')],
  ['033', AID_KINDS('0331', '0332', '0333')],
  ['023', AID_KINDS('0231', '0232', '0233')],
  ['103', AID_KINDS('1031', '1032', '1033')],
  ['122', AID_KINDS('1221', '1222', '1223')],
  ['162', AID_KINDS('1621', '1622', '1623')],
  ['112', CHARGES('1121', '1122', '1123', '1124', '1125')],
  ['090', CHARGES('091', '092', '093', '094')],
  ['130', THREAT_MEANS],
  ['180', BOMBING],
  ['182', ASSAULT],
  ['183', BOMBING],
]);

/**
 * An indictment is a formal accusation: with a charge named ("indicted for war crimes") it is coded as the
 * accusation of that charge (112x); with none it stays a legal charge (173).
 */
const CHARGING_RULES: ReadonlyMap<string, Split> = new Map([
  ['v.indict', CHARGES('1121', '1122', '1123', '1124', '1125')],
  ['n.indictment', CHARGES('1121', '1122', '1123', '1124', '1125')],
  ['n.indictment.of', CHARGES('1121', '1122', '1123', '1124', '1125')],
]);

/** Words after which a charge's own words have ended. */
const TURNS = new Set([
  'if',
  'unless',
  'about',
  'over',
  'amid',
  'after',
  'while',
  'because',
  'which',
  'that',
  ',',
  ';',
]);

/** Gives each general code that splits by topic the subcode its surrounding words name. */
export function refineByTopic(parsed: Parsed, candidates: readonly Candidate[]): void {
  const lemma = parsed.view.lemma;
  for (const c of candidates) {
    const split = SPLITS.get(c.code) ?? (c.code === '173' ? CHARGING_RULES.get(c.rule) : undefined);
    if (!split) continue;
    const from = Math.max(0, c.trigger[0] - split.before);
    const to = Math.min(lemma.length, c.trigger[1] + split.after);
    let best = bestTopic(lemma, split, c.trigger[1], from, to, split.codes.length);
    // "the information war that Russia waged against Ukraine": the object a relative clause leaves before its
    // verb names the topic as it would after the verb
    if (c.objectBefore)
      best = bestTopic(lemma, split, c.trigger[1], c.objectBefore[0], c.objectBefore[1], best);
    const chosen = split.codes[best];
    if (chosen) c.code = split === BOMBING ? stateBombingCode(chosen[1], c.sources) : chosen[1];
  }
}

/**
 * The index in `split.codes` of the first-listed topic the words from `from` to `to` name, or `best` when
 * none comes before it; a row of the act's own words only stops at a turn after `ownEnd`.
 */
function bestTopic(
  lemma: readonly string[],
  split: Split,
  ownEnd: number,
  from: number,
  to: number,
  best: number,
): number {
  for (let i = from; i < to; i++) {
    if (split.ownWordsOnly && i >= ownEnd && TURNS.has(lemma[i]!)) break;
    const topic = PAIRS.get(lemma[i - 1] ?? '')?.get(lemma[i]!) ?? WORDS.get(lemma[i]!);
    if (topic === undefined) continue;
    for (let k = 0; k < best; k++) {
      if (split.codes[k]![0] === topic) {
        best = k;
        break;
      }
    }
  }
  return best;
}
