import type { LexEntry } from '../../knowledge/actors/types.js';
import { isOrdinaryWord } from '../../nlp/wink.js';
import { shareAgentHead, shareAgentModifier } from './coordinated-agents.js';
import { entriesOf, firstOfKind, lexiconAt } from './lexicon-scan.js';
import { HEAD_KINDS, type Modifier, modifierAt, skipModifiers } from './modifiers.js';
import type { MentionScan } from './scan.js';
import { nameAfterTitle } from './title-names.js';
import { isCapitalised, isLowerAdjective, isSingular } from './token-shape.js';
import { townBefore } from './town-offices.js';
import type { Cue } from './types.js';

/** How far before a local office its town's name and administration words may start ("Nizhny Novgorod Regional"). */
const TOWN_REACH = 5;
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
/** Tags of a word an adjective could modify, or go on to one ("military invasion", "official answer"). */
const NOMINAL_AFTER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT', 'CCONJ']);
/** Marks that end a sentence or a clause: an adjective right before one has no noun after it ("served in the Russian military."). */
const CLAUSE_END_MARKS = new Set(['.', '!', '?', ';']);

/**
 * Tries a role, agent or description phrase starting at `t` ("the Russian Foreign Minister", "his Russian
 * counterpart", "Russian troops", "the top US official"); returns the next position, or undefined.
 */
