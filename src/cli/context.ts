import { type Knowledge, loadKnowledge } from '../knowledge/knowledge.js';
import { openStore, storeUrl } from '../store/open.js';
import type { Store } from '../store/port.js';

/** Opens the store named by --db / SITREP_DB, runs `work`, and always closes it. */
export async function withStore<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeUrl(db));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function knowledge(): Knowledge {
  return loadKnowledge();
}
