import type { Place } from '../../core/records.js';
import { placeCountries } from './acted-on.js';
import { type Argument, type Parsed, regionEnd } from './arguments.js';
import type { Candidate } from './candidate.js';
import { isActedOnPlace } from './event-place.js';
import { phraseAt } from './phrases.js';
import { isCountryCode, VIOLENT_ROOTS } from './words.js';

// Whom an act that names no one it is done to is aimed at, from where it happens: the country whose
// territory it is done in, or, for a state's restrictions at home, its own people.

/** Easing of restrictions, curfews and states of emergency (081x), the undoing of coercion. */
const EASING = '081';
/** A claim of responsibility (015), aimed at the country whose territory the act claimed was done in. */
const CLAIM = '015';
/** Investigations (09). */
const INQUIRY = '09';
/** Curbs, bans, curfews and emergency rule (172x): restrictions a state places on people. */
const RESTRICTION = '172';

/** The class of a code for the place rules: its root, or 081 for the easing of coercion. */
function placeClass(code: string): string {
  if (code.startsWith(CLAIM)) return CLAIM;
  return code.startsWith(EASING) ? EASING : code.slice(0, 2);
}

/**
 * Roots whose act in another country's territory targets that country when no target is named: claims of
 * responsibility ("claimed the attack on a mall in Nairobi"), easing restrictions, investigations ("re-examine the refineries in Iran"), protests, force posture, coercion,
 * assaults, fighting and mass violence.
 */
const PLACE_TARGET_ROOTS = new Set([CLAIM, EASING, INQUIRY, '14', '15', '17', '18', '19', '20']);
/**
 * Protests, coercion and its easing are aimed at the country where they happen even at home: demonstrators
 * in Kirkuk protest to Iraq's authorities, police detaining people in Cairo act on Egypt's people. So is
 * violence a country's own forces or groups do at home ("Boko Haram launched attacks in northeastern
 * Nigeria"): its victims are that country's people.
 */
const DOMESTIC_PLACE_TARGET_ROOTS = new Set([EASING, '14', '17', ...VIOLENT_ROOTS]);
/**
 * Coercion (17) and its easing (08): at home, a state's curfews, bans and states of siege, and their
 * lifting, act on its own civilians.
 */
const ON_CIVILIANS_ROOTS = new Set([EASING, '17']);
/** Sectors that act for a state: its government, forces, police, legislature and courts. */
const STATE_SECTORS = new Set(['', 'GOV', 'MIL', 'COP', 'LEG', 'JUD']);
/** Verbs whose gathering abroad is a visit to the host country ("attend a summit in Switzerland"). */
const ATTENDING_VERBS = new Set(['attend']);

/** Prepositions that name what an act is against or about. */
const TOPIC_PREPS = new Set(['against', 'about', 'over', 'concerning', 'regarding']);

type Pair = [Argument, Argument | undefined];

/**
 * The (source, target) pairs of a candidate that names no target and is not reciprocal, from the place the
 * event happens in; undefined when no place rule applies.
 */
export function placeTargets(
  parsed: Parsed,
  candidate: Candidate,
  code: string,
  place: Place | undefined,
): Pair[] | undefined {
  const act = candidate.pattern.code;
  const root = PLACE_TARGET_ROOTS.has(placeClass(code))
    ? placeClass(code)
    : PLACE_TARGET_ROOTS.has(placeClass(act))
      ? placeClass(act)
      : undefined;
  // "rallies against the Russian invasion took place in Lyon": an act named as what another is against or
  // about happens elsewhere; the place is the other act's, unless the act's own words are done to it
  // ("informed Macron about the shelling of Kharkiv")
  if (
    candidate.kind === 'noun' &&
    TOPIC_PREPS.has(phraseAt(parsed.phrases, candidate.trigger[0])?.prep ?? '') &&
    !(place && isActedOnPlace(parsed, candidate, place))
  )
    return undefined;
  const country = place?.country;
  // an inquiry by someone of no known country ("newspapers began looking into …") is no foreign inquiry
  if (
    root === INQUIRY &&
    candidate.sources.every((s) => s.span.actor.code.startsWith('-') || s.span.actor.code === '')
  )
    return undefined;
  if (country && root !== undefined) return inPlace(parsed, candidate, root, country, place.name);
  // "attended a summit in Switzerland": going to a gathering abroad is visiting the country that hosts it
  if (country && candidate.kind === 'verb' && ATTENDING_VERBS.has(candidate.pattern.lemma))
    return candidate.sources.map((s) =>
      s.span.actor.code.slice(0, 3) === country
        ? [s, undefined]
        : [s, countryArgument(s, country, place.name)],
    );
  // "lifted the state of emergency", "imposed a curfew": with no place named, a state's restrictions and
  // their easing act on its own country
  if (isRestriction(code) || isRestriction(act)) {
    if (candidate.sources.every((s) => stateOf(s) === undefined)) return undefined;
    return candidate.sources.map((s) => [s, homeTarget(s)]);
  }
  return undefined;
}

