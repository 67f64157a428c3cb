import { analyze } from '../analyze.js';
import { articleId } from '../core/identity.js';
import type { Event } from '../core/records.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { normalizeText } from '../nlp/normalize.js';
import { type GoldActor, type GoldKind, type GoldSentence, readEventGold } from './events-gold.js';
import { type EvalReport, prf } from './report.js';
import type { ScoreOptions, Scorer } from './scorer.js';

/** An event counts as coded when the sentence asserts it: not negated, and done or intended. */
export function isAsserted(e: Event): boolean {
  return e.polarity === 'asserted' && (e.modality === 'actual' || e.modality === 'intended');
}

/** The event a sentence is scored by when one answer is wanted: the most confident, then the first. */
export function topEvent(events: readonly Event[]): Event | undefined {
  let best: Event | undefined;
  for (const e of events) if (!best || e.confidence > best.confidence) best = e;
  return best;
}

/** Codes of actors that are no country: international and non-governmental organisations, companies. */
const ORGANISATION_PREFIXES = new Set(['IGO', 'NGO', 'MNC']);
/** Sectors the PLOVER set writes, which follow an organisation's own code in ours ("IGOWSTNATMIL"). */
const PLOVER_SECTORS = new Set(
  'COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC'.split(
    ' ',
  ),
);

/**
 * How a predicted actor code compares with a gold actor: by country, and by country and sector. The PLOVER
 * set gives an organisation a sector only for the people of it who act ("UN troops" MIL), where our code
 * spells the organisation itself after the prefix ("IGOUNO"), so there only a trailing sector counts.
 */
function actorKey(code: string | undefined, withSector: boolean, kind: GoldKind): string {
  if (code === undefined) return '';
  const country = countryOf(code);
  if (!withSector) return country;
  if (kind === 'plover' && ORGANISATION_PREFIXES.has(country)) {
    const last = code.slice(-3);
    return code.length > 6 && PLOVER_SECTORS.has(last) ? `${country}${last}` : country;
  }
  return `${country}${code.slice(3, 6)}`;
}

function goldKey(actor: GoldActor | undefined, withSector: boolean): string | undefined {
  if (!actor) return undefined; // not coded: any actor matches
  if (actor.country === '' && !withSector) return undefined;
  return withSector ? `${actor.country}${actor.sector}` : actor.country;
}

/**
 * The bare statement. The PETRARCH-2 GSR never codes it (its pure attributions, "X said it hoped …", are
 * no-event sentences) and PLOVER has no category for it, so on those sets it is not an answer.
 */
const BARE_STATEMENT = '010';

/**
 * An event with no country on either side ("a protester demolished the building"). Neither bundled gold set
 * codes one (none of their 236 events), so such an event is outside what they annotate and could only ever
 * count as a false positive; the (source, target) measure leaves it out, reporting apart an F1 that counts it,
 * and root accuracy still counts it.
 */
function isCountryless(e: Event): boolean {
  return countryOf(e.source.code) === '' && countryOf(e.target?.code) === '';
}

/** The country of an actor code: its first three letters, none for an unknown ("---") or absent actor. */
function countryOf(code: string | undefined): string {
  return code === undefined || code.startsWith('---') ? '' : code.slice(0, 3);
}

export interface Triple {
  readonly source?: string;
  readonly target?: string;
  readonly label: string;
}

/**
 * Matches predicted triples to gold triples one to one, as many pairs as possible; an undefined gold slot
 * matches anything. A greedy pass would let a loose gold triple (target not coded) take the prediction a
 * stricter one needed, so this finds a maximum matching by augmenting paths (sentences hold a few triples).
 */
export function matchTriples(gold: readonly Triple[], predicted: readonly Triple[]): number {
  const fits = (g: Triple, p: Triple) =>
    p.label === g.label &&
    (g.source === undefined || g.source === p.source) &&
    (g.target === undefined || g.target === p.target);
  const goldOf = new Array<number>(predicted.length).fill(-1);
  const augment = (g: number, seen: boolean[]): boolean => {
    for (let p = 0; p < predicted.length; p++) {
      if (seen[p] || !fits(gold[g]!, predicted[p]!)) continue;
      seen[p] = true;
      if (goldOf[p] === -1 || augment(goldOf[p]!, seen)) {
        goldOf[p] = g;
        return true;
      }
    }
    return false;
  };
  let tp = 0;
  for (let g = 0; g < gold.length; g++) {
    if (augment(g, new Array<boolean>(predicted.length).fill(false))) tp++;
  }
  return tp;
}

