/**
 * The line syntax of the PETRARCH/Phoenix (TABARI-style) actor and agent dictionaries, read into plain
 * entries. Nothing here knows sitrep's records; `phoenix.ts` maps the entries. Every line that cannot be
 * read is reported with its number and reason, never dropped silently.
 *
 * Actor files: a root phrase starts an entry, `+PHRASE` lines add synonyms, and `[CODE]` groups (on the
 * root line or on indented lines) give its codes, optionally dated: `[USAGOV 090120-170120]` (a range),
 * `[RUSGOV >080508]` (from that day on), `[USRARM <900823]` (until that day); an undated code is the
 * entry's code on every other day. Words are joined by `_` or spaces; a final `_` (TABARI's "whole word")
 * carries no meaning here. `#` starts a comment. Dates are YYMMDD (00–30 → 20YY, else 19YY, as TABARI
 * and PETRARCH read them) or YYYYMMDD.
 *
 * Agent files: `PHRASE {PLURAL} [~SECTOR]`, with `{}` for "no plural", the plural otherwise made by the
 * PETRARCH rule (…Y → …IES, …S → …SES, else …S), `!MARKER! = A, B` substitution sets, and `[CODE~]` for a
 * code that goes before the actor's instead of after it.
 */

export interface PhoenixProblem {
  readonly line: number;
  readonly reason: string;
  readonly text: string;
}

export interface PhoenixName {
  /** Upper-case words as written, `_` and spaces removed. */
  readonly words: readonly string[];
  readonly line: number;
}

export interface PhoenixCode {
  /** The code, or `---` for "no code". */
  readonly code: string;
  /** First day (YYYY-MM-DD) the code applies; absent when open to the past. */
  readonly from?: string;
  /** Last day the code applies; absent when open to the future. */
  readonly to?: string;
  /** Whether the group carried dates at all (an undated code is the entry's default). */
  readonly dated: boolean;
  readonly line: number;
}

export interface PhoenixEntry {
  readonly line: number;
  readonly names: PhoenixName[];
  readonly codes: PhoenixCode[];
  /** The comments written on the entry's root lines, e.g. `CountryInfo.txt`. */
  readonly comments: string[];
}

export interface PhoenixActorFile {
  readonly entries: PhoenixEntry[];
  readonly problems: PhoenixProblem[];
}

export interface PhoenixAgent {
  readonly words: readonly string[];
  /** The code without its `~`. */
  readonly code: string;
  /** `suffix` for `[~MIL]` (after the actor's code), `prefix` for `[IGO~]`. */
  readonly position: 'suffix' | 'prefix';
  /** The phrase as written, its plural, or one member of a `!MARKER!` set substituted. */
  readonly form: 'root' | 'plural' | 'substitution';
  readonly line: number;
}

export interface PhoenixAgentFile {
  readonly agents: PhoenixAgent[];
  readonly problems: PhoenixProblem[];
}

/** Strips a comment and returns [content, comment]. */
function splitComment(raw: string): [string, string] {
  const at = raw.indexOf('#');
  if (at < 0) return [raw, ''];
  return [raw.slice(0, at), raw.slice(at + 1).trim()];
}

/**
 * Characters that never belong in a phrase: controls (tabs aside, which separate words like spaces), the
 * Unicode replacement character (a byte that was not UTF-8), stray brackets and the syntax's own markers.
 */
const BAD_PHRASE = /[\p{Cc}\uFFFD[\]{}+<>!]/u;

