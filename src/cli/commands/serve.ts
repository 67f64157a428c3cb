import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../../api/app.js';
import { openStore, storeUrl } from '../../store/open.js';
import type { Io } from '../io.js';
import { parseCount } from '../options.js';

export interface ServeFlags {
  db?: string;
  host: string;
  port: string;
}

/** Serves the API and pages until the process is stopped; resolves once listening. */
export async function startServer(
  io: Io,
  flags: ServeFlags,
): Promise<{ url: string; close: () => Promise<void> }> {
  const store = await openStore(storeUrl(flags.db));
  const app = createApp(store);
  const port = parseCount(flags.port, '--port', 0);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: flags.host, port }, (info) => {
      const url = `http://${flags.host}:${info.port}/`;
      io.out(`sitrep serving ${store.location} at ${url}\n`);
      resolve({
        url,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => void store.close().then(done));
          }),
      });
    });
  });
}

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('serve the HTTP API and the dashboard')
    .option('--db <url>', 'store (default sqlite:./sitrep.db, or $SITREP_DB)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .action(async (flags: ServeFlags) => {
      await startServer(io, flags);
      await new Promise(() => {}); // until stopped
    });
}
