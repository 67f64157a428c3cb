import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';

/** Every store dialect the contract suite runs against. Each opens a fresh, empty store in `dir`. */
export interface DialectUnderTest {
  readonly name: string;
  open(dir: string): Promise<Store>;
}

export const DIALECTS: DialectUnderTest[] = [
  { name: 'sqlite', open: (dir) => openStore(`sqlite:${join(dir, 'contract.db')}`) },
];
