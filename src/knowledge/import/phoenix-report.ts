import type { PhoenixProblem } from './phoenix-syntax.js';

/** What an import took from one dictionary file, what it left out and why, and what it could not read. */
export interface PhoenixFileReport {
  readonly file: string;
  readonly kind: 'actors' | 'agents';
  /** Actor entries (a phrase with its synonyms and codes), or agent phrases after expansion. */
  readonly entries: number;
  readonly people: number;
  /** Of `people`, those read from an undated entry because the name looks like a person's. */
  readonly peopleByNameShape: number;
  /** Of `people`, those the built-in knowledge already had: the layer adds tenures to them. */
  readonly builtInPeople: number;
  readonly tenures: number;
  readonly organisations: number;
  readonly agentWords: number;
  /** Entries, phrases or tenures left out on purpose, by reason. */
  readonly skipped: Readonly<Record<string, number>>;
  /** Lines the dictionary syntax does not allow. */
  readonly unparsed: readonly PhoenixProblem[];
  /** Codes sitrep's records cannot hold. */
  readonly unmapped: readonly PhoenixProblem[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
/** A report while the import fills it in. */
export type FileTally = Mutable<Omit<PhoenixFileReport, 'skipped'>> & { skipped: Record<string, number> };

export const ALREADY_READ = 'phrase the built-in knowledge already reads';

export function newTally(file: string, kind: PhoenixFileReport['kind']): FileTally {
  return {
    file,
    kind,
    entries: 0,
    people: 0,
    peopleByNameShape: 0,
    builtInPeople: 0,
    tenures: 0,
    organisations: 0,
    agentWords: 0,
    skipped: {},
    unparsed: [],
    unmapped: [],
  };
}

export function skip(tally: FileTally, reason: string): void {
  tally.skipped[reason] = (tally.skipped[reason] ?? 0) + 1;
}

/** Reports codes sitrep cannot hold, once per line and reason (an undated code applies in several gaps). */
export class UnmappedLog {
  private readonly seen = new Set<string>();

  add(tally: FileTally, problem: PhoenixProblem): void {
    const key = `${tally.file}|${problem.line}|${problem.reason}|${problem.text}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    tally.unmapped.push(problem);
  }
}
