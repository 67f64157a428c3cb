import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { startServer } from '../../src/cli/commands/serve.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { tempDir } from '../helpers/tmp.js';
import { sampleAnalysis } from '../store/fixtures.js';

describe('HTTP app', () => {
  const dir = tempDir('all');
  let store: Store;
  const geneva = sampleAnalysis(
    'Blinken met Lavrov in Geneva. We are prepared to talk.',
    '2022-01-21',
    'Geneva talks',
  );
  beforeAll(async () => {
    store = await openStore(`sqlite:${join(dir, 'api.db')}`);
    await store.saveAnalysis(geneva);
  });
  afterAll(() => store.close());

  it('answers the article list, one article, search and counts in memory', async () => {
    const app = createApp(store);
    const list = await (await app.request('/api/articles')).json();
    expect(list).toMatchObject([{ id: geneva.article.id, title: 'Geneva talks' }]);
    const one = await (await app.request(`/api/articles/${geneva.article.id.slice(0, 10)}`)).json();
    expect(one.events).toHaveLength(3);
    expect((await app.request('/api/articles/000000')).status).toBe(404);
    expect((await app.request('/api/search')).status).toBe(400);
    expect(await (await app.request('/api/search?q=geneva')).json()).toHaveLength(1);
    expect(await (await app.request('/api/counts')).json()).toMatchObject({ articles: 1, events: 3 });
    const page = await (await app.request('/')).text();
    expect(page).toContain('Geneva talks');
  });

  it('serves over a real loopback socket', async () => {
    let printed = '';
    const server = await startServer(
      { out: (t) => (printed += t), err: () => {}, interactive: false, stdin: process.stdin },
      { db: `sqlite:${join(dir, 'api.db')}`, host: '127.0.0.1', port: '0' },
    );
    try {
      expect(printed).toMatch(/serving sqlite:.*api\.db at http:\/\/127\.0\.0\.1:\d+\//);
      const counts = await (await fetch(`${server.url}api/counts`)).json();
      expect(counts.articles).toBe(1);
    } finally {
      await server.close();
    }
  });
});
