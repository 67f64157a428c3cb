import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { readGold } from './gold.js';

/** One gold actor, as the set writes it: a CAMEO-style code, or a country with an optional sector. */
export interface GoldActor {
  /** Country part: ISO3, IGO, NGO, … or '' when the set leaves it unknown ('---'). */
  readonly country: string;
  /** Sector part ('GOV', 'MIL', 'REB', …) or '' when none is given. */
  readonly sector: string;
}

export interface GoldEvent {
  readonly source?: GoldActor;
  readonly target?: GoldActor;
  /** CAMEO code, where the set gives one. */
  readonly code?: string;
  /** PLOVER 2021 category, where the set gives one (or the codebook derives it from the CAMEO code). */
  readonly plover?: string;
}

/** A gold sentence in the one shape the scorer reads, whatever set it came from. */
export interface GoldSentence {
  readonly id: string;
  readonly text: string;
  readonly date: string;
  readonly events: readonly GoldEvent[];
  /** The set says nothing should be coded here. */
  readonly noEvent: boolean;
}

export type GoldKind = 'petrarch2' | 'plover' | 'cameo';

const Petrarch = z.object({
  id: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  text: z.string(),
  expected: z.array(z.object({ source: z.string(), target: z.string(), code: z.string() })),
  no_event: z.boolean(),
});

const PloverActor = z.object({ country: z.string().nullable(), sector: z.string().nullable() });
const Plover = z.object({
  id: z.string(),
  text: z.string(),
  events: z.array(
    z.object({
      event_type: z.string(),
      source: z.array(PloverActor),
      target: z.array(PloverActor),
    }),
  ),
});

const Cameo = z.object({ id: z.string(), code: z.string(), text: z.string() });

/** Splits a PETRARCH/Phoenix actor code: 'USAGOV' → USA + GOV, '---REB' → unknown + REB, 'IGOUNO' → IGO + UNO. */
export function splitPetrarchCode(code: string): GoldActor {
  const country = code.slice(0, 3);
  return { country: country === '---' ? '' : country, sector: code.slice(3, 6) };
}

function ploverActor(a: z.infer<typeof PloverActor>): GoldActor {
  const sector = a.sector && a.sector !== '***' ? a.sector.slice(0, 3).toUpperCase() : '';
  return { country: a.country ?? '', sector };
}

/** Which gold set a file holds, from the fields of its first record. */
export function detectKind(first: unknown, path: string): GoldKind {
  const record = first as Record<string, unknown>;
  if (record && typeof record === 'object') {
    if ('expected' in record) return 'petrarch2';
    if ('events' in record) return 'plover';
    if ('code' in record && 'text' in record) return 'cameo';
  }
  throw new InputError(
    path,
    'not an event gold set: expected petrarch2_gsr, plover_gsr or cameo_examples records',
  );
}

/**
 * Reads an event gold set into gold sentences. PLOVER's 2016 category names are mapped to the 2021 names;
 * CAMEO codes keep their leading zeros; compound actors become one gold event per (source, target) pair.
 */
export async function readEventGold(
  path: string,
  plover2016: ReadonlyMap<string, string>,
): Promise<{ kind: GoldKind; sentences: GoldSentence[] }> {
  const raw = await readGold(path, z.record(z.string(), z.unknown()));
  const kind = detectKind(raw[0], path);
  const parse = <T>(schema: z.ZodType<T>, value: unknown, line: number): T => {
    const result = schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new InputError(path, `field '${issue.path.join('.') || '(record)'}': ${issue.message}`, line);
    }
    return result.data;
  };
  const sentences = raw.map((value, k): GoldSentence => {
    if (kind === 'petrarch2') {
      const r = parse(Petrarch, value, k + 1);
      return {
        id: r.id,
        text: r.text,
        date: r.date,
        noEvent: r.no_event,
        events: r.expected.map((e) => ({
          source: splitPetrarchCode(e.source),
          target: splitPetrarchCode(e.target),
          code: e.code,
        })),
      };
    }
    if (kind === 'plover') {
      const r = parse(Plover, value, k + 1);
      const events: GoldEvent[] = [];
      for (const e of r.events) {
        const plover = plover2016.get(e.event_type) ?? e.event_type;
        const sources = e.source.length > 0 ? e.source.map(ploverActor) : [undefined];
        const targets = e.target.length > 0 ? e.target.map(ploverActor) : [undefined];
        for (const source of sources)
          for (const target of targets)
            events.push({ ...(source && { source }), ...(target && { target }), plover });
      }
      // the GSR has only a placeholder date
      return { id: r.id, text: r.text, date: '2000-01-01', noEvent: events.length === 0, events };
    }
    const r = parse(Cameo, value, k + 1);
    return { id: r.id, text: r.text, date: '2000-01-01', noEvent: false, events: [{ code: r.code }] };
  });
  return { kind, sentences };
}
