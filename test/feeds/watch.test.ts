import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFeeds } from '../../src/feeds/watch.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { openStore } from '../../src/store/open.js';
import { cli } from '../helpers/cli.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { freshDatabase, postgresServerUrl } from '../helpers/postgres-db.js';
import { tempDir } from '../helpers/tmp.js';

interface Report {
  feed: string;
  status: string;
  error?: string;
  new: number;
  stored: number;
  queued: number;
  rejected: number;
  retryLater: number;
  problems: { link: string; reason: string }[];
}

const reports = (out: string): Map<string, Report> =>
  new Map(
    out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Report)
      .map((r) => [new URL(r.feed).pathname, r]),
  );

describe('sitrep watch', () => {
  const dir = tempDir();
  let server: FeedServer;
  beforeEach(async () => {
    server = await startFeedServer();
  });
  afterEach(() => server.close());

  it('reads new items from RSS and Atom feeds, keeps going past failing feeds, and asks again conditionally', async () => {
    const db = `sqlite:${join(dir, 'watch.db')}`;
    const watch = (...names: string[]) => [
      'watch',
      ...names.flatMap((name) => ['--feed', `${server.base}/${name}`]),
      ...['--once', '--db', db, '--timeout', '5s', '--max-bytes', '1MB', '--json'],
    ];
    const args = watch('rss.xml', 'atom.xml', 'slow.xml', 'broken.xml', 'huge.xml');

    const first = await cli(args);
    expect(first.code).toBe(1);
    const round1 = reports(first.out);
    expect(round1.get('/rss.xml')).toMatchObject({
      status: 'read',
      new: 3,
      stored: 1,
      rejected: 1,
      retryLater: 1,
    });
    expect(round1.get('/rss.xml')?.problems).toEqual([
      { link: `${server.base}/pages/gone.html`, reason: 'HTTP 404' },
      { link: `${server.base}/flaky.html`, reason: 'HTTP 503' },
    ]);
    expect(round1.get('/atom.xml')).toMatchObject({ status: 'read', new: 2, stored: 2, rejected: 0 });
    expect(round1.get('/slow.xml')).toMatchObject({
      status: 'failed',
      error: 'no complete answer within 5 s',
    });
    expect(round1.get('/broken.xml')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^malformed XML/),
    });
    expect(round1.get('/huge.xml')).toMatchObject({
      status: 'failed',
      error: 'response is over the 1 MB limit',
    });

    const store = await openStore(db);
    try {
      const stored = await store.articles();
      expect(stored.map((a) => [a.published, a.title, a.url])).toEqual([
        // The page's canonical URL; its meta date.
        ['2022-01-26', 'Washington delivers its written reply', 'https://alliance.example/2022/01/26/reply'],
        // No date on the page: the feed's date for the item.
        ['2022-01-24', 'NATO puts forces on standby', `${server.base}/pages/alert.html`],
        [
          '2022-01-21',
          'Blinken and Lavrov talk for ninety minutes in Geneva',
          `${server.base}/pages/talks.html`,
        ],
      ]);
      const talks = await store.article(stored[2]!.id);
      expect(talks?.article.source).toBe('Border Desk');
      expect(talks?.article.text).toMatch(
        /^US Secretary of State Antony Blinken met .* something to discuss\.$/s,
      );
      expect(talks?.article.text).not.toMatch(/newsletter|tracking|About us/);
      expect(await store.feedState(`${server.base}/slow.xml`)).toMatchObject({
        error: 'no complete answer within 5 s',
      });
    } finally {
      await store.close();
    }

    // The failing feeds are left out from here on: they only fail again.
    const again = watch('rss.xml', 'atom.xml');
    // Second poll: the RSS feed is read again in full, since one of its pages is still to fetch; the Atom
    // feed answers 304. Pages already read are not fetched again.
    const second = reports((await cli(again)).out);
    expect(second.get('/rss.xml')).toMatchObject({ status: 'read', new: 1, stored: 1, retryLater: 0 });
    expect(second.get('/atom.xml')).toMatchObject({ status: 'not-modified', new: 0 });
    // Third poll: everything read, so the RSS feed answers 304 too.
    const third = reports((await cli(again)).out);
    expect(third.get('/rss.xml')?.status).toBe('not-modified');

    const rss = server.requests.filter((r) => r.path === '/rss.xml');
    expect(rss.map((r) => r.ifNoneMatch)).toEqual([undefined, undefined, '"rss-v1"']);
    expect(server.count('/pages/talks.html')).toBe(1);
    expect(server.count('/pages/gone.html')).toBe(1);
    expect(server.count('/flaky.html')).toBe(2);
    expect(server.count('/moved')).toBe(1);
  });

  it('polls again every period until stopped', async () => {
    const store = await openStore(`sqlite:${join(dir, 'loop.db')}`);
    const stop = new AbortController();
    let rounds = 0;
    await watchFeeds(
      [`${server.base}/atom.xml`],
      {
        store,
        knowledge: loadKnowledge(),
        limits: { timeoutMs: 5000, maxBytes: 1e6, maxRedirects: 5 },
        maxItems: 10,
        now: () => new Date('2022-02-01T00:00:00Z'),
      },
      {
        everyMs: 10,
        once: false,
        signal: stop.signal,
        onRound: () => {
          if (++rounds === 3) stop.abort();
        },
      },
    );
    await store.close();
    expect(rounds).toBe(3);
    expect(server.requests.filter((r) => r.path === '/atom.xml').map((r) => r.ifModifiedSince)).toEqual([
      undefined,
      'Wed, 26 Jan 2022 20:00:00 GMT',
      'Wed, 26 Jan 2022 20:00:00 GMT',
    ]);
  });

  it('rejects a watch without feeds or with a feed that is not http(s)', async () => {
    expect((await cli(['watch', '--once'])).code).toBe(2);
    const bad = await cli(['watch', '--once', '--feed', 'ftp://x.example/feed']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not an http\(s\) URL/);
  });

  it.skipIf(postgresServerUrl() === undefined)('queues feed articles for workers with --queue', async () => {
    const db = await freshDatabase('watch');
    const run = await cli([
      'watch',
      '--feed',
      `${server.base}/atom.xml`,
      '--once',
      '--queue',
      '--db',
      db,
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(reports(run.out).get('/atom.xml')).toMatchObject({ new: 2, queued: 2, stored: 0 });
    const worker = await cli(['worker', '--db', db, '--until-empty', '--poll', '0.5s']);
    expect(worker.out).toMatch(/^stored 2,/);
  });
});
