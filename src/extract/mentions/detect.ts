import type { Sentence, Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import type { LexEntry } from '../../knowledge/actors/types.js';
import { entriesOf, firstOfKind, lexiconAt } from './lexicon-scan.js';
import { insideQuotes } from './quotes-mask.js';
import type { Cue, Detected } from './types.js';

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
/** Adjectives that may stand between "our" and the noun for the speaker's country: "our beautiful country". */
const MAX_OWN_COUNTRY_ADJECTIVES = 2;
/** Marks after which a capitalised word opens a clause: "Vladimir Putin: Yesterday I …". */
const CLAUSE_MARKS = new Set([':', ',', ';', '"', '(', '–', '—']);
/** A roman numeral that numbers a document: "Minsk II". */
const ROMAN_NUMERAL = /^(II|III|IV)$/;
const MODIFIER_KINDS: readonly LexEntry['kind'][] = ['demonym', 'country', 'org', 'metonym'];
const HEAD_KINDS: readonly LexEntry['kind'][] = ['role', 'agent', 'title'];
/** Tags a name typed in lower case gets. */
const NAME_POS = new Set(['NOUN', 'PROPN']);
/** Tags of a word an adjective could modify, or go on to one ("military invasion", "official answer"). */
const NOMINAL_AFTER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT', 'CCONJ']);

function isSingular(token: Token): boolean {
  return !(token.norm.endsWith('s') && token.lemma !== token.norm);
}

/** A name the statistical tagger found: token range [start, end) and its type. */
/** Words that join coordinated modifiers: "US and British", "Syrian, Iraqi and Turkish". */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', ',']);

export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly type: 'PER' | 'ORG';
}

/** A country or organisation modifying a head noun: "Russian" in "Russian troops", "NATO" in "NATO forces". */
interface Modifier {
  readonly start: number;
  readonly end: number;
  readonly iso3?: string;
  readonly orgId?: string;
  readonly affiliation?: string;
}

function isCapitalised(token: Token): boolean {
  const c = token.text.charAt(0);
  return c !== c.toLowerCase();
}

/** An adjective in lower case: "foreign" in "Ukrainian and foreign media". */
function isLowerAdjective(token: Token): boolean {
  return token.pos === 'ADJ' && !isCapitalised(token);
}

/** A capital anywhere in the token: "Obama", "iSrael". */
function hasCapital(token: Token): boolean {
  return token.text !== token.norm && token.text !== token.text.toLowerCase();
}

/**
 * Finds actor mentions sentence by sentence: known people, countries and their demonyms, seats of power,
 * organisations, agents with their country ("Russian troops"), office titles and role descriptions ("the
 * Russian Foreign Minister", "his Russian counterpart", "the top US official"), unknown people after a title,
 * and pronouns. One left-to-right pass; each step is a few trie lookups.
 */