/** A protest, a deployment or an attack in another country's territory is aimed at that country. */
function inPlace(parsed: Parsed, candidate: Candidate, root: string, country: string, name: string): Pair[] {
  // "was arrested in Lebanon": who was arrested is the subject the passive names, not the country's people
  const passive = candidate.clause !== undefined && parsed.predicates[candidate.clause]?.passive === true;
  return candidate.sources.map((s): Pair => {
    const own = s.span.actor.code.slice(0, 3);
    // violence at home is aimed at the country only where it happens in it ("attacked from Russia" is not)
    const domestic =
      DOMESTIC_PLACE_TARGET_ROOTS.has(root) &&
      s.span.actor.code !== country &&
      (!VIOLENT_ROOTS.has(root) || happensIn(parsed, candidate, country));
    if (own !== country || domestic) return [s, countryArgument(s, country, name)];
    // "Côte d'Ivoire imposed a curfew in Abidjan": a state coercing at home acts on its own people
    if (ON_CIVILIANS_ROOTS.has(root) && !passive) return [s, civiliansArgument(s, country, name)];
    return [s, undefined];
  });
}

/** Whether a locative phrase after the candidate's verb puts it in the country ("in northeastern Nigeria"). */
function happensIn(parsed: Parsed, candidate: Candidate, country: string): boolean {
  const p = candidate.clause === undefined ? undefined : parsed.predicates[candidate.clause];
  const from = candidate.kind === 'verb' && p ? p.end : candidate.trigger[1];
  const to = p ? regionEnd(parsed, p) : parsed.view.norm.length;
  return placeCountries(parsed, from, to).some((a) => a.span.actor.code === country);
}

/**
 * Curfews, emergency rule, bans on parties and curbs on political freedom, and their lifting: restrictions
 * only a state's own people live under ("restrictions" or "a ban" alone may be on another country).
 */
function isRestriction(code: string): boolean {
  return code.length === 4 && (code.startsWith(EASING) || code.startsWith(RESTRICTION));
}

/** The country a source acts for as a state ("SDNGOV" → SDN, "NGA" → NGA); undefined for other actors. */
function stateOf(source: Argument): string | undefined {
  const code = source.span.actor.code;
  if (!isCountryCode(code) || !STATE_SECTORS.has(code.slice(3, 6))) return undefined;
  return code.slice(0, 3);
}

/** A state's own country: its people ("NGA" → NGACVL) for a bare country, else the country. */
function homeTarget(source: Argument): Argument | undefined {
  const country = stateOf(source);
  if (country === undefined) return undefined;
  const name = country;
  return source.span.actor.code.length === 3
    ? civiliansArgument(source, country, name)
    : countryArgument(source, country, name);
}

/**
 * "shelled Kyiv", "strikes on Kyiv": force aimed at a capital or a seat of power hits the city, a place of
 * its country, as force aimed at any other of its cities does; the government seated there is no target.
 */
export function struckCity(target: Argument, root: string): Argument {
  const { actor } = target.span;
  if (!target.span.seat || !VIOLENT_ROOTS.has(root) || !isCountryCode(actor.code)) return target;
  const country = actor.code.slice(0, 3);
  const name = actor.name.replace(/ \([A-Z]+\)$/, '');
  return { ...target, span: { ...target.span, actor: { id: country, code: country, name } } };
}

function countryArgument(source: Argument, country: string, name: string): Argument {
  const span = { start: source.span.start, end: source.span.end, type: 'country' as const };
  return { span: { ...span, actor: { id: country, code: country, name } }, weight: 0.6 };
}

function civiliansArgument(source: Argument, country: string, name: string): Argument {
  const span = { start: source.span.start, end: source.span.end, type: 'country' as const };
  const code = `${country}CVL`;
  return { span: { ...span, actor: { id: code, code, name: `${name} civilians` } }, weight: 0.6 };
}
