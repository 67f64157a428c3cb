import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../../core/errors.js';
import {
  type AgentRecord,
  agentSchema,
  type CountryRecord,
  countrySchema,
  type OrganisationRecord,
  organisationSchema,
  type PersonRecord,
  personSchema,
  type RoleRecord,
  roleSchema,
} from './schema.js';

export interface ActorRecords {
  readonly countries: CountryRecord[];
  readonly organisations: OrganisationRecord[];
  readonly agents: AgentRecord[];
  readonly roles: RoleRecord[];
  readonly people: PersonRecord[];
}

/** Reads one JSON Lines file of a knowledge layer; a bad line is an error naming the file, line and field. */
export function readJsonLines<T>(path: string, schema: z.ZodType<T>): T[] {
  if (!existsSync(path)) return [];
  const records: T[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '' || text.startsWith('//')) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(path, `malformed JSON (${(error as Error).message})`, i + 1);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(path, `field '${issue.path.join('.') || '(record)'}': ${issue.message}`, i + 1);
    }
    records.push(parsed.data);
  }
  return records;
}

/** The files of a knowledge layer folder; a missing file is an empty one. */
export const ACTOR_FILES = [
  'countries.jsonl',
  'organisations.jsonl',
  'agents.jsonl',
  'roles.jsonl',
  'people.jsonl',
] as const;

/** The actor files of one knowledge layer folder (built-in `data/actors/`, or a user layer). */
export function loadActorRecords(dir: string): ActorRecords {
  return {
    countries: readJsonLines(join(dir, 'countries.jsonl'), countrySchema),
    organisations: readJsonLines(join(dir, 'organisations.jsonl'), organisationSchema),
    agents: readJsonLines(join(dir, 'agents.jsonl'), agentSchema),
    roles: readJsonLines(join(dir, 'roles.jsonl'), roleSchema),
    people: readJsonLines(join(dir, 'people.jsonl'), personSchema),
  };
}

/** Items keyed by `key`: the first of each key is kept, and `combine` folds each later one into it. */
function mergeBy<T>(items: readonly T[], key: (item: T) => string, combine: (kept: T, later: T) => T): T[] {
  const kept = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const first = kept.get(k);
    kept.set(k, first === undefined ? item : combine(first, item));
  }
  return [...kept.values()];
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/**
 * Layers in order, built-in first: a later layer extends an earlier one. A record whose key an earlier layer
 * already has is merged into it, never duplicated: the earlier record's own fields (name, code, kind, sector,
 * gender, surname) win; names, words and phrases are added; a person's tenures from the later layer are added
 * to the person's.
 */
export function mergeActorRecords(layers: readonly ActorRecords[]): ActorRecords {
  if (layers.length === 1) return layers[0]!;
  return {
    countries: mergeBy(
      layers.flatMap((l) => l.countries),
      (c) => c.iso3,
      (a, b) => ({
        ...a,
        aliases: union(
          a.aliases,
          [b.name, ...b.aliases].filter((n) => n !== a.name),
        ),
        demonyms: union(a.demonyms, b.demonyms),
        metonyms: union(a.metonyms, b.metonyms),
      }),
    ),
    organisations: mergeBy(
      layers.flatMap((l) => l.organisations),
      (o) => o.id,
      (a, b) => ({ ...a, names: union(a.names, b.names), seats: union(a.seats, b.seats) }),
    ),
    agents: mergeBy(
      layers.flatMap((l) => l.agents),
      (a) => a.sector,
      (a, b) => ({ ...a, words: union(a.words, b.words) }),
    ),
    roles: mergeBy(
      layers.flatMap((l) => l.roles),
      (r) => r.key,
      (a, b) => ({ ...a, phrases: [...a.phrases, ...b.phrases] }),
    ),
    people: mergeBy(
      layers.flatMap((l) => l.people),
      (p) => p.id,
      (a, b) => ({
        ...a,
        aliases: union(
          a.aliases,
          [b.name, ...b.aliases].filter((n) => n !== a.name),
        ),
        tenures: [...a.tenures, ...b.tenures],
      }),
    ),
  };
}
