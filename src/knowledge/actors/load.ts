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

export function mergeActorRecords(layers: readonly ActorRecords[]): ActorRecords {
  return {
    countries: layers.flatMap((l) => l.countries),
    organisations: layers.flatMap((l) => l.organisations),
    agents: layers.flatMap((l) => l.agents),
    roles: layers.flatMap((l) => l.roles),
    people: layers.flatMap((l) => l.people),
  };
}
