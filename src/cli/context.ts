import { existsSync, statSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { type Knowledge, loadKnowledge } from '../knowledge/knowledge.js';
import { DATA_DIR } from '../paths.js';
import { openStore, storeUrl } from '../store/open.js';
import type { Store } from '../store/port.js';
import { kbLayers } from './kb-option.js';

/** Opens the store named by --db / SITREP_DB, runs `work`, and always closes it. */
export async function withStore<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeUrl(db));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The built-in knowledge extended by the layers of `--kb` (its values, passed here) or `$SITREP_KB`. */
export function knowledge(kb?: readonly string[]): Knowledge {
  const layers = kbLayers(kb);
  for (const layer of layers)
    if (!existsSync(layer) || !statSync(layer).isDirectory())
      throw new UsageError(`--kb (or $SITREP_KB): '${layer}' is not a folder`);
  return loadKnowledge(DATA_DIR, layers);
}
