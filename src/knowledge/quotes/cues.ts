import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';

/** How a cue carries what was said (see data/quotes/README.md). */
export const CUE_FRAMES = ['clause', 'listener', 'quote', 'source'] as const;
export type CueFrame = (typeof CUE_FRAMES)[number];

export interface CueEntry {
  /** The cue as listed: a lemma, or words separated by single spaces. */
  readonly cue: string;
  readonly frame: CueFrame;
}

export interface QuoteKnowledge {
  /** Single-word cues by lemma. */
  readonly verbs: ReadonlyMap<string, CueEntry>;
  /** Cues of several words, by their first word, longest first. */
  readonly phrases: ReadonlyMap<string, readonly (CueEntry & { readonly words: readonly string[] })[]>;
}

export function quoteCuesPath(dataDir: string): string {
  return join(dataDir, 'quotes', 'cues.tsv');
}

/** Parses the cue table; a malformed line is an error naming the file and the line. */
export function parseQuoteCues(text: string, file: string): QuoteKnowledge {
  const verbs = new Map<string, CueEntry>();
  const phrases = new Map<string, (CueEntry & { words: string[] })[]>();
  const seen = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const [cue = '', frame = '', ...rest] = line.split('\t');
    const at = i + 1;
    if (rest.length > 1) throw new InputError(file, 'expected at most three tab-separated columns', at);
    if (!/^[a-z]+( [a-z]+)*$/.test(cue))
      throw new InputError(file, `cue '${cue}' must be lower-case words separated by single spaces`, at);
    if (!(CUE_FRAMES as readonly string[]).includes(frame))
      throw new InputError(file, `frame '${frame}' is not one of ${CUE_FRAMES.join(', ')}`, at);
    if (seen.has(cue)) throw new InputError(file, `cue '${cue}' is listed twice`, at);
    seen.add(cue);
    const entry: CueEntry = { cue, frame: frame as CueFrame };
    const words = cue.split(' ');
    if (words.length === 1) verbs.set(cue, entry);
    else {
      const list = phrases.get(words[0]!) ?? [];
      list.push({ ...entry, words });
      list.sort((a, b) => b.words.length - a.words.length);
      phrases.set(words[0]!, list);
    }
  });
  return { verbs, phrases };
}

export function loadQuoteCues(dataDir: string): QuoteKnowledge {
  const file = quoteCuesPath(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(file, `cannot read quote cues: ${(error as Error).message}`);
  }
  return parseQuoteCues(text, file);
}
