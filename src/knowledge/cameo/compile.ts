import { DATA_DIR } from '../../paths.js';
import { type CameoCode, readCodebook, readPlover2016 } from './codebook.js';
import { withForceNouns } from './force-nouns.js';
import { withOtherSenses } from './other-senses.js';
import { type EventPattern, readPatterns } from './patterns.js';

/** The CAMEO codebook and the event pattern lexicon, indexed for the events stage. */
export interface CameoKnowledge {
  readonly codes: ReadonlyMap<string, CameoCode>;
  readonly patterns: readonly EventPattern[];
  /** Verb rows by the verb's lemma, most specific first. */
  readonly verbs: ReadonlyMap<string, readonly EventPattern[]>;
  /** Noun rows by the first piece of the noun phrase, longest phrase first. */
  readonly nouns: ReadonlyMap<string, readonly EventPattern[]>;
  /** PLOVER 2016 category names → 2021 names (for gold sets coded with the old names). */
  readonly plover2016: ReadonlyMap<string, string>;
}

function specificity(p: EventPattern): number {
  return p.words.length * 8 + p.object.length * 4 + p.particle.length * 2 + (p.prep ? 1 : 0);
}

function index(patterns: readonly EventPattern[], key: (p: EventPattern) => string) {
  const map = new Map<string, EventPattern[]>();
  for (const p of patterns) {
    const k = key(p);
    const list = map.get(k);
    if (list) list.push(p);
    else map.set(k, [p]);
  }
  for (const list of map.values()) list.sort((a, b) => specificity(b) - specificity(a));
  return map;
}

/** Reads `data/cameo/` and builds the lookups; called once per process through `loadKnowledge`. */
export function compileCameo(dataDir: string = DATA_DIR): CameoKnowledge {
  const dir = `${dataDir}/cameo`;
  const codes = readCodebook(dir);
  const patterns = withOtherSenses(dir, withForceNouns(dir, readPatterns(dir, codes)), codes);
  return {
    codes,
    patterns,
    verbs: index(
      patterns.filter((p) => p.kind === 'verb'),
      (p) => p.words.join(' '),
    ),
    nouns: index(
      patterns.filter((p) => p.kind === 'noun'),
      (p) => p.words[0]!,
    ),
    plover2016: readPlover2016(dir),
  };
}
