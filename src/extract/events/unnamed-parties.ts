import { countrySpan, originCountry, placeCountries } from './acted-on.js';
import { type Argument, actorsOfGroup, type Parsed, phrasesBetween, regionEnd } from './arguments.js';
import type { Candidate } from './candidate.js';
import { AIRCRAFT } from './subject-codes.js';
import { DOCUMENT_NOUNS, isCountryCode } from './words.js';

// The parties a sentence leaves unnamed: who carried out violence no attacker is named for, whose people
// victims and those the police act on are, and where an act happened.

/**
 * Who carried out violence no one is named for. "10 Russian soldiers killed in Ukraine": foreign victims in
 * a country fell to that country's side. "A mine near Samarra killed two Iraqi youths": victims of the
 * country it happened in, or of none named, fell to an unidentified armed force there (CAMEO's `UAF`).
 * With no place, the attacker is unknown. An attack the victims fell in that names its author ("killed in
 * Israeli shelling") gives the author instead, when the killing and the attack are folded into one event.
 */
export function unknownAttackers(
  parsed: Parsed,
  p: Parsed['predicates'][number],
  victim: Argument,
): Argument[] {
  const victimCountry = victim.span.actor.code.slice(0, 3);
  // "a mortar bomb was fired at Israel from the Gaza Strip": fire from another country's ground is that side's
  const origin = originCountry(parsed, p.end, regionEnd(parsed, p));
  if (origin && !victimCountry.startsWith('-') && origin.span.actor.code !== victimCountry) return [origin];
  const where = violencePlace(parsed, p);
  if (where && !victimCountry.startsWith('-') && where.span.actor.code !== victimCountry) return [where];
  if (where) {
    const code = `${where.span.actor.code}UAF`;
    const actor = { id: code, code, name: `unidentified armed force (${where.span.actor.name})` };
    return [{ span: { ...where.span, actor, type: 'agent' }, weight: 0.5 }];
  }
  const unknown = { id: '---', code: '---', name: 'unknown' };
  return [{ span: { ...victim.span, actor: unknown, type: 'agent' }, weight: 0.5 }];
}

/** Sectors that speak for a state when it restricts or frees its people: the state, its government, courts. */
const RESTRICTING_SECTORS = new Set(['', 'GOV', 'LEG', 'JUD', 'MIL']);

/**
 * The country of a state that restricts its people or eases their restrictions (172x, 081x): "the Kenyan
 * government lifted the ban on opposition parties" lifts it on Kenya's opposition.
 */
export function restrictionHome(sources: readonly Argument[], code: string): Argument | undefined {
  if (!code.startsWith('081') && !code.startsWith('172')) return undefined;
  const first = sources[0];
  if (!first) return undefined;
  const own = first.span.actor.code;
  if (!isCountryCode(own) || !RESTRICTING_SECTORS.has(own.slice(3, 6))) return undefined;
  const country = own.slice(0, 3);
  if (sources.some((s) => s.span.actor.code.slice(0, 3) !== country)) return undefined;
  return { span: { ...first.span, actor: { id: country, code: country, name: country } }, weight: 1 };
}

/** A kind of people with no country named ("demonstrators" → `---CVL`). */
export function isUnplaced(a: Argument): boolean {
  return a.span.actor.code.startsWith('---') && a.span.actor.code.length > 3;
}

/** The country whose police all the sources are, if they are police of one country. */
export function policeHome(sources: readonly Argument[]): Argument | undefined {
  const first = sources[0];
  if (!first) return undefined;
  const code = first.span.actor.code;
  if (code.slice(3, 6) !== 'COP' || !isCountryCode(code)) return undefined;
  if (sources.some((s) => s.span.actor.code.slice(0, 6) !== code.slice(0, 6))) return undefined;
  const country = code.slice(0, 3);
  return { span: { ...first.span, actor: { id: country, code: country, name: country } }, weight: 1 };
}