/** What the scorer needs from each gold sentence after coding it. */
export interface ScoredSentence {
  readonly gold: GoldSentence;
  readonly events: readonly Event[];
}

/** Codes every gold sentence as a one-sentence article dated as the set dates it. */
export async function codeGold(
  goldPath: string,
  options: ScoreOptions,
): Promise<{ kind: GoldKind; scored: ScoredSentence[] }> {
  const knowledge = loadKnowledge(undefined, options.layers);
  const { kind, sentences } = await readEventGold(goldPath, knowledge.cameo.plover2016);
  const chosen = options.limit === undefined ? sentences : sentences.slice(0, options.limit);
  const scored = chosen.map((gold) => {
    const normalized = normalizeText(gold.text).text;
    const article = {
      id: articleId(normalized, gold.date),
      published: gold.date,
      text: gold.text,
      lang: 'en',
    };
    const analysis = analyze(article, knowledge);
    return { gold, events: analysis.events.filter(isAsserted) };
  });
  return { kind, scored };
}

/**
 * Scores coded sentences: root and full-code accuracy of each sentence's top event, (source, target, root)
 * precision, recall and F1 by country and by country and sector (PLOVER category in place of the root for
 * the PLOVER set), PLOVER category accuracy, and the share of event sentences where nothing was coded.
 */
export function scoreSentences(
  kind: GoldKind,
  scored: readonly ScoredSentence[],
  codePlover: (code: string) => string,
) {
  let evented = 0;
  let rootOk = 0;
  let rootAny = 0;
  let codeOk = 0;
  let ploverOk = 0;
  let ploverN = 0;
  let empty = 0;
  let falseAlarms = 0;
  let noEventSentences = 0;
  const counts = {
    country: { tp: 0, fp: 0, fn: 0 },
    sector: { tp: 0, fp: 0, fn: 0 },
    withCountryless: { tp: 0, fp: 0, fn: 0 },
  };
  const perRoot = new Map<string, { n: number; ok: number }>();
  for (const { gold, events: coded } of scored) {
    const events = kind === 'cameo' ? coded : coded.filter((e) => e.code !== BARE_STATEMENT);
    const top = topEvent(events);
    if (gold.noEvent) {
      noEventSentences++;
      if (events.length > 0) falseAlarms++;
    } else {
      evented++;
      if (!top) empty++;
      const goldCodes = gold.events.flatMap((e) => (e.code ? [e.code] : []));
      const goldRoots = new Set(goldCodes.map((c) => c.slice(0, 2)));
      if (goldCodes.length > 0) {
        const root = goldCodes[0]!.slice(0, 2);
        const row = perRoot.get(root) ?? { n: 0, ok: 0 };
        row.n++;
        if (top && goldRoots.has(top.root)) {
          rootOk++;
          row.ok++;
        }
        perRoot.set(root, row);
        if (events.some((e) => goldRoots.has(e.root))) rootAny++;
        if (top && goldCodes.includes(top.code)) codeOk++;
      }
      const goldPlover = new Set(
        gold.events.flatMap((e) => {
          const p = e.plover ?? (e.code ? codePlover(e.code) : '');
          return p ? [p] : [];
        }),
      );
      if (goldPlover.size > 0) {
        ploverN++;
        if (top && goldPlover.has(top.plover)) ploverOk++;
      }
    }
    if (kind === 'cameo') continue;
    add(counts.country, tripleCounts(kind, gold, events, false, false));
    add(counts.sector, tripleCounts(kind, gold, events, true, false));
    add(counts.withCountryless, tripleCounts(kind, gold, events, false, true));
  }
  return {
    evented,
    noEventSentences,
    rootOk,
    rootAny,
    codeOk,
    ploverOk,
    ploverN,
    empty,
    falseAlarms,
    country: prf(counts.country.tp, counts.country.fp, counts.country.fn),
    sector: prf(counts.sector.tp, counts.sector.fp, counts.sector.fn),
    withCountryless: prf(counts.withCountryless.tp, counts.withCountryless.fp, counts.withCountryless.fn),
    perRoot,
  };
}

interface TripleCounts {
  tp: number;
  fp: number;
  fn: number;
}

function add(to: TripleCounts, from: TripleCounts): void {
  to.tp += from.tp;
  to.fp += from.fp;
  to.fn += from.fn;
}

