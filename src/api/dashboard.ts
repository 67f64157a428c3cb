import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Context, Hono } from 'hono';
import { PACKAGE_ROOT } from '../paths.js';

// The dashboard: static files from web/ (the page and its style), the compiled modules from dist/web/
// (`npm run build`), and two files served straight from node_modules (the world map and the TopoJSON
// reader), so nothing is copied into the repository and the browser needs no other server.

export const WEB_DIR = join(PACKAGE_ROOT, 'web');
export const WEB_BUILD_DIR = join(PACKAGE_ROOT, 'dist', 'web');

const require = createRequire(import.meta.url);
const VENDOR: Readonly<Record<string, () => string>> = {
  'topojson-client.js': () => join(dirname(require.resolve('topojson-client')), 'topojson-client.min.js'),
  'countries-110m.json': () => require.resolve('world-atlas/countries-110m.json'),
};

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Only this server, nothing inline but styles set from script: the page cannot reach anywhere else. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

function typeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return TYPES[path.slice(dot)] ?? 'application/octet-stream';
}

async function sendFile(c: Context, path: string): Promise<Response> {
  try {
    const body = await readFile(path);
    return c.body(body, 200, {
      'content-type': typeOf(path),
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...(path.endsWith('.html') && { 'content-security-policy': CSP }),
    });
  } catch {
    return c.text('not found', 404);
  }
}

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>sitrep</title>
<body><h1>sitrep</h1><p>The dashboard is not built yet: run <code>npm run build</code> (npm ci runs it),
then reload. The API answers at <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;

/** A compiled module of the dashboard: `main.js`, `views/map.js` (one folder deep at most), or its source map. */
const MODULE = /^(?:[a-z0-9-]+\/)?[a-z0-9-]+\.js(?:\.map)?$/;

export function mountDashboard(app: Hono): void {
  const page = async (c: Context) => {
    if (!existsSync(join(WEB_BUILD_DIR, 'main.js'))) return c.html(NOT_BUILT, 503);
    return sendFile(c, join(WEB_DIR, 'index.html'));
  };
  app.get('/', page);
  app.get('/index.html', page);
  // File names are checked against a strict pattern, so no request can walk out of the folders.
  app.get('/assets/:name{[a-z0-9-]+\\.(css|svg)}', (c) => sendFile(c, join(WEB_DIR, c.req.param('name'))));
  app.get('/app/*', (c) => {
    const name = c.req.path.slice('/app/'.length);
    return MODULE.test(name) ? sendFile(c, join(WEB_BUILD_DIR, name)) : c.text('not found', 404);
  });
  app.get('/vendor/:name', (c) => {
    const resolve = VENDOR[c.req.param('name')];
    return resolve ? sendFile(c, resolve()) : c.text('not found', 404);
  });
}

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