/** Sectors of a country's people outside its state: rebels, opposition, civilians, workers, students. */
const NON_STATE_SECTORS = new Set(['REB', 'OPP', 'INS', 'CVL', 'LAB', 'EDU', 'AGR', 'REL', 'BUS']);
/**
 * Sectors of a state that act at home: its government, police, legislature and courts (troops with no country
 * named may well be foreign ones: "insurgents killed two soldiers").
 */
const HOME_STATE_SECTORS = new Set(['GOV', 'COP', 'LEG', 'JUD']);

/**
 * "Rebels in the Ivory Coast dismissed an appeal from the president", "Taliban fighters killed police
 * officers": the rebels, opposition or people of one country deal with their own state, so a government,
 * police or court no country is named for is theirs.
 */
export function placeOwnState(sources: readonly Argument[], targets: readonly Argument[]): Argument[] {
  const first = sources[0];
  if (!first || !targets.some(isUnplacedState)) return [...targets];
  const code = first.span.actor.code;
  if (!isCountryCode(code) || !NON_STATE_SECTORS.has(code.slice(3, 6))) return [...targets];
  const country = code.slice(0, 3);
  if (sources.some((s) => s.span.actor.code.slice(0, 3) !== country)) return [...targets];
  const home = { span: { ...first.span, actor: { id: country, code: country, name: country } }, weight: 1 };
  return targets.map((t) => (isUnplacedState(t) ? placedIn(t, home) : t));
}

function isUnplacedState(a: Argument): boolean {
  return isUnplaced(a) && HOME_STATE_SECTORS.has(a.span.actor.code.slice(3, 6));
}

export function placedIn(a: Argument, where: Argument): Argument {
  const code = `${where.span.actor.code}${a.span.actor.code.slice(3)}`;
  return {
    ...a,
    span: { ...a.span, actor: { id: code, code, name: `${a.span.actor.name} (${where.span.actor.name})` } },
  };
}

/** Sectors of a country's own politics and order: oppositions, parties, unions, police, courts. */
const DOMESTIC_SECTORS = new Set(['OPP', 'PTY', 'LAB', 'COP', 'JUD']);

/**
 * "the Umma party said it will boycott Algeria's elections", "opposition leaders postponed the rally in
 * Baku", "Cairo's security chief warned that police …": an opposition, party, union, police force or court
 * of no country named, in a sentence that names one country and no other, is that country's.
 */
export function placeDomesticGroups(parsed: Parsed, candidates: readonly Candidate[]): void {
  const unplaced = (a: Argument) => isUnplaced(a) && DOMESTIC_SECTORS.has(a.span.actor.code.slice(3, 6));
  if (!candidates.some((c) => c.sources.some(unplaced) || c.targets.some(unplaced))) return;
  const home = soleCountry(parsed);
  if (!home) return;
  const place = (a: Argument) => (unplaced(a) ? placedIn(a, home) : a);
  for (const c of candidates) {
    c.sources = c.sources.map(place);
    c.targets = c.targets.map(place);
  }
}

/** The one country a sentence names, by its actors or its places; undefined when it names none or several. */
function soleCountry(parsed: Parsed): Argument | undefined {
  let found: Argument | undefined;
  const see = (code: string, span: Argument['span']): boolean => {
    if (found) return found.span.actor.code === code;
    found = { span: { ...span, actor: { id: code, code, name: code } }, weight: 0.6 };
    return true;
  };
  for (const span of parsed.view.actors) {
    const code = span.actor.code;
    if (!isCountryCode(code)) continue;
    if (!see(code.slice(0, 3), span)) return undefined;
  }
  for (const place of parsed.view.places) {
    const code = place.value.country;
    if (!code) continue;
    if (!see(code, countrySpan(place))) return undefined;
  }
  return found;
}