/** A phrase's words, or a reason it is not one. */
function phraseWords(text: string): readonly string[] | string {
  const bad = BAD_PHRASE.exec(text.replace(/\t/g, ' '));
  if (bad) return `unexpected character ${JSON.stringify(bad[0])} in phrase`;
  const words = text.split(/[_\s]+/).filter((w) => w !== '');
  if (words.length === 0) return 'empty phrase';
  if (!words.some((w) => /\p{L}/u.test(w))) return 'phrase has no letters';
  return words;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYMMDD or YYYYMMDD → YYYY-MM-DD, or undefined when it is not a calendar day. */
export function phoenixDate(text: string): string | undefined {
  let year: number;
  let rest: string;
  if (/^\d{6}$/.test(text)) {
    const yy = Number(text.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = text.slice(2);
  } else if (/^\d{8}$/.test(text)) {
    year = Number(text.slice(0, 4));
    rest = text.slice(4);
  } else return undefined;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const max = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  if (day > max) return undefined;
  return `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** One `[...]` group's inside: a code and an optional date restriction. */
function parseCodeGroup(inside: string, line: number): PhoenixCode | string {
  const parts = inside.trim().split(/\s+/);
  const code = parts[0] ?? '';
  if (!/^(?:[A-Z]+|---)$/.test(code)) return `bad code '${code}'`;
  const spec = parts.slice(1).join('');
  if (spec === '') return { code, dated: false, line };
  const range = /^(\d+)-(\d+)$/.exec(spec);
  if (range) {
    const from = phoenixDate(range[1]!);
    const to = phoenixDate(range[2]!);
    if (!from || !to) return `bad date in '${spec}'`;
    if (from > to) return `date range runs backwards: '${spec}'`;
    return { code, from, to, dated: true, line };
  }
  const open = /^([<>])(\d+)$/.exec(spec);
  if (open) {
    const day = phoenixDate(open[2]!);
    if (!day) return `bad date in '${spec}'`;
    return open[1] === '>' ? { code, from: day, dated: true, line } : { code, to: day, dated: true, line };
  }
  return `unrecognised date restriction '${spec}'`;
}

/** The `[...]` groups of a line's tail; anything else there is a problem. */
function parseCodeGroups(tail: string, line: number): { codes: PhoenixCode[]; problems: string[] } {
  const codes: PhoenixCode[] = [];
  const problems: string[] = [];
  const leftover = tail.replace(/\[([^\]]*)\]/g, (_, inside: string) => {
    const parsed = parseCodeGroup(inside, line);
    if (typeof parsed === 'string') problems.push(parsed);
    else codes.push(parsed);
    return ' ';
  });
  if (leftover.trim() !== '') problems.push(`unexpected text '${leftover.trim()}'`);
  return { codes, problems };
}

export function parsePhoenixActors(text: string): PhoenixActorFile {
  const entries: PhoenixEntry[] = [];
  const problems: PhoenixProblem[] = [];
  let current: PhoenixEntry | undefined;
  /** Whether a blank or comment line came since the current entry's last line. */
  let separated = false;

  const close = (): void => {
    if (current) entries.push(current);
    current = undefined;
  };

  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    const [content, comment] = splitComment(raw);
    const trimmed = content.trim();
    if (trimmed === '' || trimmed === '\u001a') {
      separated = true;
      continue;
    }
    const problem = (reason: string): void => {
      problems.push({ line: lineNo, reason, text: raw.trim() });
    };

    if (trimmed.startsWith('[')) {
      const { codes, problems: bad } = parseCodeGroups(trimmed, lineNo);
      for (const reason of bad) problem(reason);
      if (!current) {
        if (codes.length > 0) problem('code without a phrase');
        continue;
      }
      current.codes.push(...codes);
      separated = false;
      continue;
    }

    const synonym = trimmed.startsWith('+');
    const bracket = trimmed.indexOf('[');
    const phraseText = (bracket < 0 ? trimmed : trimmed.slice(0, bracket)).replace(/^\+/, '').trim();
    const tail = bracket < 0 ? '' : trimmed.slice(bracket);
    const words = phraseWords(phraseText);
    const { codes, problems: bad } = parseCodeGroups(tail, lineNo);

    if (synonym) {
      if (!current) {
        problem('synonym without a root phrase');
        continue;
      }
    } else if (!current || current.codes.length > 0 || separated) {
      // A new root. A root with no code yet that is directly followed by another root shares the codes
      // that follow both (several spellings written as roots); after a blank line it stands alone.
      close();
      current = { line: lineNo, names: [], codes: [], comments: [] };
    }
    const entry = current!;
    if (typeof words === 'string') problem(words);
    else entry.names.push({ words, line: lineNo });
    for (const reason of bad) problem(reason);
    entry.codes.push(...codes);
    if (!synonym && comment !== '') entry.comments.push(comment);
    separated = false;
  }
  close();
  return { entries, problems };
}

/** PETRARCH's regular plural of a phrase (the last word changes). */
function regularPlural(words: readonly string[]): string[] {
  const last = words.at(-1)!;
  const plural = last.endsWith('Y')
    ? `${last.slice(0, -1)}IES`
    : last.endsWith('S')
      ? `${last}ES`
      : `${last}S`;
  return [...words.slice(0, -1), plural];
}

export function parsePhoenixAgents(text: string): PhoenixAgentFile {
  const agents: PhoenixAgent[] = [];
  const problems: PhoenixProblem[] = [];
  const markers = new Map<string, string[]>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    const trimmed = splitComment(raw)[0].trim();
    if (trimmed === '' || trimmed === '\u001a') continue;
    const problem = (reason: string): void => {
      problems.push({ line: lineNo, reason, text: raw.trim() });
    };

    const definition = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(trimmed);
    if (definition) {
      markers.set(
        definition[1]!,
        definition[2]!
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      );
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]\s*$/.exec(trimmed);
    if (!m) {
      problem(trimmed.includes('[') ? 'malformed agent line' : 'agent without a code');
      continue;
    }
    const codeText = m[3]!.trim();
    const coded = /^~([A-Z]+)$/.exec(codeText) ?? /^([A-Z]+)~$/.exec(codeText);
    if (!coded) {
      problem(`bad agent code '${codeText}'`);
      continue;
    }
    const code = coded[1]!;
    const position = codeText.startsWith('~') ? 'suffix' : 'prefix';
    const phrase = m[1]!;
    const plural = m[2];

    const forms: { words: string[]; form: PhoenixAgent['form'] }[] = [];
    const marker = /!([A-Z]+)!/.exec(phrase);
    if (marker) {
      const set = markers.get(marker[1]!);
      if (!set) {
        problem(`undefined substitution marker !${marker[1]}!`);
        continue;
      }
      // Every member of the set is substituted as written; no plural is added (PETRARCH's rule).
      const reasons = new Set<string>();
      for (const member of set) {
        const words = phraseWords(phrase.replace(marker[0], member));
        if (typeof words === 'string') reasons.add(words);
        else forms.push({ words: [...words], form: 'substitution' });
      }
      for (const reason of reasons) problem(reason);
    } else {
      const words = phraseWords(phrase);
      if (typeof words === 'string') {
        problem(words);
        continue;
      }
      forms.push({ words: [...words], form: 'root' });
      if (plural === undefined) forms.push({ words: regularPlural(words), form: 'plural' });
      else if (plural.trim() !== '') {
        const pluralWords = phraseWords(plural);
        if (typeof pluralWords === 'string') problem(`plural: ${pluralWords}`);
        else forms.push({ words: [...pluralWords], form: 'plural' });
      }
    }
    for (const { words, form } of forms) agents.push({ words, code, position, form, line: lineNo });
  }
  return { agents, problems };
}