export function nominalAt(scan: MentionScan, t: number, end: number, sentence: number): number | undefined {
  const { k, tokens, norms, out } = scan;
  let i = t;
  let determiner = false;
  let possessor: number | undefined;
  if (k.determiners.has(norms[i]!)) {
    determiner = true;
    i++;
  } else if (POSSESSIVES.has(norms[i]!) && !firstOfKind(lexiconAt(k, tokens, norms, i, end), ['title'])) {
    // (a title that opens with a possessive, "His Holiness", is the title)
    possessor = i;
    i++;
  }
  const modsStart = i;
  i = skipModifiers(scan, i, end);
  const modWords = norms.slice(modsStart, i);
  const mod = modifierAt(scan, i, end);
  // "our brave soldiers", "their exhausted troops": adjectives between an owner and the people it owns
  if (!mod && possessor !== undefined) i = pastAdjectivesToAgent(scan, i, end);
  if (mod) {
    // "Russia's Defence Ministry", "Ukraine's president": a possessive country works like an adjective.
    const afterMod = norms[mod.end] === "'s" || norms[mod.end] === "'" ? mod.end + 1 : mod.end;
    const from = skipModifiers(scan, afterMod, end);
    // "Russia concentrated/ADJ troops near …": a past form right after a country's bare name is the country's
    // verb, not an adjective of its troops ("Russian concentrated troops" would be one)
    const verbAfterName = mod.name === true && from === mod.end && norms[from]?.endsWith('ed') === true;
    i = verbAfterName ? from : pastAdjectivesToAgent(scan, from, end);
  }
  const hits = lexiconAt(k, tokens, norms, i, end);
  const head = firstOfKind(hits, HEAD_KINDS);
  // "Pope Francis", "Patriarch Kirill": a person's full name that opens with a title is the name
  const person = firstOfKind(hits, ['person']);
  if (i === t && head && person && person.end > head.end) return undefined;
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
      scan.emit(mod.start, end, sentence, 'agent', cue, 'agent.state-body-of-country');
      return end;
    }
  }
  if (!head && !counterpart && !description) return undefined;
  if (!mod && !determiner && possessor === undefined && modWords.length === 0 && !head) return undefined;

  // "top diplomat" is an office even though "top" was read as a modifier.
  const modifiedRole =
    modWords.length > 0 ? k.lexicon.get([...modWords.slice(-1), ...(headNorm ? [headNorm] : [])]) : undefined;
  const role = (modifiedRole?.map((v) => v.entry).find((e) => e.kind === 'role') ??
    entriesOf(head, 'role')[0]) as Extract<LexEntry, { kind: 'role' }> | undefined;
  const agent = entriesOf(head, 'agent')[0];
  const title = entriesOf(head, 'title')[0];
  const headEnd = head?.end ?? i + 1;
  const of = mod?.iso3 ?? mod?.orgId;

  if (counterpart && !role) {
    const idx = scan.emit(
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
    const after = nameAfterTitle(scan, i + 1, end, sentence);
    if (after !== undefined)
      out[idx] = {
        ...out[idx]!,
        cue: { ...(out[idx]!.cue as Extract<Cue, { kind: 'role' }>), named: idx + 1 },
      };
    return after ?? i + 1;
  }
  if (role) {
    let roleEnd = portfolioEnd(scan, headEnd, end);
    let roleOf = of ?? role.of;
    // "Foreign Minister of Russia"
    if (!roleOf && norms[roleEnd] === 'of') {
      // "President of the United States": a country's name may take "the" that its entry does not list
      const ofMod =
        modifierAt(scan, roleEnd + 1, end) ??
        (norms[roleEnd + 1] === 'the' ? modifierAt(scan, roleEnd + 2, end) : undefined);
      // the office of a body we do not know ("President of the Russian Union of Industrialists") is no office
      // of the country, and names no actor we can code
      if (ofMod && namesAnotherBody(scan, ofMod, end)) return ofMod.end;
      if (ofMod) {
        roleOf = ofMod.iso3 ?? ofMod.orgId;
        roleEnd = ofMod.end;
      }
    }
    // "Melitopol Mayor Ivan Fedorov": the town or region right before a local office is the state's
    let start = t;
    if (!roleOf && i === t && k.localOfficeTitles.has(norms[headEnd - 1]!)) {
      const from = out.at(-1)?.tokenEnd ?? 0;
      const town = townBefore(scan, Math.max(from, t - TOWN_REACH), t);
      if (town) {
        roleOf = town.iso3;
        start = town.start;
        // "former New York City Mayor": the words before the town describe the office
        while (
          start > from &&
          tokens[start - 1]!.sentence === sentence &&
          k.descriptionModifiers.has(norms[start - 1]!)
        )
          start--;
      }
    }
    const cue: Extract<Cue, { kind: 'role' }> = {
      kind: 'role',
      key: role.key,
      ...(roleOf && { of: roleOf }),
      ...(possessor !== undefined && { possessor }),
    };
    const idx = scan.emit(
      start,
      roleEnd,
      sentence,
      'role',
      cue,
      roleOf ? 'role.office' : 'role.office-no-country',
    );
    const after = nameAfterTitle(scan, roleEnd, end, sentence);
    if (after !== undefined) out[idx] = { ...out[idx]!, cue: { ...cue, named: idx + 1 } };
    return after ?? roleEnd;
  }
  if (description && determiner && !norms[i]!.endsWith('s')) {
    scan.emit(
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
      (last.pos === 'ADJ' &&
        (!NOMINAL_AFTER.has(tokens[head!.end]?.pos ?? '') || CLAUSE_END_MARKS.has(tokens[head!.end]!.text))));
  if (agent && agentIsNoun && !mod && isSingular(tokens[headEnd - 1]!) && orgFollows(scan, headEnd, end)) {
    // "the rebel Revolutionary United Front", "the militant group Hamas": the words describe the name
    // after them, which names the actor (a plural head may end its phrase: "told the troops NATO would")
    return headEnd;
  }
  if (agent && agentIsNoun && mod?.iso3 && isSideParty(scan, mod.start, headEnd, modWords.length)) {
    // "the Russian party insists …", "talks with the Ukrainian party": in the singular, after "the" and a
    // country's adjective, "party" is that country's side in a negotiation, as "the Russian side" is
    scan.emit(
      mod.start,
      headEnd,
      sentence,
      'country',
      { kind: 'country', iso3: mod.iso3 },
      'agent.side-party',
    );
    return headEnd;
  }
  // "the forces of nature", "forces of evil": forces of a bare common noun no lexicon knows are no army
  if (agent && agentIsNoun && !mod && abstractForces(scan, i, headEnd, end)) return headEnd;
  if (agent && agentIsNoun) {
    const cue: Cue = {
      kind: 'agent',
      sector: agent.sector,
      ...(mod?.iso3 && { iso3: mod.iso3 }),
      ...(mod?.orgId && { orgId: mod.orgId }),
      ...(mod?.affiliation && { affiliation: mod.affiliation }),
      ...(!mod && possessor !== undefined && { possessor }),
    };
    scan.emit(
      mod ? mod.start : i,
      headEnd,
      sentence,
      'agent',
      cue,
      mod ? 'agent.with-country' : 'agent.bare',
    );
    if (mod?.iso3) shareAgentHead(scan, mod.start, sentence, agent.sector);
    // "Ukrainian and foreign media", "Polish and other officials": a country word coordinated with the
    // adjectives before a bare agent word shares it too
    else if (!mod && possessor === undefined) {
      let start = t;
      while (tokens[start - 1]?.sentence === sentence && isLowerAdjective(tokens[start - 1]!)) start--;
      if (start < t && i === t) shareAgentHead(scan, start, sentence, agent.sector);
      else if (i === t) shareAgentModifier(scan, t, sentence);
    }
    return headEnd;
  }
  if (title) {
    // "Justice Secretary Dominic Raab": an office's title before another title names its portfolio, not
    // the office of the person named ("Justice" is no judge here)
    if (title.sector && firstOfKind(lexiconAt(k, tokens, norms, headEnd, end), ['title'])) return undefined;
    const after = nameAfterTitle(scan, headEnd, end, sentence, title);
    if (after !== undefined) return after;
  }
  return undefined;
}

/** Words a minister's portfolio may join its parts with ("Minister of Culture and Information Policy"). */
const PORTFOLIO_JOINERS: ReadonlySet<string> = new Set(['and', '&']);
/** The most words of a portfolio ("Strategic Industries", "Culture and Information Policy"). */
const PORTFOLIO_WORDS = 5;

/**
 * "Minister of Justice", "Minister of Energy", "Minister of Culture and Information Policy": after a
 * minister, "of" and capitalised ordinary words name the portfolio, which is part of the office, not a
 * judge's title ("Justice"), a town ("Energy") or an organisation. Returns the position after the
 * portfolio, or `p` when none starts there.
 */
function portfolioEnd(scan: MentionScan, p: number, end: number): number {
  const { k, tokens, norms } = scan;
  if (norms[p - 1] !== 'minister' || norms[p] !== 'of') return p;
  let last = p;
  for (let j = p + 1; j < end && j - p <= PORTFOLIO_WORDS; j++) {
    const token = tokens[j]!;
    if (PORTFOLIO_JOINERS.has(norms[j]!) && last > p) continue;
    if (!isCapitalised(token) || !isOrdinaryWord(norms[j]!)) break;
    // "Minister of the Interior" is a role of its own; "of Ukraine" names the country, not a portfolio
    if (firstOfKind(lexiconAt(k, tokens, norms, j, end), PORTFOLIO_STOP_KINDS)) break;
    last = j + 1;
  }
  return last;
}

const PORTFOLIO_STOP_KINDS: readonly LexEntry['kind'][] = ['country', 'demonym', 'metonym', 'org', 'person'];

/**
 * Whether the words [start, end) are "the", a country's adjective and "party" in lower case, singular,
 * nothing else: the side, not a political party ("the Communist Party", "a Russian party", "the ruling
 * party" are parties).
 */
function isSideParty(scan: MentionScan, start: number, end: number, modifierWords: number): boolean {
  const { tokens, norms } = scan;
  return (
    modifierWords === 0 &&
    end === start + 2 &&
    norms[start - 1] === 'the' &&
    tokens[start - 1]!.sentence === tokens[start]!.sentence &&
    tokens[start + 1]!.text === 'party'
  );
}

/** Whether a known organisation's name starts at token `p`. */
function orgFollows(scan: MentionScan, p: number, end: number): boolean {
  return p < end && entriesOf(lexiconAt(scan.k, scan.tokens, scan.norms, p, end)[0], 'org').length > 0;
}

/**
 * Does a country's adjective go on to a capitalised word that names no actor, as in "President of the Russian
 * Union of Industrialists" or "the Russian Academy of Sciences"? Then the office is of a body with its own
 * name, not of the country. A country's name ("the Russian Federation") or an agent after the adjective ("the
 * Russian Armed Forces") ends the phrase as a country would.
 */
function namesAnotherBody(scan: MentionScan, mod: Modifier, end: number): boolean {
  const token = scan.tokens[mod.end];
  if (mod.end >= end || !token || !isCapitalised(token) || !['NOUN', 'PROPN', 'ADJ'].includes(token.pos))
    return false;
  const { k, tokens, norms } = scan;
  const adjective = lexiconAt(k, tokens, norms, mod.start, end).find((h) => h.end === mod.end);
  if (entriesOf(adjective, 'demonym').length === 0) return false;
  return firstOfKind(lexiconAt(k, tokens, norms, mod.end, end), HEAD_KINDS) === undefined;
}

/**
 * "Russia's strategic forces", "Ukrainian territorial defence forces": up to two adjectives in lower case
 * between a country and an agent word describe the agent; the position of that agent word, else `i`.
 */
function pastAdjectivesToAgent(scan: MentionScan, i: number, end: number): number {
  const { k, tokens, norms } = scan;
  if (i >= end || !isLowerAdjective(tokens[i]!)) return i;
  if (firstOfKind(lexiconAt(k, tokens, norms, i, end), HEAD_KINDS)) return i;
  for (let j = i + 1; j < end && j <= i + 2; j++) {
    const agent = firstOfKind(lexiconAt(k, tokens, norms, j, end), ['agent']);
    if (agent) return j;
    if (!isLowerAdjective(tokens[j]!)) break;
  }
  return i;
}

const FORCE_WORDS = new Set(['force', 'forces']);

/**
 * Whether "force" or "forces" at `i` is followed by "of" and a bare common noun that names no actor ("the
 * forces of nature", "forces of good"): a power, not armed forces ("the forces of the coalition" and "forces
 * of Russia" are armed).
 */
function abstractForces(scan: MentionScan, i: number, headEnd: number, end: number): boolean {
  const { k, tokens, norms } = scan;
  if (headEnd !== i + 1 || !FORCE_WORDS.has(norms[i]!) || norms[headEnd] !== 'of') return false;
  const next = tokens[headEnd + 1];
  if (next?.pos !== 'NOUN' && next?.pos !== 'ADJ') return false;
  if (isCapitalised(next)) return false;
  return lexiconAt(k, tokens, norms, headEnd + 1, end).length === 0;
}