/** The first place after the verb, up to the next comma or the end of its words. */
export function placeBeforeComma(parsed: Parsed, p: Parsed['predicates'][number]): Argument | undefined {
  const end = regionEnd(parsed, p);
  let stop = p.end;
  while (stop < end && parsed.view.norm[stop] !== ',') stop++;
  return placeCountries(parsed, p.end, stop)[0];
}

/** Where violence happened: a place after the verb, or in an attack named as its subject. */
export function violencePlace(parsed: Parsed, p: Parsed['predicates'][number]): Argument | undefined {
  const clause = parsed.clauses[p.index]!;
  const places = placeCountries(parsed, p.end, regionEnd(parsed, p));
  // "a roadside bombing near Samarra killed …": the attack named as the subject says where it was
  if (!p.passive) places.push(...placeCountries(parsed, clause.start, p.start));
  return places[0];
}

/** The country of the first place the act is done in ("was arrested in Beirut" → LBN). */
export function countryOfPlace(parsed: Parsed, p: Parsed['predicates'][number]): Argument[] {
  return placeCountries(parsed, p.end, regionEnd(parsed, p)).slice(0, 1);
}

/** Heads of a subject that is an attack or a weapon rather than who attacked ("a car bomb killed …"). */
const ATTACK_SUBJECTS = new Set([
  'attack',
  'bomb',
  'bombing',
  'blast',
  'explosion',
  'airstrike',
  'strike',
  'shelling',
  'shell',
  'rocket',
  'missile',
  'mortar',
  'mine',
  'landmine',
  'grenade',
  'ambush',
  'raid',
  'gunfire',
]);

/** Attackers known only by the deed or the weapon ("a suicide bomber killed …", "aircraft killed …"). */
const ATTACKER_WORDS = new Set([
  'gunman',
  'gunmen',
  'attacker',
  'attackers',
  'assailant',
  'assailants',
  'sniper',
  'snipers',
  'artillery',
  'tank',
  'tanks',
  ...AIRCRAFT,
]);

/**
 * Cities where international bodies publish their reports: a report released there speaks for no country
 * ("a report released in Geneva" is as likely the UN's as Switzerland's).
 */
const INTERNATIONAL_SEATS = new Set(['geneva', 'vienna', 'new york', 'brussels', 'the hague', 'strasbourg']);

function isInternationalSeat(parsed: Parsed, where: Argument): boolean {
  const words = parsed.view.norm.slice(where.span.start, where.span.end).join(' ').toLowerCase();
  return INTERNATIONAL_SEATS.has(words) || INTERNATIONAL_SEATS.has(words.replace(/^the /, ''));
}

/** Verbs of making a document public, whose agent or place says whom a document speaks for. */
const RELEASE_VERBS = new Set(['release', 'publish', 'present', 'issue', 'unveil']);

/**
 * Who speaks through a document its subject phrase names no author for: the agent of the participle that
 * made it public ("a report released by Amnesty International accused …"), else the country it was made
 * public in ("a report released Tuesday in the Rwandan capital alleged that …"); with neither, someone
 * unknown still accuses, appeals or demands.
 */
export function unknownAuthor(parsed: Parsed, clauseIndex: number): Argument | undefined {
  const clause = parsed.clauses[clauseIndex]!;
  const subject = clause.subjectFrom === 'phrase' ? clause.subject[0] : undefined;
  if (!subject || !DOCUMENT_NOUNS.has(parsed.view.lemma[subject.head]!)) return undefined;
  const release = parsed.predicates.find(
    (q) =>
      q.start > subject.start &&
      q.start <= subject.end + 1 &&
      q.end <= clause.predicate.start &&
      q.form === 'participle' &&
      RELEASE_VERBS.has(q.lemma),
  );
  if (release) {
    const between = phrasesBetween(parsed, release.end, clause.predicate.start);
    const by = between.find((ph) => ph.prep === 'by');
    // (the evidence runs from the document to the words that name whom it speaks for)
    const author = by && actorsOfGroup(parsed, by, 'source')[0];
    if (author) return { span: { ...author.span, start: subject.start }, weight: 0.8 };
    const where = by ? undefined : placeCountries(parsed, release.end, clause.predicate.start)[0];
    if (where && !isInternationalSeat(parsed, where)) {
      const code = where.span.actor.code.slice(0, 3);
      const actor = { id: code, code, name: where.span.actor.name };
      return { span: { ...where.span, start: subject.start, actor }, weight: 0.6 };
    }
  }
  const actor = { id: '---', code: '---', name: 'unknown' };
  return { span: { start: subject.start, end: subject.end, actor, type: 'agent' }, weight: 0.6 };
}

