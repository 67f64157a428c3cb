import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { ACTOR_FILES, type ActorRecords } from '../actors/load.js';

/** What `layer.json` says about a layer: where it came from and what was taken from each source. */
export interface LayerManifest {
  readonly name: string;
  readonly format: string;
  readonly sources: readonly { readonly file: string; readonly sha256: string; readonly bytes: number }[];
  readonly imported: Readonly<Record<string, unknown>>;
}

export const MANIFEST_FILE = 'layer.json';

/** Source files as the manifest names them: the file's name (not its path) and a hash of its bytes. */
export function describeSource(path: string, bytes: Buffer): LayerManifest['sources'][number] {
  return {
    file: basename(path),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
}

function jsonLines(rows: readonly object[]): string {
  return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/**
 * Each record with its keys in the order `data/actors/README.md` gives, so a layer reads like the built-in
 * files; optional keys only when set.
 */
function layerFiles(records: ActorRecords): Record<(typeof ACTOR_FILES)[number], object[]> {
  return {
    'countries.jsonl': records.countries.map((c) => ({
      iso3: c.iso3,
      iso2: c.iso2 ?? null,
      name: c.name,
      aliases: c.aliases,
      demonyms: c.demonyms,
      capital: c.capital ?? null,
      metonyms: c.metonyms,
      region: c.region ?? null,
      lat: c.lat ?? null,
      lon: c.lon ?? null,
    })),
    'organisations.jsonl': records.organisations.map((o) => ({
      id: o.id,
      code: o.code,
      names: o.names,
      kind: o.kind,
      parent: o.parent ?? null,
      ...(o.seats.length > 0 && { seats: o.seats }),
    })),
    'agents.jsonl': records.agents.map((a) => ({ sector: a.sector, words: a.words })),
    'roles.jsonl': records.roles.map((r) => ({
      key: r.key,
      sector: r.sector,
      phrases: r.phrases,
      single: false,
    })),
    'people.jsonl': records.people.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      ...(p.gender && { gender: p.gender }),
      tenures: p.tenures.map((t) => ({ role: t.role, of: t.of, from: t.from, to: t.to })),
      ...(p.surname !== undefined && { surname: p.surname }),
    })),
  };
}

/**
 * Writes a knowledge layer folder: the actor files that have records, and `layer.json`. Files of an earlier
 * layer in the folder that this one does not have are removed, so the folder holds exactly this layer; a
 * folder holding anything else is refused rather than mixed into.
 */
export function writeLayer(dir: string, records: ActorRecords, manifest: LayerManifest): string[] {
  const ours = new Set<string>([...ACTOR_FILES, MANIFEST_FILE]);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new InputError(dir, 'exists and is not a folder');
    const foreign = readdirSync(dir).filter((f) => !ours.has(f));
    if (foreign.length > 0)
      throw new InputError(
        dir,
        `holds files that are not a knowledge layer's (${foreign.slice(0, 3).join(', ')})`,
      );
  } else mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [file, rows] of Object.entries(layerFiles(records))) {
    const path = join(dir, file);
    if (rows.length === 0) {
      rmSync(path, { force: true });
      continue;
    }
    writeFileSync(path, jsonLines(rows));
    written.push(path);
  }
  const manifestPath = join(dir, MANIFEST_FILE);
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  written.push(manifestPath);
  return written;
}
