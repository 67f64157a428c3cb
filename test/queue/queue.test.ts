import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleId } from '../../src/core/identity.js';
import { normalizeText } from '../../src/nlp/normalize.js';
import { JobQueue } from '../../src/queue/queue.js';
import { workerStoreUrl } from '../../src/queue/worker.js';
import { openStore } from '../../src/store/open.js';
import { cli } from '../helpers/cli.js';
import { freshDatabase, postgresServerUrl } from '../helpers/postgres-db.js';
import { tempDir } from '../helpers/tmp.js';

const REPORTS = [
  {
    date: '2022-01-21',
    title: 'Geneva talks',
    text: 'Blinken met Lavrov in Geneva on Friday. They agreed to keep talking.',
  },
  {
    date: '2022-01-24',
    title: 'Alert',
    text: 'NATO put forces on standby and sent more ships and fighter jets to eastern Europe.',
  },
  {
    date: '2022-01-26',
    title: 'Reply',
    text: 'Washington delivered its written reply to Moscow on Wednesday.',
  },
];

function article(text: string, published: string) {
  return { id: articleId(normalizeText(text).text, published), published, text, lang: 'en' };
}

describe.skipIf(postgresServerUrl() === undefined)('job queue: ingest --queue, worker, jobs', () => {
  const dir = tempDir();
  let db: string;
  let input: string;
  beforeEach(async () => {
    db = await freshDatabase('queue');
    input = join(dir, 'reports.jsonl');
    writeFileSync(input, `${REPORTS.map((r) => JSON.stringify(r)).join('\n')}\n`);
  });

  it('queues articles once, and a worker stores each exactly once', async () => {
    const queued = await cli(['ingest', '--queue', input, '--db', db, '--json']);
    expect(queued.code).toBe(0);
    expect(JSON.parse(queued.out)).toMatchObject({ queued: 3, alreadyQueued: 0, rejected: 0 });
    const again = await cli(['ingest', '--queue', input, '--db', db, '--json']);
    expect(JSON.parse(again.out)).toMatchObject({ queued: 0, alreadyQueued: 3 });

    const worker = await cli(['worker', '--db', db, '--until-empty', '--poll', '0.5s']);
    expect(worker.code).toBe(0);
    expect(worker.out).toMatch(/^stored 3, replaced 0, unchanged 0, failed 0/);

    // Stored articles are not queued again; the store holds each once.
    const third = await cli(['ingest', '--queue', input, '--db', db, '--json']);
    expect(JSON.parse(third.out)).toMatchObject({ queued: 0, unchanged: 3 });
    const store = await openStore(db);
    expect((await store.counts()).articles).toBe(3);
    await store.close();

    const jobs = await cli(['jobs', '--db', db, '--json']);
    expect(JSON.parse(jobs.out)).toMatchObject({
      counts: { created: 0, active: 0, completed: 3, failed: 0 },
      deadLetters: [],
    });
  });

  it('retries a failing article and lists it as a dead letter with its error after the last attempt', async () => {
    const queue = await JobQueue.open(db);
    const good = article(REPORTS[0]!.text, REPORTS[0]!.date);
    // A job whose article id is not the hash of its text: the worker refuses it at its edge, every time.
    const forged = {
      ...article(REPORTS[1]!.text, REPORTS[1]!.date),
      title: 'Forged',
      id: good.id.replace(/^./, 'f'),
    };
    await queue.enqueue([good, forged], { attempts: 2, timeoutSeconds: 60, retryDelaySeconds: 1 });
    await queue.close();

    const worker = await cli(['worker', '--db', db, '--until-empty', '--poll', '0.5s', '--json']);
    expect(worker.code).toBe(1);
    const events = worker.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const failures = events.filter((e) => e.event === 'failed');
    expect(failures.map((f) => [f.attempt, f.attempts])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(events.at(-1)).toMatchObject({ event: 'summary', stored: 1, failed: 2 });

    const jobs = await cli(['jobs', '--db', db]);
    expect(jobs.code).toBe(0);
    expect(jobs.out).toContain('done 1, failed 1');
    expect(jobs.out).toMatch(/dead letters \(1\):/);
    expect(jobs.out).toMatch(/Forged .*article id f\w+ is not the hash of its text/);

    const retried = await cli(['jobs', '--db', db, '--retry-dead', '--json']);
    expect(JSON.parse(retried.out)).toMatchObject({ requeued: 1, counts: { created: 1 }, deadLetters: [] });
  });

  it('has workers commit asynchronously', async () => {
    const client = new pg.Client({ connectionString: workerStoreUrl(db) });
    await client.connect();
    const { rows } = await client.query('show synchronous_commit');
    await client.end();
    expect(rows).toEqual([{ synchronous_commit: 'off' }]);
  });

  it('refuses to queue into a SQLite store', async () => {
    const run = await cli(['ingest', '--queue', input, '--db', `sqlite:${join(dir, 'x.db')}`]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/job queue needs a PostgreSQL store/);
  });
});

describe('workerStoreUrl', () => {
  it('asks for asynchronous commits, keeping the options already in the URL', () => {
    expect(workerStoreUrl('postgres://u:p@db.example:5432/news')).toBe(
      'postgres://u:p@db.example:5432/news?options=-c+synchronous_commit%3Doff',
    );
    expect(
      new URL(workerStoreUrl('postgres://db.example/news?options=-c%20work_mem%3D64MB')).searchParams.get(
        'options',
      ),
    ).toBe('-c work_mem=64MB -c synchronous_commit=off');
  });
});
