import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { type ActorKnowledge, actorWordsPath, compileActors } from './actors/compile.js';
import { loadActorRecords } from './actors/load.js';
import { type CameoKnowledge, compileCameo } from './cameo/compile.js';

/**
 * Everything the analysis knows about the world, compiled once per process from `data/`. The version is a hash
 * of the files, so a stored analysis says which knowledge made it and can be re-coded when that changes.
 */
export interface Knowledge {
  readonly version: string;
  readonly dataDir: string;
  readonly actors: ActorKnowledge;
  /** The CAMEO codebook and event patterns (`data/cameo/`). */
  readonly cameo: CameoKnowledge;
}

export function listDataFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dir);
  return files;
}

/** A short, stable hash of the knowledge files' names and contents. */
export function knowledgeVersion(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listDataFiles(dir)) {
    hash.update(relative(dir, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

const cache = new Map<string, Knowledge>();

export function loadKnowledge(dataDir: string = DATA_DIR): Knowledge {
  const cached = cache.get(dataDir);
  if (cached) return cached;
  const knowledge: Knowledge = {
    version: knowledgeVersion(dataDir),
    dataDir,
    actors: compileActors(loadActorRecords(join(dataDir, 'actors')), actorWordsPath(dataDir)),
    cameo: compileCameo(dataDir),
  };
  cache.set(dataDir, knowledge);
  return knowledge;
}
