import type { ActorRef, Sentence, Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import { officeCode, officesOn } from '../../knowledge/actors/offices.js';
import { isAddresseeWord } from '../mentions/first-person.js';
import type { Cue, Detected } from '../mentions/types.js';
import { addressedName, addressedTitle, isAddressed, resolveYou } from './addressee.js';
import { resolveAgent } from './agents.js';
import { type Antecedent, type Resolution, type ResolverState, salientPerson } from './antecedents.js';
import { resolveCountryAnaphor } from './country-anaphor.js';
import { ownGovernment, resolveFirstPerson, spokenBy } from './first-person.js';
import { isEnemyWord } from './invaders.js';
import { resolvePronoun } from './pronouns.js';
import { countryRef, orgRef, unknownRef } from './refs.js';
import { appositionCode, resolvePersonId, resolveRole, titledOffice, titledSectorCode } from './roles.js';
import type { Speakers } from './speakers.js';
import { isFormer, isSpeakersOwn, isThey } from './word-shapes.js';

export type { Resolution } from './antecedents.js';

/**
 * Resolves detected mentions in text order: names through the knowledge base and the article date, roles
 * through who held the office that day, counterparts through the office of the person they belong to, and
 * descriptions, surnames and pronouns through the mentions before them, and the speaker's own words through
 * the speaker (`speakers`, where the text says who speaks).
 */
export function resolveMentions(
  k: ActorKnowledge,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  detected: readonly Detected[],
  date: string,
  speakers?: Speakers,
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

  const resolveOne = (i: number): Resolution => {
    const cached = results[i];
    if (cached) return cached;
    const d = detected[i]!;
    const cue: Cue = d.cue;
    let r: Resolution;
    switch (cue.kind) {
      case 'person': {
        r = resolvePersonId(state, cue.id, 'kb.person', 1);
        const titled = titledOffice(state, i, cue.id) ?? titledSectorCode(r.actor?.code, cue.titleSector);
        if (titled !== undefined && r.actor)
          r = { ...r, actor: { ...r.actor, code: titled }, rule: 'kb.person.title' };
        break;
      }
      case 'surname': {
        const seen = [...history]
          .reverse()
          .find((a) => a.personId !== undefined && cue.ids.includes(a.personId));
        if (seen) r = resolvePersonId(state, seen.personId!, 'coref.surname', 0.95);
        else {
          const inOffice = cue.ids.filter((id) => {
            const p = k.people.get(id);
            return p !== undefined && officesOn(k, p, date).length > 0;
          });
          const pick = inOffice[0] ?? cue.ids[0]!;
          r = resolvePersonId(
            state,
            pick,
            inOffice.length === 1 ? 'kb.surname.in-office' : 'kb.surname.ambiguous',
            inOffice.length === 1 ? 0.9 : 0.6,
          );
          // "President Bush" when no Bush holds an office that day: the title still says which office
          const titled = inOffice.length === 0 ? titledOffice(state, i, pick) : undefined;
          if (titled !== undefined && r.actor) r = { ...r, actor: { ...r.actor, code: titled } };
        }
        break;
      }
      case 'unknown-person': {
        // "Mr President" in a party's turn, read as a name: the party addressed
        const addressee = addressedName(state, d, i, cue.name);
        if (addressee) {
          r = addressee;
          break;
        }
        const title = titleOf.get(i);
        const role = title === undefined ? undefined : detected[title]!.cue;
        // "President Dos Santos" with no country named: an office holder of unknown country (`---GOV`);
        // "former President Ahmed Ben Bella": someone who held it, an elite of that country (`DZAELI`)
        const office =
          role?.kind === 'role' && role.key
            ? role.of
              ? officeCode(k, role.key, role.of)
              : (appositionCode(state, i) ?? officeCode(k, role.key, '---'))
            : undefined;
        const code =
          office !== undefined
            ? isFormer(tokens, detected[title!]!)
              ? `${office.slice(0, 3)}ELI`
              : office
            : (appositionCode(state, i) ?? `${cue.of ?? (cue.sector ? '---' : '')}${cue.sector ?? ''}`);
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
      case 'unknown-org': {
        // ("Mr President" the tagger took for a body's name)
        const addressee = addressedName(state, d, i, cue.name);
        if (addressee) {
          r = addressee;
          break;
        }
        // "Emergency Ministry planes helped …" in a state official's words: a ministry of no country named
        // is the speaker's own government's
        const own = isUnplacedMinistry(state, d, cue) ? ownGovernment(state, d, i) : undefined;
        if (own) {
          r = own;
          break;
        }
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
      }
      case 'country':
        r = { actor: countryRef(k, cue.iso3), rule: 'kb.country', confidence: 1 };
        break;
      case 'metonym':
        r = cue.org
          ? { actor: orgRef(k, cue.org), rule: 'kb.metonym.organisation', confidence: 0.9 }
          : { actor: countryRef(k, cue.iso3, 'GOV'), rule: 'kb.metonym', confidence: 0.95 };
        break;
      case 'place':
        r = { confidence: 0.9, rule: 'place.not-actor' };
        break;
      case 'org':
        r = { actor: orgRef(k, cue.id), rule: 'kb.org', confidence: 1 };
        break;
      case 'agent':
        r = resolveAgent(state, d, i, cue);
        break;
      case 'role': {
        // "Mr President" in a party's turn: the party addressed
        const addressee = cue.named === undefined && isAddressed(state, d) && addressedTitle(state, d, i);
        r = addressee || resolveRole(state, i, cue);
        break;
      }
      case 'description': {
        const prefix = cue.of;
        const a = salientPerson(
          state,
          d,
          (x) => prefix === undefined || x.actor.code.startsWith(prefix),
          true,
        );
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
        r = isAddresseeWord(cue.word) ? resolveYou(state, d, i) : resolvePronoun(state, d, cue.word);
        break;
      case 'first-person':
        r = resolveFirstPerson(state, d, i, cue);
        break;
      case 'country-anaphor':
        r = resolveCountryAnaphor(state, d, i);
        break;
    }
    results[i] = r;
    // A title resolved through its name shares the name's actor; only the name is remembered. "We" and "I"
    // are the speaker, whom "they" and "he" in the speaker's words do not mean.
    const bareFirstPerson =
      (cue.kind === 'first-person' && !cue.country) || (cue.kind === 'pronoun' && isAddresseeWord(cue.word));
    if (r.actor && !(cue.kind === 'role' && cue.named !== undefined) && !bareFirstPerson) {
      const personId = cue.kind === 'person' ? cue.id : k.people.has(r.actor.id) ? r.actor.id : undefined;
      remember(i, r.actor, personId);
    }
    return r;
  };

  const state: ResolverState = {
    k,
    tokens,
    sentences,
    detected,
    date,
    history,
    titleOf,
    resolveOne,
    peek: (i) => results[i],
    ...(speakers && { speakers }),
  };
  // The speaker's own words, and "they" (who are not the speaker's state), before the words that name the
  // speaker ('"We will …," Putin said', '"They shelled …," Zelenskyy said') wait for them.
  const waiting: number[] = [];
  for (let i = 0; i < detected.length; i++) {
    const d = detected[i]!;
    if (
      speakers &&
      (isSpeakersOwn(k, tokens, d) || isThey(k, d) || isEnemyWord(tokens, d)) &&
      spokenBy(state, d, i) === 'later'
    )
      waiting.push(i);
    else resolveOne(i);
  }
  for (const i of waiting) resolveOne(i);
  return results as Resolution[];
}

/** Last words of a government body's name: "the Emergency Ministry", "the Federal Customs Service". */
const MINISTRY_WORDS: ReadonlySet<string> = new Set(['ministry', 'ministries']);

/** A ministry the tagger found with no country in its own words nor "of …" after it. */
function isUnplacedMinistry(
  state: ResolverState,
  d: Detected,
  cue: Extract<Cue, { kind: 'unknown-org' }>,
): boolean {
  if (cue.iso3 !== undefined || cue.sector !== 'GOV') return false;
  const { tokens } = state;
  const after = tokens[d.tokenEnd];
  return (
    MINISTRY_WORDS.has(tokens[d.tokenEnd - 1]!.norm) &&
    !(after?.sentence === d.sentence && after.norm === 'of')
  );
}
