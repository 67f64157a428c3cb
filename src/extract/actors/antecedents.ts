import type { ActorRef, Sentence, Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import type { Detected } from '../mentions/types.js';
import { subjectScore } from './salience.js';
import type { Speakers } from './speakers.js';

// What the resolver knows while it walks an article's mentions in order, and the person antecedents a
// pronoun or a description can take from it.

export interface Resolution {
  readonly actor?: ActorRef;
  /** The rule that decided the actor (added to the detection rule in the record). */
  readonly rule?: string;
  readonly confidence: number;
}

/** What the resolver remembers of each earlier mention, for coreference. */
export interface Antecedent {
  readonly index: number;
  readonly det: Detected;
  readonly actor: ActorRef;
  readonly personId?: string;
  readonly gender?: 'm' | 'f';
  /** Where the whole description starts (a role title before a name), for the subject score. */
  readonly start: number;
}

/** The article being resolved and the mentions resolved so far. */
export interface ResolverState {
  readonly k: ActorKnowledge;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly detected: readonly Detected[];
  readonly date: string;
  /** Mentions resolved so far that later ones may refer to, in text order. */
  readonly history: Antecedent[];
  /** Named person's mention index → the index of the role mention that is their title. */
  readonly titleOf: ReadonlyMap<number, number>;
  /** Resolves mention `i` (once; later calls return the same result). */
  readonly resolveOne: (i: number) => Resolution;
  /** Mention `i`'s resolution if it is resolved already. */
  readonly peek: (i: number) => Resolution | undefined;
  /** Who speaks the words at each token, where the text says. */
  readonly speakers?: Speakers;
}

export function genderFits(wanted: 'm' | 'f' | undefined, actual: 'm' | 'f' | undefined): boolean {
  return wanted === undefined || actual === undefined || wanted === actual;
}

function persons(state: ResolverState, filter: (a: Antecedent) => boolean): Antecedent[] {
  return state.history
    .filter((a) => a.personId !== undefined || a.det.cue.kind === 'unknown-person')
    .filter(filter);
}

/** The best antecedent person for a pronoun or description, preferring the subject of recent sentences. */
export function salientPerson(
  state: ResolverState,
  d: Detected,
  accept: (a: Antecedent) => boolean,
  sameSentenceFirst: boolean,
): Antecedent | undefined {
  const { tokens, sentences } = state;
  const eligible = persons(
    state,
    (a) => accept(a) && !a.det.modifier && (a.det.inQuote === d.inQuote || !a.det.inQuote),
  );
  if (sameSentenceFirst) {
    const here = eligible.filter((a) => a.det.sentence === d.sentence && a.det.tokenEnd <= d.tokenStart);
    if (here.length > 0) return here[here.length - 1];
  }
  for (let s = d.sentence - (sameSentenceFirst ? 1 : 0); s >= Math.max(0, d.sentence - 4); s--) {
    const inSentence = eligible.filter(
      (a) => a.det.sentence === s && (s < d.sentence || a.det.tokenEnd <= d.tokenStart),
    );
    if (inSentence.length === 0) continue;
    const start = sentences[s]!.tokenStart;
    let best = inSentence[0]!;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const a of inSentence) {
      const score = subjectScore(tokens, a.det, start, a.start);
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    return best;
  }
  return undefined;
}

/** The antecedent of the possessive pronoun at token `p` ("his" in "his Russian counterpart"). */
export function pronounAntecedent(state: ResolverState, p: number, d: Detected): Antecedent | undefined {
  const info = state.k.pronouns.get(state.tokens[p]!.norm);
  return salientPerson(state, d, (a) => genderFits(info?.gender, a.gender), true);
}

/** Whether a known person outside quotation marks is named before `d` in its sentence. */
export function hasPersonBefore(state: ResolverState, d: Detected): boolean {
  return state.history.some(
    (a) =>
      a.det.sentence === d.sentence &&
      a.det.tokenEnd <= d.tokenStart &&
      a.personId !== undefined &&
      !a.det.inQuote,
  );
}
