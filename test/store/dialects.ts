import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { freshDatabase, postgresServerUrl } from '../helpers/postgres-db.js';

/** Every store dialect the contract suite runs against. Each opens a fresh, empty store in `dir`. */
export interface DialectUnderTest {
  readonly name: string;
  open(dir: string): Promise<Store>;
}

export const DIALECTS: DialectUnderTest[] = [
  { name: 'sqlite', open: (dir) => openStore(`sqlite:${join(dir, 'contract.db')}`) },
  // A new database on the run's server for every store opened (see test/global-setup.ts).
  ...(postgresServerUrl() === undefined
    ? []
    : [{ name: 'postgres', open: async () => openStore(await freshDatabase('contract')) }]),
];
