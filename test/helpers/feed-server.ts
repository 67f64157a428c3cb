import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'feeds');

/** A request as the fixture server saw it. */
export interface Seen {
  readonly path: string;
  readonly ifNoneMatch?: string;
  readonly ifModifiedSince?: string;
}

export interface FeedServer {
  readonly base: string;
  readonly requests: Seen[];
  count(path: string): number;
  close(): Promise<void>;
}

const RSS_ETAG = '"rss-v1"';
const ATOM_MODIFIED = 'Wed, 26 Jan 2022 20:00:00 GMT';

/**
 * A loopback HTTP server for the feed tests, serving `test/fixtures/feeds/` (with `{{BASE}}` in the feeds
 * replaced by its own address) and a few misbehaving routes:
 * - /rss.xml has an ETag and answers a matching If-None-Match with 304; /atom.xml the same with Last-Modified;
 * - /moved redirects (301) to /pages/reply.html; /loop redirects to itself; /hop/N to /hop/N-1, then a page;
 * - /flaky.html answers 503 the first time and the page after;
 * - /slow.xml never answers; /huge.xml streams 3 MB with no Content-Length; /big.xml declares 3 MB;
 * - anything else under /pages/ that is not a fixture is a 404.
 */
export async function startFeedServer(): Promise<FeedServer> {
  const requests: Seen[] = [];
  let base = '';
  const file = (name: string): string =>
    readFileSync(join(FIXTURES, name), 'utf8').replaceAll('{{BASE}}', base);

  type Reply = { status: number; body?: string; headers?: Record<string, string> } | 'hang' | 'huge' | 'big';
  const xml = { 'content-type': 'application/xml; charset=utf-8' };
  const html = { 'content-type': 'text/html; charset=utf-8' };
  const route = (path: string, seen: Seen): Reply => {
    if (path === '/rss.xml') {
      if (seen.ifNoneMatch === RSS_ETAG) return { status: 304 };
      return { status: 200, body: file('rss.xml'), headers: { ...xml, etag: RSS_ETAG } };
    }
    if (path === '/atom.xml') {
      if (seen.ifModifiedSince === ATOM_MODIFIED) return { status: 304 };
      return { status: 200, body: file('atom.xml'), headers: { ...xml, 'last-modified': ATOM_MODIFIED } };
    }
    if (path === '/rdf.xml' || path === '/broken.xml')
      return { status: 200, body: file(path.slice(1)), headers: xml };
    if (path === '/moved') return { status: 301, headers: { location: '/pages/reply.html' } };
    if (path === '/loop') return { status: 302, headers: { location: '/loop' } };
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      return { status: 302, headers: { location: n > 1 ? `/hop/${n - 1}` : `${base}/pages/talks.html` } };
    }
    if (path === '/flaky.html') {
      if (requests.filter((r) => r.path === path).length === 1) return { status: 503, body: 'try later' };
      return { status: 200, body: file('pages/flaky.html'), headers: html };
    }
    if (path === '/slow.xml') return 'hang';
    if (path === '/huge.xml') return 'huge';
    if (path === '/big.xml') return 'big';
    if (path.startsWith('/pages/')) {
      try {
        return { status: 200, body: file(path.slice(1)), headers: html };
      } catch {
        return { status: 404, body: 'not found' };
      }
    }
    return { status: 404, body: 'not found' };
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', base).pathname;
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    const seen: Seen = {
      path,
      ...(ifNoneMatch !== undefined && { ifNoneMatch }),
      ...(ifModifiedSince !== undefined && { ifModifiedSince }),
    };
    requests.push(seen);
    const reply = route(path, seen);
    if (reply === 'hang') return;
    if (reply === 'huge') {
      res.writeHead(200, xml);
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 48; i++) res.write(chunk);
      res.end();
    } else if (reply === 'big') {
      res.writeHead(200, { ...xml, 'content-length': String(3_000_000) });
      res.write('<rss>');
    } else {
      res.writeHead(reply.status, reply.headers ?? {}).end(reply.body ?? '');
    }
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    count: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
