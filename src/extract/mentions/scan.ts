import type { Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import { lexiconAt } from './lexicon-scan.js';
import { insideQuotes } from './quotes-mask.js';
import type { Cue, Detected } from './types.js';

/**
 * One article's mention scan: what every detection step reads (the knowledge, the tokens, the article's date)
 * and the list they all append to. Steps may rewrite mentions already found ("US and British activists"
 * turns "US" into an agent), so the list is shared, not returned piecewise.
 */
export class MentionScan {
  readonly norms: readonly string[];
  readonly out: Detected[] = [];
  /** People already named in full, so that a later bare surname can refer back to them. */
  readonly fullNamesSeen = new Set<string>();
  /**
   * Countries and organisations named so far (by name, adjective, seat of power, place or a known person's
   * offices), so that a bare surname can name an official of one of them.
   */
  readonly bodiesNamed = new Set<string>();
  private readonly quoted: Uint8Array;
  /** Countries the whole article names, read on first need (`namesCountry`). */
  private countriesInText: ReadonlySet<string> | undefined;

  constructor(
    readonly k: ActorKnowledge,
    readonly tokens: readonly Token[],
    readonly date: string,
    /**
     * The country of a town or region named in a title ("Bucha" → UKR), where the gazetteer knows it: the state
     * that administers it on the article's date ("Sevastopol" → RUS since 2014).
     */
    readonly townCountry: (name: string) => string | undefined = () => undefined,
  ) {
    this.norms = tokens.map((t) => t.norm);
    this.quoted = insideQuotes(tokens);
  }

  /** Records the mention of tokens [start, end) and returns its index in `out`. */
  emit(start: number, end: number, sentence: number, type: Detected['type'], cue: Cue, rule: string): number {
    const tokens = this.tokens;
    const before = tokens[start - 1];
    const after = tokens[end];
    const modifier =
      (after !== undefined && after.text === '-' && after.sentence === sentence && after.space === '') ||
      (before !== undefined && before.text === '-' && tokens[start]!.space === '');
    this.out.push({
      tokenStart: start,
      tokenEnd: end,
      sentence,
      type,
      cue,
      rule,
      inQuote: this.quoted[start] === 1,
      modifier,
    });
    if (cue.kind === 'person') {
      this.fullNamesSeen.add(cue.id);
      this.addOfficeCountries(cue.id);
    } else if (cue.kind === 'surname') for (const id of cue.ids) this.addOfficeCountries(id);
    else if ('iso3' in cue && cue.iso3 !== undefined) this.bodiesNamed.add(cue.iso3);
    else if (cue.kind === 'org') this.bodiesNamed.add(cue.id);
    return this.out.length - 1;
  }

  /**
   * Whether the article, anywhere in it, names the country: its name, adjective, capital or seat of
   * government, or a person or body of it named so far.
   */
  namesCountry(iso3: string): boolean {
    this.countriesInText ??= countriesNamedIn(this.k, this.tokens, this.norms);
    return this.countriesInText.has(iso3) || this.bodiesNamed.has(iso3);
  }

  private addOfficeCountries(id: string): void {
    for (const t of this.k.people.get(id)?.tenures ?? []) this.bodiesNamed.add(t.of);
  }
}

/** The countries whose name, adjective or seat of government the tokens hold, in the typing they need. */
function countriesNamedIn(
  k: ActorKnowledge,
  tokens: readonly Token[],
  norms: readonly string[],
): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < norms.length; i++) {
    // the trie's bare match first, so that only the rare matching token pays for the case check
    if (k.lexicon.longest(norms, i) === undefined) continue;
    for (const hit of lexiconAt(k, tokens, norms, i, norms.length))
      for (const v of hit.values)
        if (v.entry.kind === 'country' || v.entry.kind === 'demonym' || v.entry.kind === 'metonym')
          found.add(v.entry.iso3);
  }
  return found;
}
