import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../src/paths.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { cli } from '../helpers/cli.js';
import { freshDatabase, postgresServerUrl } from '../helpers/postgres-db.js';
import { tempDir } from '../helpers/tmp.js';

async function everything(url: string): Promise<unknown[]> {
  const store: Store = await openStore(url);
  try {
    const ids = await store.articleIds(undefined, 1000);
    return await Promise.all(ids.map((id) => store.article(id)));
  } finally {
    await store.close();
  }
}

describe.skipIf(postgresServerUrl() === undefined)('sitrep migrate', () => {
  const dir = tempDir();

  it('copies a SQLite store to PostgreSQL and back, resuming an interrupted copy', async () => {
    const sqlite = `sqlite:${join(dir, 'source.db')}`;
    const ingest = await cli(['ingest', EXAMPLES_DIR, '--db', sqlite, '--json']);
    expect(ingest.code).toBe(0);
    const total = JSON.parse(ingest.out).stored as number;
    expect(total).toBeGreaterThan(10);
    const postgres = await freshDatabase('migrate');

    // A first run stopped after 5 articles, as if interrupted; the second goes on from there.
    const first = await cli(['migrate', '--from', sqlite, '--to', postgres, '--limit', '5', '--batch', '4']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      new RegExp(`^copied 5, already there 0, of ${total} articles .*; run again to go on`),
    );
    const second = await cli(['migrate', '--from', sqlite, '--to', postgres, '--batch', '4', '--json']);
    expect(JSON.parse(second.out)).toMatchObject({ copied: total - 5, present: 5, total, complete: true });
    const third = await cli(['migrate', '--from', sqlite, '--to', postgres, '--json']);
    expect(JSON.parse(third.out)).toMatchObject({ copied: 0, present: total });

    expect(await everything(postgres)).toEqual(await everything(sqlite));
    const search = await cli(['search', 'Geneva', '--db', postgres, '--json']);
    expect(search.code).toBe(0);
    expect(JSON.parse(search.out).length).toBeGreaterThan(0);

    const back = `sqlite:${join(dir, 'back.db')}`;
    const copyBack = await cli(['migrate', '--from', postgres, '--to', back, '--json']);
    expect(JSON.parse(copyBack.out)).toMatchObject({ copied: total });
    expect(await everything(back)).toEqual(await everything(sqlite));
  });

  it('refuses to copy a store onto itself', async () => {
    const sqlite = `sqlite:${join(dir, 'same.db')}`;
    const run = await cli(['migrate', '--from', sqlite, '--to', sqlite]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/same store/);
  });
});
