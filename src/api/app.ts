import { Hono } from 'hono';
import type { Store } from '../store/port.js';
import { mountDashboard, packageVersion } from './dashboard.js';
import { openApiDocument } from './openapi.js';
import { ApiError, type Route, register } from './route.js';
import { insightRoutes } from './routes-insight.js';
import { recordRoutes } from './routes-records.js';

export const ROUTES: readonly Route[] = [...recordRoutes, ...insightRoutes];

export interface AppOptions {
  /** Where unexpected failures are reported (the client gets a 500 without details). */
  readonly logError?: (error: Error) => void;
}

/**
 * The HTTP app over a store: the JSON API under /api (documented at /api/openapi.json) and the dashboard.
 * Tested in memory with `app.request()`; served by `sitrep serve`.
 */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  const logError = options.logError ?? ((error) => process.stderr.write(`sitrep serve: ${error.stack}\n`));
  app.onError((error, c) => {
    if (error instanceof ApiError)
      return c.json({ error: error.message, ...(error.issues && { issues: error.issues }) }, error.status);
    logError(error);
    return c.json({ error: 'internal error (see the server log)' }, 500);
  });
  const document = openApiDocument(ROUTES, packageVersion());
  app.get('/api/openapi.json', (c) => c.json(document));
  register(app, ROUTES, store);
  app.all('/api/*', (c) =>
    c.json({ error: `no endpoint ${c.req.method} ${c.req.path} (see /api/openapi.json)` }, 404),
  );
  mountDashboard(app);
  return app;
}
