import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { NerModel } from '../extract/ner/model.js';
import { loadModel } from '../extract/ner/weights.js';
import { DATA_DIR } from '../paths.js';
import { type ActorKnowledge, actorWordsPath, compileActors } from './actors/compile.js';
import { ACTOR_FILES, loadActorRecords, mergeActorRecords } from './actors/load.js';
import { type CameoKnowledge, compileCameo } from './cameo/compile.js';
import { loadQuoteCues, type QuoteKnowledge } from './quotes/cues.js';
import { readWars } from './wars.js';

/**
 * Everything the analysis knows about the world, compiled once per process from `data/` and any user layers
 * (folders of actor files that extend the built-in ones, e.g. an imported dictionary). The version is a hash
 * of the files, so a stored analysis says which knowledge made it and can be re-coded when that changes.
 */
export interface Knowledge {
  readonly version: string;
  readonly dataDir: string;
  /** User layer folders, in the order they extend the built-in knowledge. */
  readonly layers: readonly string[];
  readonly actors: ActorKnowledge;
  /** The CAMEO codebook and event patterns (`data/cameo/`). */
  readonly cameo: CameoKnowledge;
  /** Quote cue verbs and phrases (data/quotes). */
  readonly quotes: QuoteKnowledge;
  /** The statistical name tagger (data/models/ner), for people and organisations no dictionary knows. */
  readonly ner: NerModel;
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

/** A user layer must be a folder holding at least one actor file; anything else is a mistake worth naming. */
function checkLayer(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InputError(dir, 'knowledge layer folder not found');
  if (!ACTOR_FILES.some((f) => existsSync(join(dir, f))))
    throw new InputError(dir, `not a knowledge layer: none of ${ACTOR_FILES.join(', ')}`);
}

/** The built-in version alone, or with layers a hash over the built-in and each layer's version, in order. */
function layeredVersion(dataDir: string, layers: readonly string[]): string {
  const base = knowledgeVersion(dataDir);
  if (layers.length === 0) return base;
  const hash = createHash('sha256').update(base);
  for (const layer of layers) hash.update('\0').update(knowledgeVersion(layer));
  return hash.digest('hex').slice(0, 12);
}

const cache = new Map<string, Knowledge>();

export function loadKnowledge(dataDir: string = DATA_DIR, layers: readonly string[] = []): Knowledge {
  const layerDirs = layers.map((l) => resolve(l));
  const key = JSON.stringify([dataDir, ...layerDirs]);
  const cached = cache.get(key);
  if (cached) return cached;
  for (const dir of layerDirs) checkLayer(dir);
  const records = mergeActorRecords([
    loadActorRecords(join(dataDir, 'actors')),
    ...layerDirs.map((dir) => loadActorRecords(dir)),
  ]);
  const knowledge: Knowledge = {
    version: layeredVersion(dataDir, layerDirs),
    dataDir,
    layers: layerDirs,
    actors: compileActors(records, actorWordsPath(dataDir), readWars(join(dataDir, 'wars', 'wars.tsv'))),
    cameo: compileCameo(dataDir),
    quotes: loadQuoteCues(dataDir),
    ner: loadModel(join(dataDir, 'models', 'ner')),
  };
  cache.set(key, knowledge);
  return knowledge;
}