export function detectMentions(
  k: ActorKnowledge,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  date: string,
  names: readonly NameSpan[] = [],
): Detected[] {
  const nameAtToken = new Map(names.map((n) => [n.start, n]));
  const norms = tokens.map((t) => t.norm);
  const quoted = insideQuotes(tokens);
  const out: Detected[] = [];
  const fullNamesSeen = new Set<string>();

  const emit = (
    start: number,
    end: number,
    sentence: number,
    type: Detected['type'],
    cue: Cue,
    rule: string,
  ): number => {
    const before = tokens[start - 1];
    const after = tokens[end];
    const modifier =
      (after !== undefined && after.text === '-' && after.sentence === sentence && after.space === '') ||
      (before !== undefined && before.text === '-' && tokens[start]!.space === '');
    out.push({
      tokenStart: start,
      tokenEnd: end,
      sentence,
      type,
      cue,
      rule,
      inQuote: quoted[start] === 1,
      modifier,
    });
    if (cue.kind === 'person') fullNamesSeen.add(cue.id);
    return out.length - 1;
  };

  /**
   * "US and British activists", "Hungarian and Romanian officials": the country words coordinated before
   * the one that modifies an agent noun share that noun, so each is that country's agent, not the country.
   * Only demonyms and abbreviations ("US", "UK") qualify: "Russia and Ukrainian troops" names the country.
   */
  const shareAgentHead = (modStart: number, sentence: number, sector: string): void => {
    const agentIndex = out.length - 1;
    let start = modStart;
    for (let j = agentIndex - 1; j >= 0; j--) {
      const prior = out[j]!;
      const link = tokens[start - 1];
      if (prior.sentence !== sentence || prior.cue.kind !== 'country' || prior.tokenEnd !== start - 1) return;
      if (link === undefined || !COORDINATORS.has(link.norm)) return;
      const word = tokens[prior.tokenStart]!.text;
      const adjectival =
        prior.rule === 'kb.demonym' ||
        (prior.tokenEnd - prior.tokenStart === 1 && word === word.toUpperCase());
      if (!adjectival) return;
      out[j] = {
        ...prior,
        type: 'agent',
        cue: { kind: 'agent', sector, iso3: prior.cue.iso3 },
        rule: 'agent.coordinated-country',
      };
      start = prior.tokenStart;
    }
  };

  /** A person's name right after a title or role: known full name, known surname, or capitalised words. */
  const nameAt = (
    p: number,
    end: number,
    sentence: number,
    title?: Extract<LexEntry, { kind: 'title' }>,
  ): number | undefined => {
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
      emit(
        p,
        person.end,
        sentence,
        'person',
        { kind: 'person', id: entriesOf(person, 'person')[0]!.id },
        'kb.person.name',
      );
      return person.end;
    }
    const surname = firstOfKind(hits, ['surname']);
    const ids = entriesOf(surname, 'surname').map((e) => e.id);
    if (
      surname &&
      !k.notNames.has(norms[p]!) &&
      (capitalised || ids.some((id) => inOfficeNear(k, id, date)))
    ) {
      emit(p, surname.end, sentence, 'person', { kind: 'surname', ids }, 'kb.person.surname-after-title');
      return surname.end;
    }
    if (!capitalised) return undefined;
    if (firstOfKind(hits, ['country', 'org', 'metonym', 'demonym', 'role', 'agent'])) return undefined;
    let q = p;
    while (q < end && q - p < 4 && isCapitalised(tokens[q]!) && tokens[q]!.pos === 'PROPN') {
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
    if (q === p) return undefined;
    const name = tokens
      .slice(p, q)
      .map((t, k) => (k === 0 ? t.text : `${t.space === '' ? '' : ' '}${t.text}`))
      .join('');
    emit(
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
  };

  const modifierAt = (i: number, end: number): Modifier | undefined => {
    const hits = lexiconAt(k, tokens, norms, i, end);
    const longest = hits[0];
    // A longer phrase that is itself a role or agent ("Kremlin spokesman") is a head, not a modifier.
    if (
      !longest ||
      longest.values.some((v) => HEAD_KINDS.includes(v.entry.kind) || v.entry.kind === 'person')
    ) {
      const norm = norms[i];
      if (norm?.startsWith('pro-')) {
        const side = lexiconAt(k, tokens, [norm.slice(4)], 0, 1);
        const demonym = entriesOf(side[0], 'demonym')[0] ?? entriesOf(side[0], 'country')[0];
        if (demonym) return { start: i, end: i + 1, affiliation: demonym.iso3 };
      }
      return undefined;
    }
    const hit = firstOfKind(hits, MODIFIER_KINDS);
    if (!hit) return undefined;
    const org = entriesOf(hit, 'org')[0];
    if (org) return { start: i, end: hit.end, orgId: org.id };
    const place =
      entriesOf(hit, 'demonym')[0] ?? entriesOf(hit, 'country')[0] ?? entriesOf(hit, 'metonym')[0];
    return place ? { start: i, end: hit.end, iso3: place.iso3 } : undefined;
  };

  const skipModifiers = (i: number, end: number): number => {
    while (i < end && k.descriptionModifiers.has(norms[i]!)) i++;
    return i;
  };

  /** Tries a role, agent or description phrase starting at `t`; returns the next position, or undefined. */
  const nominalAt = (t: number, end: number, sentence: number): number | undefined => {
    let i = t;
    let determiner = false;
    let possessor: number | undefined;
    if (k.determiners.has(norms[i]!)) {
      determiner = true;
      i++;
    } else if (POSSESSIVES.has(norms[i]!)) {
      possessor = i;
      i++;
    }
    const modsStart = i;
    i = skipModifiers(i, end);
    const modWords = norms.slice(modsStart, i);
    const mod = modifierAt(i, end);
    if (mod) {
      // "Russia's Defence Ministry", "Ukraine's president": a possessive country works like an adjective.
      const afterMod = norms[mod.end] === "'s" || norms[mod.end] === "'" ? mod.end + 1 : mod.end;
      i = skipModifiers(afterMod, end);
    }
    const hits = lexiconAt(k, tokens, norms, i, end);
    const head = firstOfKind(hits, HEAD_KINDS);
    const headNorm = norms[i];
    const counterpart = headNorm !== undefined && k.counterpartWords.has(headNorm);
    const description = headNorm !== undefined && k.descriptionHeads.has(headNorm);
    if (!head && mod?.iso3 && !mod.affiliation) {
      // "the Belarusian KGB", "Iran's Revolutionary Guards": a state body of the country named before it
      const longest = hits[0];
      const body = entriesOf(longest, 'org')[0];
      const org = body ? k.organisations.get(body.id) : undefined;
      if (longest && org?.kind === 'state') {
        const end = longest.end;
        const cue: Cue = { kind: 'agent', sector: org.code.slice(3), iso3: mod.iso3 };
        emit(mod.start, end, sentence, 'agent', cue, 'agent.state-body-of-country');
        return end;
      }
    }
    if (!head && !counterpart && !description) return undefined;
    if (!mod && !determiner && possessor === undefined && modWords.length === 0 && !head) return undefined;

    // "top diplomat" is an office even though "top" was read as a modifier.
    const modifiedRole =
      modWords.length > 0
        ? k.lexicon.get([...modWords.slice(-1), ...(headNorm ? [headNorm] : [])])
        : undefined;
    const role = (modifiedRole?.map((v) => v.entry).find((e) => e.kind === 'role') ??
      entriesOf(head, 'role')[0]) as Extract<LexEntry, { kind: 'role' }> | undefined;
    const agent = entriesOf(head, 'agent')[0];
    const title = entriesOf(head, 'title')[0];
    const headEnd = head?.end ?? i + 1;
    const of = mod?.iso3 ?? mod?.orgId;

    if (counterpart && !role) {
      const idx = emit(
        t,
        i + 1,
        sentence,
        'role',
        {
          kind: 'role',
          key: '',
          counterpart: true,
          ...(of && { of }),
          ...(possessor !== undefined && { possessor }),
        },
        'role.counterpart',
      );
      const after = nameAt(i + 1, end, sentence);
      if (after !== undefined)
        out[idx] = {
          ...out[idx]!,
          cue: { ...(out[idx]!.cue as Extract<Cue, { kind: 'role' }>), named: idx + 1 },
        };
      return after ?? i + 1;
    }
    if (role) {
      let roleEnd = headEnd;
      let roleOf = of ?? role.of;
      // "Foreign Minister of Russia"
      if (!roleOf && norms[roleEnd] === 'of') {
        // "President of the United States": a country's name may take "the" that its entry does not list
        const ofMod =
          modifierAt(roleEnd + 1, end) ??
          (norms[roleEnd + 1] === 'the' ? modifierAt(roleEnd + 2, end) : undefined);
        if (ofMod) {
          roleOf = ofMod.iso3 ?? ofMod.orgId;
          roleEnd = ofMod.end;
        }
      }
      const cue: Extract<Cue, { kind: 'role' }> = {
        kind: 'role',
        key: role.key,
        ...(roleOf && { of: roleOf }),
        ...(possessor !== undefined && { possessor }),
      };
      const idx = emit(t, roleEnd, sentence, 'role', cue, roleOf ? 'role.office' : 'role.office-no-country');
      const after = nameAt(roleEnd, end, sentence);
      if (after !== undefined) out[idx] = { ...out[idx]!, cue: { ...cue, named: idx + 1 } };
      return after ?? roleEnd;
    }
    if (description && determiner && !norms[i]!.endsWith('s')) {
      emit(
        t,
        i + 1,
        sentence,
        'role',
        { kind: 'description', head: headNorm!, ...(of && { of }), ...(agent && { sector: agent.sector }) },
        'coref.description',
      );
      return i + 1;
    }
    // An agent word used as an adjective ("military invasion", "official answer") names no actor.
    // ("a missionary from Texas": one read as an adjective with no noun after it is the noun)
    const last = head === undefined ? undefined : tokens[head.end - 1];
    const agentIsNoun =
      last !== undefined &&
      (['NOUN', 'PROPN'].includes(last.pos) ||
        (last.pos === 'ADJ' && !NOMINAL_AFTER.has(tokens[head!.end]?.pos ?? '')));
    if (agent && agentIsNoun && !mod && isSingular(tokens[headEnd - 1]!) && orgFollows(headEnd, end)) {
      // "the rebel Revolutionary United Front", "the militant group Hamas": the words describe the name
      // after them, which names the actor (a plural head may end its phrase: "told the troops NATO would")
      return headEnd;
    }
    if (agent && agentIsNoun && mod?.iso3 && isSideParty(mod.start, headEnd, modWords.length)) {
      // "the Russian party insists …", "talks with the Ukrainian party": in the singular, after "the" and a
      // country's adjective, "party" is that country's side in a negotiation, as "the Russian side" is
      emit(mod.start, headEnd, sentence, 'country', { kind: 'country', iso3: mod.iso3 }, 'agent.side-party');
      return headEnd;
    }
    if (agent && agentIsNoun) {
      const cue: Cue = {
        kind: 'agent',
        sector: agent.sector,
        ...(mod?.iso3 && { iso3: mod.iso3 }),
        ...(mod?.orgId && { orgId: mod.orgId }),
        ...(mod?.affiliation && { affiliation: mod.affiliation }),
        ...(!mod && possessor !== undefined && { possessor }),
      };
      emit(mod ? mod.start : i, headEnd, sentence, 'agent', cue, mod ? 'agent.with-country' : 'agent.bare');
      if (mod?.iso3) shareAgentHead(mod.start, sentence, agent.sector);
      // "Ukrainian and foreign media", "Polish and other officials": a country word coordinated with the
      // adjectives before a bare agent word shares it too
      else if (!mod && possessor === undefined) {
        let start = t;
        while (tokens[start - 1]?.sentence === sentence && isLowerAdjective(tokens[start - 1]!)) start--;
        if (start < t && i === t) shareAgentHead(start, sentence, agent.sector);
      }
      return headEnd;
    }
    if (title) {
      const after = nameAt(headEnd, end, sentence, title);
      if (after !== undefined) return after;
    }
    return undefined;
  };

  /**
   * Whether the words from token `p` go on with the name of an agreement, a format or a process, after a
   * numeral or not ("Package of Measures", "II accords", "Format"): what a capital before them names is the
   * document, not the government.
   */
  const namesAgreement = (p: number, sentence: number): boolean => {
    const at = tokens[p]?.pos === 'NUM' || ROMAN_NUMERAL.test(tokens[p]?.text ?? '') ? p + 1 : p;
    const word = tokens[at];
    return word !== undefined && word.sentence === sentence && k.agreementNouns.has(word.norm);
  };

  /**
   * Whether the words [start, end) are "the", a country's adjective and "party" in lower case, singular,
   * nothing else: the side, not a political party ("the Communist Party", "a Russian party", "the ruling
   * party" are parties).
   */
  const isSideParty = (start: number, end: number, modifierWords: number): boolean =>
    modifierWords === 0 &&
    end === start + 2 &&
    norms[start - 1] === 'the' &&
    tokens[start - 1]!.sentence === tokens[start]!.sentence &&
    tokens[start + 1]!.text === 'party';

  /** Whether a known organisation's name starts at token `p`. */
  const orgFollows = (p: number, end: number): boolean =>
    p < end && entriesOf(lexiconAt(k, tokens, norms, p, end)[0], 'org').length > 0;

  /** "former" right before token `t` in the same sentence ("ex-Soviet" is one token, matching nothing). */
  const formerBefore = (t: number, sentence: number): boolean => {
    const before = tokens[t - 1];
    return before !== undefined && before.sentence === sentence && before.norm === 'former';
  };

  /** A single dictionary name: person, surname, country, demonym, seat of power, organisation. */
  const nameOrPlaceAt = (t: number, end: number, sentence: number): number | undefined => {
    const hits = lexiconAt(k, tokens, norms, t, end);
    const hit = firstOfKind(hits, ['person', 'org', 'country', 'metonym', 'demonym', 'surname']);
    if (!hit) return undefined;
    const person = entriesOf(hit, 'person')[0];
    // a one-word name in lower case is read only after a title, like a surname
    if (person && (hit.end - t > 1 || hasCapital(tokens[t]!))) {
      emit(t, hit.end, sentence, 'person', { kind: 'person', id: person.id }, 'kb.person.name');
      return hit.end;
    }
    const org = entriesOf(hit, 'org')[0];
    if (org) {
      const kind = k.organisations.get(org.id)?.kind;
      emit(
        t,
        hit.end,
        sentence,
        kind === 'bloc' ? 'group' : 'org',
        { kind: 'org', id: org.id },
        'kb.org.name',
      );
      return hit.end;
    }
    const country = entriesOf(hit, 'country')[0];
    if (country) {
      // "the former Soviet Union", "the former Yugoslavia": the lands of a state, not a state acting
      if (formerBefore(t, sentence)) return hit.end;
      emit(t, hit.end, sentence, 'country', { kind: 'country', iso3: country.iso3 }, 'kb.country.name');
      return hit.end;
    }
    const metonym = entriesOf(hit, 'metonym')[0];
    if (metonym) {
      // "the Minsk agreements", "Moscow time": a capital modifying a noun is neither actor nor place here.
      const following = tokens[hit.end];
      if (following && following.sentence === sentence && following.pos === 'NOUN' && following.space !== '')
        return hit.end;
      // "the Minsk Package of Measures", "the Minsk II accords": nor is one that names an agreement
      if (namesAgreement(hit.end, sentence)) return hit.end;
      const previous = norms[t - 1];
      const locative =
        previous !== undefined && tokens[t - 1]!.sentence === sentence && k.locatives.has(previous);
      if (locative)
        emit(t, hit.end, sentence, 'place', { kind: 'place', iso3: metonym.iso3 }, 'kb.capital.locative');
      else
        emit(
          t,
          hit.end,
          sentence,
          'country',
          { kind: 'metonym', iso3: metonym.iso3 },
          'kb.metonym.government',
        );
      return hit.end;
    }
    const demonym = entriesOf(hit, 'demonym')[0];
    if (demonym) {
      // "the former Soviet republic of Georgia": a state that is gone, naming no actor
      if (formerBefore(t, sentence)) return hit.end;
      emit(t, hit.end, sentence, 'country', { kind: 'country', iso3: demonym.iso3 }, 'kb.demonym');
      return hit.end;
    }
    const surnames = entriesOf(hit, 'surname');
    // a surname alone in lower case is too often a word ("a half nelson", "the shah")
    if (surnames.length > 0 && !k.notNames.has(norms[t]!) && hasCapital(tokens[t]!)) {
      const ids = surnames.map((e) => e.id);
      const seen = ids.some((id) => fullNamesSeen.has(id));
      const plausible = ids.some((id) => inOfficeNear(k, id, date));
      if (seen || (plausible && tokens[t]!.pos === 'PROPN')) {
        emit(
          t,
          hit.end,
          sentence,
          'person',
          { kind: 'surname', ids },
          seen ? 'coref.surname' : 'kb.person.surname',
        );
        return hit.end;
      }
    }
    return undefined;
  };

  /**
   * Whether the first-person word at `t` is the pronoun: not "US" in capitals, nor the numeral of a ruler's
   * name ("Peter I") or a war ("World War I").
   */
  const isFirstPersonWord = (t: number, sentenceStart: number): boolean => {
    const token = tokens[t]!;
    if (token.norm === 'i') return token.text === 'I' && !isRegnalNumeral(t, sentenceStart);
    return token.text.length === 1 || token.text !== token.text.toUpperCase();
  };

  /**
   * "I" after a name that does not open its clause ("in 1700 Peter I founded", "World War I"): the numeral; a
   * capitalised word opening the clause before it ("Yesterday I met …") leaves it the pronoun.
   */
  const isRegnalNumeral = (t: number, sentenceStart: number): boolean => {
    const before = t - 1;
    if (before < sentenceStart || tokens[before]!.pos !== 'PROPN') return false;
    return before > sentenceStart && !CLAUSE_MARKS.has(tokens[before - 1]!.text);
  };

  /**
   * A first-person word: "our state", "our beautiful country" (the speaker's country), or a pronoun alone.
   * "our troops", "our people" are agents owned by the pronoun, found before this as other possessives are.
   */
  const firstPersonAt = (t: number, end: number, sentence: number): number => {
    const word = norms[t]!;
    if (word === 'our' || word === 'my') {
      let q = t + 1;
      while (q < end && q - t <= MAX_OWN_COUNTRY_ADJECTIVES && tokens[q]!.pos === 'ADJ') q++;
      if (q < end && k.ownCountryNouns.has(norms[q]!) && tokens[q]!.pos !== 'ADJ') {
        emit(
          t,
          q + 1,
          sentence,
          'country',
          { kind: 'first-person', word, country: true },
          'first-person.country',
        );
        return q + 1;
      }
    }
    // "our proposals", "my visit": whose act or thing it is, the events stage reads from the clause
    if (word === 'our' || word === 'my') return t + 1;
    emit(t, t + 1, sentence, 'pronoun', { kind: 'first-person', word }, 'first-person');
    return t + 1;
  };

  /** A person or organisation the statistical tagger found and the dictionaries do not know. */
  const emitName = (name: NameSpan, sentence: number): void => {
    const text = tokens
      .slice(name.start, name.end)
      .map((t) => t.text)
      .join(' ');
    if (name.type === 'PER') {
      emit(name.start, name.end, sentence, 'person', { kind: 'unknown-person', name: text }, 'ner.person');
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
    emit(name.start, name.end, sentence, 'org', cue, 'ner.organisation');
  };

  for (const s of sentences) {
    let t = s.tokenStart;
    while (t < s.tokenEnd) {
      const next = nominalAt(t, s.tokenEnd, s.index) ?? nameOrPlaceAt(t, s.tokenEnd, s.index);
      if (next !== undefined && next > t) {
        t = next;
        continue;
      }
      const name = nameAtToken.get(t);
      if (name && name.end <= s.tokenEnd) {
        emitName(name, s.index);
        t = name.end;
        continue;
      }
      if (k.pronouns.has(norms[t]!) && tokens[t]!.pos !== 'PROPN') {
        emit(t, t + 1, s.index, 'pronoun', { kind: 'pronoun', word: norms[t]! }, 'coref.pronoun');
      } else if (k.firstPerson.has(norms[t]!) && isFirstPersonWord(t, s.tokenStart)) {
        t = firstPersonAt(t, s.tokenEnd, s.index);
        continue;
      }
      t++;
    }
  }
  return out;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** Did this person hold any office within eight years of the date? Guards surname-only matches. */
function inOfficeNear(k: ActorKnowledge, id: string, date: string): boolean {
  const person = k.people.get(id);
  if (!person) return false;
  const at = Date.parse(date);
  return person.tenures.some((t) => {
    const from = Date.parse(t.from) - 8 * YEAR_MS;
    const to = t.to === null ? Number.POSITIVE_INFINITY : Date.parse(t.to) + 8 * YEAR_MS;
    return from <= at && at <= to;
  });
}