/**
 * One sentence's (source, target, label) matches, actors compared by country or by country and sector. Events
 * that name no country on either side are left out unless asked for (see isCountryless).
 */
function tripleCounts(
  kind: GoldKind,
  gold: GoldSentence,
  events: readonly Event[],
  withSector: boolean,
  withCountryless: boolean,
): TripleCounts {
  const label = (e: { code?: string; plover?: string }) =>
    kind === 'plover' ? (e.plover ?? '') : (e.code ?? '').slice(0, 2);
  const goldTriples = gold.events.map((e) => ({
    ...optional('source', goldKey(e.source, withSector)),
    ...optional('target', goldKey(e.target, withSector)),
    label: label(e),
  }));
  // Coded events are told apart by their full actor codes: the government and the rebels of one country
  // agreeing are two events, even where this measure compares only their country.
  const distinct = new Map<string, Triple>();
  for (const e of events) {
    if (!withCountryless && isCountryless(e)) continue;
    const label = kind === 'plover' ? e.plover : e.root;
    const key = `${e.source.code}|${e.target?.code ?? ''}|${label}`;
    if (!distinct.has(key)) {
      distinct.set(key, {
        source: actorKey(e.source.code, withSector, kind),
        target: actorKey(e.target?.code, withSector, kind),
        label,
      });
    }
  }
  const predicted = [...distinct.values()];
  const tp = matchTriples(goldTriples, predicted);
  return { tp, fp: predicted.length - tp, fn: goldTriples.length - tp };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

export const eventsScorer: Scorer = {
  name: 'events',
  usesLayers: true,
  description: 'CAMEO event coding: root and code accuracy, (source, target, root) P/R/F1, PLOVER accuracy',
  sets: {
    petrarch2: 'data/_jsonl/petrarch2_gsr.jsonl',
    plover: 'data/_jsonl/plover_gsr_dev.jsonl',
    cameo: 'data/_jsonl/cameo_examples.jsonl',
  },
  async score(goldPath: string, options: ScoreOptions): Promise<EvalReport> {
    const { kind, scored } = await codeGold(goldPath, options);
    const codes = loadKnowledge(undefined, options.layers).cameo.codes;
    const s = scoreSentences(kind, scored, (code) => codes.get(code)?.plover ?? '');
    const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
    const metrics: Record<string, number> = {};
    if (kind !== 'plover') {
      metrics['root accuracy'] = ratio(s.rootOk, s.evented);
      metrics['root accuracy (any event)'] = ratio(s.rootAny, s.evented);
      metrics['full-code accuracy'] = ratio(s.codeOk, s.evented);
    }
    if (kind !== 'cameo') {
      const label = kind === 'plover' ? 'category' : 'root';
      metrics[`(source, target, ${label}) precision`] = s.country.precision;
      metrics[`(source, target, ${label}) recall`] = s.country.recall;
      metrics[`(source, target, ${label}) F1`] = s.country.f1;
      metrics[`… with sectors: F1`] = s.sector.f1;
      metrics['… counting events that name no country: F1'] = s.withCountryless.f1;
    }
    metrics['PLOVER category accuracy'] = ratio(s.ploverOk, s.ploverN);
    metrics['no event found'] = ratio(s.empty, s.evented);
    if (s.noEventSentences > 0)
      metrics['events on no-event sentences'] = ratio(s.falseAlarms, s.noEventSentences);
    const notes = [
      'each sentence is scored by its most confident asserted event (not negated; actual or intended)',
      'actors are compared by country (first three letters of the code; unknown or uncoded gold actors match any)',
    ];
    if (kind !== 'cameo')
      notes.push(
        'events that name no country on either side are left out of (source, target) scoring, as neither bundled gold set codes one; the last F1 counts them',
      );
    if (kind === 'cameo') notes.push('the set has no actor codes, so (source, target, root) is not scored');
    else notes.push('the set does not code bare statements, so 010 events are left out of its scoring');
    if (kind === 'plover')
      notes.push('the set has no CAMEO codes; its 2016 category names are mapped to PLOVER 2021');
    return {
      scorer: 'events',
      gold: goldPath,
      records: scored.length,
      metrics,
      ...(kind !== 'plover' && {
        breakdown: {
          headers: ['root', 'sentences', 'top event root correct'],
          rows: [...s.perRoot.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([root, r]) => [root, r.n, r.ok]),
        },
      }),
      notes,
    };
  },
};
