import type { ActorRef, Sentence, Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import { holderOn, officeCode, officesOn } from '../../knowledge/actors/offices.js';
import type { Cue, Detected } from '../mentions/types.js';
import { agentRef, countryRef, orgRef, personRef, unknownRef } from './refs.js';
import { subjectScore } from './salience.js';

/** Heads that make an agent word a body rather than people: "a rights group", not "rights activists". */
const BODY_HEADS = new Set(['group', 'organisation', 'organization', 'watchdog']);

/**
 * An aid group or a human rights body of no country named is an NGO, CAMEO's code for non-governmental
 * organisations (with its `HRI` specialty for human rights: "a human rights group" → `NGOHRI`).
 */
function nonGovernmental(sector: string, headLemma: string): ActorRef | undefined {
  if (sector === 'NGO') return { id: 'NGO', code: 'NGO', name: 'non-governmental organisation' };
  if (sector === 'HRI' && BODY_HEADS.has(headLemma))
    return { id: 'NGOHRI', code: 'NGOHRI', name: 'human rights organisation' };
  return undefined;
}

/**
 * Sectors whose bare words ("lawmakers", "congressmen") name the body of one state that the article named
 * before, when it named that sector of one country only. Not the government, the army or civilians: a
 * speaker's own government, troops and people go unnamed beside the other side's named ones.
 */
const ANAPHORIC_SECTORS: ReadonlySet<string> = new Set(['LEG']);

/** Words for an armed force by its deed on a land not its own, which name the invader named before. */
const INVADER_WORDS: ReadonlySet<string> = new Set(['occupiers', 'invaders', 'occupier', 'invader']);
/** Nouns of an invasion whose author the invaders are ("Russia's invasion" → "the invaders" are Russia's). */
const INVASION_WORDS: ReadonlySet<string> = new Set(['invasion', 'aggression', 'occupation']);
/** Words between the invader and the invasion besides adjectives: "Russia's full-scale invasion". */
const INVASION_MODIFIERS: ReadonlySet<string> = new Set(["'s", '-', 'full', 'scale', 'large']);

/** Words that make a title a past one. */
const FORMER_WORDS = new Set(['former', 'ousted', 'deposed', 'ex', 'exiled', 'toppled', 'late']);
/** Quantifiers of a generic noun ("any aggressor", "every state"), which names no particular actor. */
const GENERIC_QUANTIFIERS = new Set(['any', 'every', 'each']);

export interface Resolution {
  readonly actor?: ActorRef;
  /** The rule that decided the actor (added to the detection rule in the record). */
  readonly rule?: string;
  readonly confidence: number;
}

/** What the resolver remembers of each earlier mention, for coreference. */
interface Antecedent {
  readonly index: number;
  readonly det: Detected;
  readonly actor: ActorRef;
  readonly personId?: string;
  readonly gender?: 'm' | 'f';
  /** Where the whole description starts (a role title before a name), for the subject score. */
  readonly start: number;
}

/**
 * Resolves detected mentions in text order: names through the knowledge base and the article date, roles
 * through who held the office that day, counterparts through the office of the person they belong to, and
 * descriptions, surnames and pronouns through the mentions before them.
 */
export function resolveMentions(
  k: ActorKnowledge,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  detected: readonly Detected[],
  date: string,
): Resolution[] {
  const results: (Resolution | undefined)[] = new Array(detected.length);
  const history: Antecedent[] = [];
  const titleOf = new Map<number, number>(); // named person index → role mention index

  detected.forEach((d, i) => {
    if (d.cue.kind === 'role' && d.cue.named !== undefined) titleOf.set(d.cue.named, i);
  });

  const remember = (index: number, actor: ActorRef, personId?: string): void => {
    const det = detected[index]!;
    const person = personId ? k.people.get(personId) : undefined;
    const cue = det.cue;
    const gender = person?.gender ?? (cue.kind === 'unknown-person' ? cue.gender : undefined);
    const title = titleOf.get(index);
    history.push({
      index,
      det,
      actor,
      ...(personId && { personId }),
      ...(gender && { gender }),
      start: title === undefined ? det.tokenStart : detected[title]!.tokenStart,
    });
  };

  const persons = (filter: (a: Antecedent) => boolean): Antecedent[] =>
    history.filter((a) => a.personId !== undefined || a.det.cue.kind === 'unknown-person').filter(filter);

  const resolvePersonId = (id: string, rule: string, confidence: number): Resolution => ({
    actor: personRef(k, id, date),
    rule,
    confidence,
  });

  /** The best antecedent person for a pronoun or description, preferring the subject of recent sentences. */
  const salientPerson = (
    d: Detected,
    accept: (a: Antecedent) => boolean,
    sameSentenceFirst: boolean,
  ): Antecedent | undefined => {
    const eligible = persons(
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
  };

  const resolveOne = (i: number): Resolution => {
    const cached = results[i];
    if (cached) return cached;
    const d = detected[i]!;
    const cue: Cue = d.cue;
    let r: Resolution;
    switch (cue.kind) {
      case 'person': {
        r = resolvePersonId(cue.id, 'kb.person', 1);
        const titled = titledOffice(i, cue.id);
        if (titled !== undefined && r.actor)
          r = { ...r, actor: { ...r.actor, code: titled }, rule: 'kb.person.title' };
        break;
      }
      case 'surname': {
        const seen = [...history]
          .reverse()
          .find((a) => a.personId !== undefined && cue.ids.includes(a.personId));
        if (seen) r = resolvePersonId(seen.personId!, 'coref.surname', 0.95);
        else {
          const inOffice = cue.ids.filter((id) => {
            const p = k.people.get(id);
            return p !== undefined && officesOn(k, p, date).length > 0;
          });
          const pick = inOffice[0] ?? cue.ids[0]!;
          r = resolvePersonId(
            pick,
            inOffice.length === 1 ? 'kb.surname.in-office' : 'kb.surname.ambiguous',
            inOffice.length === 1 ? 0.9 : 0.6,
          );
          // "President Bush" when no Bush holds an office that day: the title still says which office
          const titled = inOffice.length === 0 ? titledOffice(i, pick) : undefined;
          if (titled !== undefined && r.actor) r = { ...r, actor: { ...r.actor, code: titled } };
        }
        break;
      }
      case 'unknown-person': {
        const title = titleOf.get(i);
        const role = title === undefined ? undefined : detected[title]!.cue;
        // "President Dos Santos" with no country named: an office holder of unknown country (`---GOV`);
        // "former President Ahmed Ben Bella": someone who held it, an elite of that country (`DZAELI`)
        const office =
          role?.kind === 'role' && role.key
            ? role.of
              ? officeCode(k, role.key, role.of)
              : (appositionCode(i) ?? officeCode(k, role.key, '---'))
            : undefined;
        const code =
          office !== undefined
            ? isFormer(detected[title!]!)
              ? `${office.slice(0, 3)}ELI`
              : office
            : (appositionCode(i) ?? (cue.sector ? `---${cue.sector}` : ''));
        // "Petrovsky" after "Ivan Petrovsky": the same person.
        const earlier = !cue.name.includes(' ')
          ? [...history]
              .reverse()
              .find((a) => a.det.cue.kind === 'unknown-person' && a.actor.name.split(' ').at(-1) === cue.name)
          : undefined;
        r = earlier
          ? { actor: earlier.actor, rule: 'coref.surname-unknown', confidence: 0.8 }
          : {
              actor: unknownRef('person', cue.name, code),
              rule: d.rule === 'ner.person' ? 'unknown.person.ner' : 'unknown.person',
              confidence: 0.7,
            };
        break;
      }
      case 'unknown-org':
        r = {
          actor: unknownRef(
            'org',
            cue.name,
            cue.iso3 || cue.sector ? `${cue.iso3 ?? '---'}${cue.sector ?? ''}` : '',
          ),
          rule: 'unknown.organisation',
          confidence: 0.6,
        };
        break;
      case 'country':
        r = { actor: countryRef(k, cue.iso3), rule: 'kb.country', confidence: 1 };
        break;
      case 'metonym':
        r = { actor: countryRef(k, cue.iso3, 'GOV'), rule: 'kb.metonym', confidence: 0.95 };
        break;
      case 'place':
        r = { confidence: 0.9, rule: 'place.not-actor' };
        break;
      case 'org':
        r = { actor: orgRef(k, cue.id), rule: 'kb.org', confidence: 1 };
        break;
      case 'agent': {
        // "Bosnian Serbs said their forces …": a sector owned by a pronoun is its antecedent's country's
        const owner = cue.possessor === undefined ? undefined : ownerOf(d, cue.possessor, cue.sector);
        if (owner) {
          r = { actor: owner, rule: 'agent.pronoun-owner', confidence: 0.7 };
          break;
        }
        // "Russian occupiers shelled … The occupiers seized …": invaders named before with their country
        const invader = !cue.iso3 && !cue.orgId && !cue.affiliation ? invaderAntecedent(d) : undefined;
        if (invader) {
          r = { actor: countryRef(k, invader, cue.sector), rule: 'coref.invader', confidence: 0.7 };
          break;
        }
        // "representatives of the US Congress … told congressmen": legislators of one country named before
        const earlier =
          cue.iso3 || cue.orgId || cue.affiliation || !ANAPHORIC_SECTORS.has(cue.sector)
            ? undefined
            : sectorAntecedent(cue.sector);
        if (earlier) {
          r = { actor: countryRef(k, earlier, cue.sector), rule: 'coref.agent-sector', confidence: 0.7 };
          break;
        }
        r = {
          actor: cue.iso3
            ? countryRef(k, cue.iso3, cue.sector)
            : cue.orgId
              ? orgRef(k, cue.orgId, cue.sector)
              : (nonGovernmental(cue.sector, tokens[d.tokenEnd - 1]!.lemma) ??
                agentRef(cue.sector, cue.affiliation)),
          rule:
            cue.iso3 || cue.orgId
              ? 'agent.country-sector'
              : cue.affiliation
                ? 'agent.affiliation'
                : 'agent.unknown-country',
          confidence: cue.iso3 || cue.orgId ? 0.95 : 0.6,
        };
        break;
      }
      case 'role':
        r = resolveRole(i, cue);
        break;
      case 'description': {
        const prefix = cue.of;
        const a = salientPerson(d, (x) => prefix === undefined || x.actor.code.startsWith(prefix), true);
        if (a) r = { actor: a.actor, rule: 'coref.description', confidence: 0.8 };
        else if (prefix !== undefined && cue.sector !== undefined)
          // "a top U.S. official" with no one to refer to: an unnamed member of that country's sector
          r = {
            actor: k.countries.has(prefix)
              ? countryRef(k, prefix, cue.sector)
              : orgRef(k, prefix, cue.sector),
            rule: 'agent.country-sector',
            confidence: 0.6,
          };
        else r = { confidence: 0.3 };
        break;
      }
      case 'pronoun':
        r = resolvePronoun(d, cue.word);
        break;
    }
    results[i] = r;
    // A title resolved through its name shares the name's actor; only the name is remembered.
    if (r.actor && !(cue.kind === 'role' && cue.named !== undefined)) {
      const personId = cue.kind === 'person' ? cue.id : k.people.has(r.actor.id) ? r.actor.id : undefined;
      remember(i, r.actor, personId);
    }
    return r;
  };

  /**
   * The code a description right before an unknown name gives it: "U.S. Ambassador to the OSCE Michael
   * Carpenter", "Ukrainian negotiator David Arakhamia". Only within one noun phrase: no verb or clause
   * punctuation between them.
   */
  const appositionCode = (i: number): string | undefined => {
    const d = detected[i]!;
    let stop = d.tokenStart;
    for (let j = i - 1; j >= 0; j--) {
      const before = detected[j]!;
      if (before.sentence !== d.sentence || d.tokenStart - before.tokenEnd > 8) return undefined;
      for (let t = before.tokenEnd; t < stop; t++) {
        const token = tokens[t]!;
        if (token.pos === 'VERB' || token.pos === 'AUX' || [',', ';', ':', '.', '"'].includes(token.text))
          return undefined;
      }
      const cue = before.cue;
      if (cue.kind === 'role' && cue.key && cue.of) return officeCode(k, cue.key, cue.of);
      if (cue.kind === 'agent' && cue.iso3) return `${cue.iso3}${cue.sector}`;
      if (cue.kind === 'country') return cue.iso3;
      // "to the OSCE" between an office and its holder's name: look further back.
      if (cue.kind !== 'org') return undefined;
      stop = before.tokenStart;
    }
    return undefined;
  };

  const resolveRole = (i: number, cue: Extract<Cue, { kind: 'role' }>): Resolution => {
    if (cue.named !== undefined) {
      const named = resolveOne(cue.named);
      return named.actor
        ? { actor: named.actor, rule: 'role.title-of-name', confidence: named.confidence }
        : named;
    }
    const d = detected[i]!;
    if (cue.counterpart) {
      const anchor =
        cue.possessor !== undefined
          ? pronounAntecedent(cue.possessor, d)
          : salientPerson(d, () => true, true);
      const person = anchor?.personId ? k.people.get(anchor.personId) : undefined;
      const office = person ? officesOn(k, person, date)[0] : undefined;
      if (office && cue.of) {
        const holder = holderOn(k, office.role, cue.of, date);
        if (holder) return resolvePersonId(holder, 'role.counterpart', 0.9);
        return {
          actor: {
            id: `${cue.of}:${office.role}`,
            code: officeCode(k, office.role, cue.of),
            name: `${cue.of} ${office.role}`,
          },
          rule: 'role.counterpart-unfilled',
          confidence: 0.5,
        };
      }
      return { confidence: 0.2 };
    }
    if (cue.of) {
      const holder = k.sharedRoles.has(cue.key) ? undefined : holderOn(k, cue.key, cue.of, date);
      if (holder) return resolvePersonId(holder, 'role.office-on-date', 0.95);
      return {
        actor: {
          id: `${cue.of}:${cue.key}`,
          code: officeCode(k, cue.key, cue.of),
          name: `${k.countries.get(cue.of)?.name ?? cue.of} ${cue.key}`,
        },
        rule: 'role.office-unfilled',
        confidence: 0.6,
      };
    }
    // An office named without a country: the person in the article who holds it that day.
    const holder = mainHolder(cue.key);
    if (holder) return { actor: holder.actor, rule: 'coref.role', confidence: 0.8 };
    // "the city's mayor, Ihor Kolykhaiev": the name in apposition is the office holder
    const next = detected[i + 1];
    if (next?.type === 'person' && next.sentence === d.sentence && next.tokenStart === d.tokenEnd + 1) {
      const between = tokens[d.tokenEnd]!.text;
      const named = between === ',' ? resolveOne(i + 1) : undefined;
      if (named?.actor) return { actor: named.actor, rule: 'role.apposition', confidence: named.confidence };
    }
    // No one in the article holds it: an unnamed office holder of unknown country ("the foreign minister"
    // → `---GOV`), as an unknown person is coded by the sector their title names.
    return {
      actor: agentRef(k.roleSectors.get(cue.key) ?? 'GOV'),
      rule: 'role.office-unknown-country',
      confidence: 0.4,
    };
  };

  /**
   * The country of the earlier mentions of a sector, when the article has named that sector of one country
   * only ("the US Congress" … "congressmen"; not after "Russian troops" and "Ukrainian troops").
   */
  /**
   * The country of the invaders named before with one ("Russian occupiers", "Russia's invasion"), for a
   * later "the occupiers" or "the invaders" named by their deed alone: the latest such mention's.
   */
  const invaderAntecedent = (d: Detected): string | undefined => {
    if (!INVADER_WORDS.has(tokens[d.tokenEnd - 1]!.norm.toLowerCase())) return undefined;
    for (let j = history.length - 1; j >= 0; j--) {
      const a = history[j]!;
      const invading =
        a.det.type === 'agent'
          ? INVADER_WORDS.has(tokens[a.det.tokenEnd - 1]!.norm.toLowerCase())
          : namesInvasion(a.det.tokenEnd);
      const prefix = a.actor.code.slice(0, 3);
      if (invading && k.countries.has(prefix)) return prefix;
    }
    return undefined;
  };

  /** Whether an invasion is named right after token t: "Russia's full-scale invasion", "Russian aggression". */
  const namesInvasion = (t: number): boolean => {
    for (let j = t; j < Math.min(tokens.length, t + 5); j++) {
      const w = tokens[j]!.norm.toLowerCase();
      if (INVASION_WORDS.has(w)) return true;
      if (!INVASION_MODIFIERS.has(w) && tokens[j]!.pos !== 'ADJ') return false;
    }
    return false;
  };

  const sectorAntecedent = (sector: string): string | undefined => {
    let country: string | undefined;
    for (const a of history) {
      const code = a.actor.code;
      if (a.personId !== undefined || code.length !== 6 || code.slice(3) !== sector) continue;
      if (a.det.type !== 'agent' && a.det.type !== 'org') continue;
      const prefix = code.slice(0, 3);
      if (!k.countries.has(prefix)) continue;
      if (country !== undefined && country !== prefix) return undefined;
      country = prefix;
    }
    return country;
  };

  /**
   * Of the people named so far who hold office `key` that day, the one "the President" means: the one named
   * most often, the article's main figure; on a tie the one named first ("President Zelenskyy and President
   * Karis held talks … the President said": the first named, whom the article is about).
   */
  const mainHolder = (key: string): Antecedent | undefined => {
    const counts = new Map<string, { first: Antecedent; count: number }>();
    for (const a of history) {
      const p = a.personId ? k.people.get(a.personId) : undefined;
      if (p === undefined || !officesOn(k, p, date).some((t) => t.role === key)) continue;
      const seen = counts.get(p.id);
      if (seen) seen.count++;
      else counts.set(p.id, { first: a, count: 1 });
    }
    let best: { first: Antecedent; count: number } | undefined;
    for (const c of counts.values()) if (!best || c.count > best.count) best = c;
    return best?.first;
  };

  /** The antecedent of the possessive pronoun at token `p` ("his" in "his Russian counterpart"). */
  const pronounAntecedent = (p: number, d: Detected): Antecedent | undefined => {
    const info = k.pronouns.get(tokens[p]!.norm);
    return salientPerson(d, (a) => genderFits(info?.gender, a.gender), true);
  };

  const resolvePronoun = (d: Detected, word: string): Resolution => {
    const info = k.pronouns.get(word);
    if (!info) return { confidence: 0 };
    if (info.number === 'singular') {
      const subjectOpening = info.case === 'subject' && !hasPersonBefore(d);
      const a = salientPerson(d, (x) => genderFits(info.gender, x.gender), !subjectOpening);
      return a
        ? {
            actor: a.actor,
            rule: subjectOpening ? 'coref.pronoun.subject' : 'coref.pronoun.recent',
            confidence: 0.8,
          }
        : { confidence: 0.2 };
    }
    // they / it: the most recent actor that is not a person, in this or the previous two sentences; for a
    // subject "they", one not named as the object of a preposition when there is one ("Russian forces
    // struck the territory of Ukraine. They say …": the forces)
    const wantThing = info.number === 'thing';
    const subjectThey = word === 'they';
    return (
      antecedentOf(d, wantThing, subjectThey) ??
      (subjectThey ? antecedentOf(d, false, false) : undefined) ?? { confidence: 0.2 }
    );
  };

  /** Whether a mention is the object of a preposition: "of Ukraine", "in Kyiv", "against Russia". */
  const isOblique = (a: Antecedent): boolean => {
    const before = tokens[a.start - 1];
    return before !== undefined && before.sentence === a.det.sentence && before.pos === 'ADP';
  };

  /** The antecedent of "they" or "it", passing over objects of prepositions when `direct`. */
  const antecedentOf = (d: Detected, wantThing: boolean, direct: boolean): Resolution | undefined => {
    for (let j = history.length - 1; j >= 0; j--) {
      const a = history[j]!;
      if (a.det.sentence < d.sentence - 2) break;
      if (a.det.sentence === d.sentence && a.det.tokenStart > d.tokenStart) continue;
      if (a.personId !== undefined || a.det.cue.kind === 'unknown-person' || a.det.modifier) continue;
      if (direct && isOblique(a)) continue;
      // "rejected a Senegalese peace plan and said they …": a country's adjective before a thing describes
      // the thing, it is no party that "they" can refer to
      if (!wantThing && a.det.type === 'country' && isAttributive(a.det)) continue;
      // "the deployment of a peacekeeping force until their demands …": a thing named in the singular is "it"
      if (!wantThing && isSingularNoun(a.det.tokenEnd - 1)) continue;
      // a group, or an agent named in the plural ("troops"), is "they"; "the government" is "it"
      const plural =
        a.det.type === 'group' ||
        (a.det.type === 'agent' && isPluralHead(a.det.tokenEnd - 1)) ||
        (a.det.cue.kind === 'pronoun' && k.pronouns.get(a.det.cue.word)?.number === 'plural');
      if (wantThing && plural) continue;
      // "any aggressor will face defeat should it attack": a generic noun after the actor is what "it" means
      if (wantThing && genericNounBetween(a.det.tokenEnd, d)) return { confidence: 0.2 };
      return { actor: a.actor, rule: wantThing ? 'coref.pronoun.it' : 'coref.pronoun.they', confidence: 0.6 };
    }
    return undefined;
  };

  /**
   * Whose sector "his", "her", "their" or "its" at token `p` names: for "his" and "her", the person's
   * country; for "their" and "its", the nearest country or organisation named before it in the sentence that
   * is not the object of a preposition ("demanded that Russia end its offensive in Ukraine and withdraw its
   * forces" → Russia's; "NATO must pull its forces back" → NATO's), else the pronoun's antecedent.
   */
  const ownerOf = (d: Detected, p: number, sector: string): ActorRef | undefined => {
    const word = tokens[p]!.norm;
    // "his government", "her ministers": the sector of the person's country
    if (word === 'his' || word === 'her') {
      const prefix = pronounAntecedent(p, d)?.actor.code.slice(0, 3) ?? '';
      return k.countries.has(prefix) ? countryRef(k, prefix, sector) : undefined;
    }
    if (word !== 'their' && word !== 'its') return undefined;
    for (let j = history.length - 1; j >= 0; j--) {
      const a = history[j]!;
      if (a.det.sentence !== d.sentence) break;
      if (a.det.tokenEnd > p || a.personId !== undefined) continue;
      if (a.det.modifier || a.det.cue.kind === 'unknown-person') continue;
      // "its" names one owner, "their" several; a country's adjective before a thing ("a U.S. ally") none
      const last = a.det.tokenEnd - 1;
      if (word === 'its' ? isPluralHead(last) : isSingularNoun(last)) continue;
      if (a.det.type === 'country' && isAttributive(a.det)) continue;
      const before = tokens[a.start - 1];
      // "in Ukraine", "including Britain": a place or an example, not who owns the sector
      if (before && before.sentence === d.sentence && (before.pos === 'ADP' || before.norm === 'including'))
        continue;
      const owner = ownedSector(a.actor, sector);
      if (owner) return owner;
    }
    const antecedent = resolvePronoun(d, word).actor;
    return antecedent && ownedSector(antecedent, sector);
  };

  /** The sector of a country or a known organisation ("Kenya" → KENMIL, "NATO" → IGOWSTNATMIL). */
  const ownedSector = (owner: ActorRef, sector: string): ActorRef | undefined => {
    const id = owner.id.split(':')[0]!;
    if (k.organisations.has(id)) return orgRef(k, id, sector);
    const prefix = owner.code.slice(0, 3);
    return k.countries.has(prefix) && !k.people.has(owner.id) ? countryRef(k, prefix, sector) : undefined;
  };

  /**
   * The office a present title before a known name gives ("Israeli President Moshe Katsav"), when the
   * knowledge base has no office for that person on the article date: the sentence itself says the person
   * holds it then, so the title codes them as it codes an unknown person.
   */
  const titledOffice = (i: number, personId: string): string | undefined => {
    const title = titleOf.get(i);
    if (title === undefined) return undefined;
    const role = detected[title]!.cue;
    if (role.kind !== 'role' || !role.key || role.counterpart || isFormer(detected[title]!)) return undefined;
    // Only political offices: a church title such as "Archbishop" stays with its holder for life.
    if ((k.roleSectors.get(role.key) ?? 'GOV') !== 'GOV') return undefined;
    const person = k.people.get(personId);
    if (!person || officesOn(k, person, date).length > 0) return undefined;
    // the country the knowledge base knows for that office, else the one the title names
    const country = person.tenures.find((t) => t.role === role.key)?.of ?? role.of;
    if (country === undefined || !k.countries.has(country)) return undefined;
    return officeCode(k, role.key, country);
  };

  /** Whether a title says its holder no longer holds it: "former President", "ousted premier", "ex-minister". */
  const isFormer = (d: Detected): boolean => {
    for (let t = d.tokenStart; t < d.tokenEnd; t++) if (FORMER_WORDS.has(tokens[t]!.norm)) return true;
    return false;
  };

  /** A country adjective before a noun in the singular: "a Senegalese peace plan", not "Russian delegations". */
  const isAttributive = (d: Detected): boolean => {
    let t = d.tokenEnd;
    while (tokens[t]?.sentence === d.sentence && tokens[t]!.pos === 'NOUN') t++;
    return t > d.tokenEnd && isSingularNoun(t - 1);
  };

  /**
   * Whether a generic noun in the singular ("any potential aggressor", "every state") stands in the pronoun's
   * sentence between token `from` and the pronoun: it, not an actor named before it, is then the antecedent.
   */
  const genericNounBetween = (from: number, d: Detected): boolean => {
    for (let t = Math.max(from, sentences[d.sentence]!.tokenStart); t < d.tokenStart; t++) {
      if (!GENERIC_QUANTIFIERS.has(tokens[t]!.norm)) continue;
      let q = t + 1;
      while (q < d.tokenStart && tokens[q]!.pos === 'ADJ') q++;
      if (q < d.tokenStart && isSingularNoun(q)) return true;
    }
    return false;
  };

  const isSingularNoun = (t: number): boolean => {
    const token = tokens[t]!;
    return token.pos === 'NOUN' && token.lemma === token.norm;
  };

  const isPluralHead = (t: number): boolean => {
    const token = tokens[t]!;
    return token.norm.endsWith('s') && token.lemma !== token.norm;
  };

  const hasPersonBefore = (d: Detected): boolean =>
    history.some(
      (a) =>
        a.det.sentence === d.sentence &&
        a.det.tokenEnd <= d.tokenStart &&
        a.personId !== undefined &&
        !a.det.inQuote,
    );

  for (let i = 0; i < detected.length; i++) resolveOne(i);
  return results as Resolution[];
}

function genderFits(wanted: 'm' | 'f' | undefined, actual: 'm' | 'f' | undefined): boolean {
  return wanted === undefined || actual === undefined || wanted === actual;
}
