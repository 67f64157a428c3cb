import { Hono } from 'hono';
import type { Store } from '../store/port.js';
import { homePage } from './home.js';

/** The HTTP app over a store. Tested in memory with `app.request()`; served by `sitrep serve`. */
export function createApp(store: Store): Hono {
  const app = new Hono();
  const int = (value: string | undefined, fallback: number): number => {
    const n = Number(value);
    return Number.isInteger(n) && n >= 0 ? n : fallback;
  };
  app.get('/api/articles', async (c) =>
    c.json(
      await store.articles({ limit: int(c.req.query('limit'), 50), offset: int(c.req.query('offset'), 0) }),
    ),
  );
  app.get('/api/articles/:id', async (c) => {
    const found = await store.article(c.req.param('id'));
    return found ? c.json(found) : c.json({ error: `no article '${c.req.param('id')}'` }, 404);
  });
  app.get('/api/search', async (c) => {
    const q = c.req.query('q');
    if (!q) return c.json({ error: "query parameter 'q' is required" }, 400);
    return c.json(await store.search(q, { limit: int(c.req.query('limit'), 20) }));
  });
  app.get('/api/counts', async (c) => c.json(await store.counts()));
  app.get('/', async (c) => c.html(homePage(await store.counts(), await store.articles({ limit: 100 }))));
  return app;
}
