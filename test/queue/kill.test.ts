import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ANALYZE_QUEUE } from '../../src/queue/job.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { cli } from '../helpers/cli.js';
import { freshDatabase, postgresServerUrl } from '../helpers/postgres-db.js';
import { sharedPath } from '../helpers/shared.js';
import { type SitrepProcess, spawnSitrep } from '../helpers/sitrep-process.js';
import { tempDir } from '../helpers/tmp.js';

const ARTICLES = 5000;
const corpus = sharedPath('data/reuters-21578');

/** The first `n` articles of the corpus, in shard order, as one JSON Lines file. */
function firstArticles(dir: string, n: number): string {
  const lines: string[] = [];
  for (const shard of readdirSync(corpus!)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(corpus!, shard), 'utf8').split('\n')) {
      if (line.trim() !== '') lines.push(line);
      if (lines.length === n) break;
    }
    if (lines.length === n) break;
  }
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

type Event = { event: string; jobs?: string[] };
const events = (p: SitrepProcess): Event[] =>
  p.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Event);

/** Every stored id with its whole record, in id order. */
async function everything(store: Store): Promise<Map<string, unknown>> {
  const ids = (await store.articles({ limit: 10_000 })).map((a) => a.id).sort();
  const records = new Map<string, unknown>();
  for (let i = 0; i < ids.length; i += 25) {
    const chunk = ids.slice(i, i + 25);
    const found = await Promise.all(chunk.map((id) => store.article(id)));
    for (const [k, id] of chunk.entries()) records.set(id, found[k]);
  }
  return records;
}

describe.skipIf(postgresServerUrl() === undefined || corpus === undefined)(
  'fault test: a producer and 2 workers on PostgreSQL, one worker killed mid-run',
  () => {
    const dir = tempDir('all');
    const workers: SitrepProcess[] = [];
    afterAll(() => {
      for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    });

    it(`stores each of ${ARTICLES} articles exactly once, with the analyses of a single-process SQLite run`, async () => {
      const input = firstArticles(dir, ARTICLES);

      // The reference: one process, SQLite.
      const sqliteUrl = `sqlite:${join(dir, 'reference.db')}`;
      const reference = await cli(['ingest', input, '--db', sqliteUrl, '--json']);
      expect(reference.code).toBe(0);
      const expected = JSON.parse(reference.out) as { stored: number; unchanged: number };
      expect(expected.stored).toBeGreaterThan(ARTICLES * 0.9);

      // Two workers first, then the producer feeds the queue while they run. A job of the killed worker
      // is retried once 10 s have passed since it was taken (--job-timeout).
      const db = await freshDatabase('kill');
      const workerArgs = ['worker', '--db', db, '--json', '--poll', '0.2s', '--batch-size', '20'];
      const [a, b] = [spawnSitrep(workerArgs), spawnSitrep(workerArgs)];
      workers.push(a, b);
      await Promise.all([a, b].map((w) => w.waitForLine((l) => l.includes('"ready"'))));
      const producer = cli([
        'ingest',
        '--queue',
        input,
        '--db',
        db,
        '--json',
        '--job-timeout',
        '10s',
        '--retry-delay',
        '1s',
      ]);

      // Kill worker A while it holds jobs. A is frozen (SIGSTOP) right after it reports a fetch; the jobs
      // it reported that the database still shows active are then certainly A's, unfinished. If it froze
      // between batches, it is thawed and we try again at its next fetch.
      const admin = new pg.Client({ connectionString: db });
      await admin.connect();
      let held: string[] = [];
      let fetchesSeen = 0;
      while (held.length === 0) {
        const target = fetchesSeen + 1;
        await a.waitForLine(() => events(a).filter((e) => e.event === 'fetched').length >= target);
        fetchesSeen = target;
        if (fetchesSeen < 5) continue; // let it get properly under way first
        a.child.kill('SIGSTOP');
        const reported = new Set(events(a).flatMap((e) => (e.event === 'fetched' ? (e.jobs ?? []) : [])));
        for (const e of events(a)) if (e.event === 'done') for (const id of e.jobs ?? []) reported.delete(id);
        const { rows } = await admin.query<{ id: string }>(
          `select id from pgboss.job where name = $1 and state = 'active' and id = any($2::uuid[])`,
          [ANALYZE_QUEUE, [...reported]],
        );
        held = rows.map((r) => r.id);
        if (held.length === 0) a.child.kill('SIGCONT');
      }
      a.child.kill('SIGKILL');
      expect(await a.exited).toBe('SIGKILL');

      const produced = await producer;
      expect(produced.code).toBe(0);
      const queued = JSON.parse(produced.out) as { queued: number; alreadyQueued: number };
      expect(queued.queued).toBe(expected.stored);

      // Wait until the survivor has finished every job, the dead worker's included.
      for (;;) {
        const { rows } = await admin.query<{ pending: string }>(
          `select count(*) as pending from pgboss.job where name = $1 and state < 'completed'`,
          [ANALYZE_QUEUE],
        );
        if (Number(rows[0]!.pending) === 0) break;
        await sleep(200);
      }
      b.child.kill('SIGTERM');
      expect(await b.exited).toBe(0);

      // The dead worker's jobs were retried and completed; nothing failed or was dead-lettered.
      const { rows: retried } = await admin.query<{ state: string; retry_count: number }>(
        `select state, retry_count from pgboss.job where name = $1 and id = any($2::uuid[])`,
        [ANALYZE_QUEUE, held],
      );
      expect(retried).toHaveLength(held.length);
      expect(retried.every((r) => r.state === 'completed' && r.retry_count >= 1)).toBe(true);
      const jobs = JSON.parse((await cli(['jobs', '--db', db, '--json'])).out);
      expect(jobs).toMatchObject({ counts: { completed: expected.stored, failed: 0 }, deadLetters: [] });
      await admin.end();

      // Every article exactly once, and the same records as the single-process SQLite run.
      const [pgStore, sqliteStore] = [await openStore(db), await openStore(sqliteUrl)];
      try {
        expect(await pgStore.counts()).toEqual(await sqliteStore.counts());
        // Word counts too (the number of tokens of each analysis).
        const summaries = async (store: Store) =>
          (await store.articles({ limit: 10_000 })).sort((x, y) => x.id.localeCompare(y.id));
        expect(await summaries(pgStore)).toEqual(await summaries(sqliteStore));
        const [got, want] = [await everything(pgStore), await everything(sqliteStore)];
        expect(got.size).toBe(expected.stored);
        expect([...got.keys()]).toEqual([...want.keys()]);
        for (const [id, record] of want) expect(got.get(id), id).toEqual(record);
      } finally {
        await pgStore.close();
        await sqliteStore.close();
      }
    });
  },
);
