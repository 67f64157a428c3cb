import { type AddressInfo, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, type FetchLimits, fetchLimited } from '../../src/feeds/fetch.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const LIMITS: FetchLimits = { timeoutMs: 1000, maxBytes: 1_000_000, maxRedirects: 3 };

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchLimited', () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());

  it('returns the body with its validators, and not-modified when they still hold', async () => {
    const first = await fetchLimited(`${server.base}/rss.xml`, LIMITS, 'application/rss+xml');
    expect(first).toMatchObject({ status: 'ok', url: `${server.base}/rss.xml`, etag: '"rss-v1"' });
    expect(first.status === 'ok' && first.body).toContain('<title>Border Desk</title>');
    const again = await fetchLimited(`${server.base}/rss.xml`, LIMITS, 'application/rss+xml', {
      etag: '"rss-v1"',
    });
    expect(again).toEqual({ status: 'not-modified' });
    const atom = await fetchLimited(`${server.base}/atom.xml`, LIMITS, '*/*', {
      lastModified: 'Wed, 26 Jan 2022 20:00:00 GMT',
    });
    expect(atom).toEqual({ status: 'not-modified' });
    expect(server.requests.at(-1)).toMatchObject({ ifModifiedSince: 'Wed, 26 Jan 2022 20:00:00 GMT' });
  });

  it('follows redirects up to the limit, and reports where it ended', async () => {
    const moved = await fetchLimited(`${server.base}/moved`, LIMITS, 'text/html');
    expect(moved).toMatchObject({ status: 'ok', url: `${server.base}/pages/reply.html` });
    expect(await fetchLimited(`${server.base}/hop/3`, LIMITS, 'text/html')).toMatchObject({ status: 'ok' });
    const tooMany = await failure(fetchLimited(`${server.base}/hop/4`, LIMITS, 'text/html'));
    expect(tooMany).toMatchObject({ reason: 'more than 3 redirects', permanent: true });
    expect((await failure(fetchLimited(`${server.base}/loop`, LIMITS, '*/*'))).reason).toBe(
      'more than 3 redirects',
    );
  });

  it('stops at the size limit, declared or streamed', async () => {
    const declared = await failure(fetchLimited(`${server.base}/big.xml`, LIMITS, '*/*'));
    expect(declared).toMatchObject({ reason: 'response is 3 MB, over the 1 MB limit', permanent: true });
    const streamed = await failure(fetchLimited(`${server.base}/huge.xml`, LIMITS, '*/*'));
    expect(streamed).toMatchObject({ reason: 'response is over the 1 MB limit', permanent: true });
  });

  it('gives up on a server that does not answer in time, as a failure worth retrying', async () => {
    const slow = await failure(fetchLimited(`${server.base}/slow.xml`, { ...LIMITS, timeoutMs: 300 }, '*/*'));
    expect(slow).toMatchObject({ reason: 'no complete answer within 0.3 s', permanent: false });
  });

  it('tells permanent HTTP errors from passing ones, and refuses other schemes', async () => {
    expect(await failure(fetchLimited(`${server.base}/pages/gone.html`, LIMITS, '*/*'))).toMatchObject({
      reason: 'HTTP 404',
      permanent: true,
    });
    const flaky = await failure(fetchLimited(`${server.base}/flaky.html`, LIMITS, '*/*'));
    expect(flaky).toMatchObject({ reason: 'HTTP 503', permanent: false });
    expect(await fetchLimited(`${server.base}/flaky.html`, LIMITS, '*/*')).toMatchObject({ status: 'ok' });
    expect((await failure(fetchLimited('file:///etc/passwd', LIMITS, '*/*'))).reason).toMatch(
      /only http and https/,
    );
    const closed = await failure(fetchLimited(`http://127.0.0.1:${await closedPort()}/`, LIMITS, '*/*'));
    expect(closed).toMatchObject({ reason: 'cannot fetch: ECONNREFUSED', permanent: false });
  });
});