/** Whether a clause's subject is an attack, a weapon or an attacker known only by either. */
export function attackIsSubject(parsed: Parsed, clauseIndex: number): boolean {
  const clause = parsed.clauses[clauseIndex]!;
  const head = clause.subjectFrom === 'phrase' ? clause.subject[0]?.head : undefined;
  if (head === undefined) return false;
  const lemma = parsed.view.lemma[head]!;
  return ATTACK_SUBJECTS.has(lemma) || ATTACKER_WORDS.has(lemma);
}

/** Coercion, assaults, fighting and mass violence: acts whose victims a following act can share. */
const FORCE_ROOTS = new Set(['17', '18', '19', '20']);

/**
 * "opened fire on the demonstrators, killing one person", "shelled rebel camps, killing or wounding 50": force
 * that a gerund after a clause, or a verb coordinated with it, adds without naming whom it is done to is done
 * to the same side as the clause's own act; victims of no country named are that side's people.
 */
export function shareClauseTargets(parsed: Parsed, byClause: ReadonlyMap<number, Candidate>): void {
  for (const c of byClause.values()) {
    if (c.kind !== 'verb' || c.clause === undefined || !FORCE_ROOTS.has(c.code.slice(0, 2))) continue;
    if (c.targets.some((t) => !t.span.actor.code.startsWith('---'))) continue;
    if (c.targets.length === 0 && objectIsPlace(parsed, c.clause)) continue;
    const first = leftAct(parsed, c.clause, byClause)?.targets.find((t) => isCountryCode(t.span.actor.code));
    if (!first) continue;
    const where = {
      span: { ...first.span, actor: { ...first.span.actor, code: first.span.actor.code.slice(0, 3) } },
      weight: 1,
    };
    c.targets =
      c.targets.length > 0
        ? c.targets.map((t) => (isUnplaced(t) ? placedIn(t, where) : t))
        : [{ span: first.span, weight: first.weight * 0.8 }];
  }
}

/**
 * "attacked Poland and shelled Kharkiv": a verb whose object is a place is aimed at that place's country,
 * not at the target of the act before it.
 */
function objectIsPlace(parsed: Parsed, clauseIndex: number): boolean {
  const p = parsed.clauses[clauseIndex]!.predicate;
  const at = parsed.view.norm[p.end] === 'the' ? p.end + 1 : p.end;
  return parsed.view.places.some((place) => place.start === at);
}

/** The force a gerund after it or a coordinated verb follows: its governor's, or its left conjunct's. */
function leftAct(parsed: Parsed, k: number, byClause: ReadonlyMap<number, Candidate>): Candidate | undefined {
  const clause = parsed.clauses[k]!;
  let left: number | undefined;
  if (
    clause.relation === 'adverbial' &&
    clause.predicate.form === 'gerund' &&
    clause.subjectFrom === 'shared'
  )
    left = clause.governor;
  // "bombed the camps and killed five": a verb that shares the subject of the one before it
  else if (
    (clause.relation === 'coordinated' ||
      (clause.relation === undefined && clause.subjectFrom === 'shared')) &&
    k > 0 &&
    parsed.clauses[k - 1]!.governor === clause.governor
  )
    left = k - 1;
  const act = left === undefined ? undefined : byClause.get(left);
  return act && FORCE_ROOTS.has(act.code.slice(0, 2)) ? act : undefined;
}
