import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, ROUTES } from '../../src/api/app.js';
import { startServer } from '../../src/cli/commands/serve.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { tempDir } from '../helpers/tmp.js';
import { storyAnalyses } from '../store/story.js';

describe('HTTP API over the story', () => {
  const dir = tempDir('all');
  const story = storyAnalyses();
  let store: Store;
  let app: Hono;
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: await response.json() };
  };
  beforeAll(async () => {
    store = await openStore(`sqlite:${join(dir, 'api.db')}`);
    for (const analysis of story) await store.saveAnalysis(analysis);
    app = createApp(store);
  });
  afterAll(() => store.close());

  it('pages through articles, newest first, saying where the next page starts', async () => {
    const first = await get('/api/articles?limit=4');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ limit: 4, offset: 0, next: 4 });
    expect(first.body.items.map((a: { published: string }) => a.published)).toEqual([
      '2022-03-10',
      '2022-03-01',
      '2022-02-24',
      '2022-02-23',
    ]);
    const last = await get('/api/articles?limit=4&offset=8');
    expect(last.body.items).toHaveLength(2);
    expect(last.body.next).toBeNull();
    expect((await get('/api/articles?since=2022-03-01')).body.items).toHaveLength(2);
  });

  it('answers one article with its text and every record with its span', async () => {
    const geneva = story[3]!;
    const { status, body } = await get(`/api/articles/${geneva.article.id.slice(0, 10)}`);
    expect(status).toBe(200);
    expect(body.article.text).toBe(geneva.article.text);
    expect(body.events).toHaveLength(4);
    const met = body.events.find(
      (e: { code: string; source: { id: string } }) => e.source.id === 'antony-blinken',
    );
    expect(geneva.article.text.slice(met.span.start, met.span.end)).toBe(
      'Antony Blinken met Sergey Lavrov in Geneva',
    );
    expect(body.quotes[0]).toMatchObject({
      text: 'We are not expecting any breakthroughs',
      speaker: { id: 'antony-blinken' },
    });
    expect(body.commitments[0].due).toEqual({ from: '2022-01-24', to: '2022-01-30', precision: 'week' });
    expect((await get('/api/articles/abcdef0123')).status).toBe(404);
    const bad = await get('/api/articles/not-an-id');
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([{ parameter: 'id', message: expect.stringContaining('article id') }]);
  });

  it('filters events as the CLI does and validates every parameter', async () => {
    const rusUkr = await get('/api/events?dyad=rus,ukr&limit=100');
    expect(rusUkr.body.items).toHaveLength(9);
    expect((await get('/api/events?dyad=RUS,UKR&negated=true')).body.items).toHaveLength(11);
    expect((await get('/api/events?root=19')).body.items.map((e: { code: string }) => e.code)).toEqual([
      '194',
      '190',
      '195',
      '194',
    ]);
    expect((await get('/api/events?quadClass=4&actor=RUSMIL')).body.items).toHaveLength(4);
    expect((await get('/api/events?source=vladimir-putin')).body.items[0]).toMatchObject({ code: '100' });
    const latest = await get('/api/events?order=desc&limit=1');
    expect(latest.body.items[0].date).toBe('2022-03-10');
    expect(latest.body.next).toBe(1);

    const bad = await get('/api/events?quadClass=5&since=2022-02-30&limit=0&colour=red');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^invalid parameters: /);
    expect(bad.body.issues).toEqual(
      expect.arrayContaining([
        { parameter: 'quadClass', message: 'must be 1, 2, 3 or 4' },
        { parameter: 'since', message: 'must be a calendar date YYYY-MM-DD' },
        { parameter: 'limit', message: 'must be a whole number from 1 to 1000' },
        { parameter: 'colour', message: 'unknown query parameter' },
      ]),
    );
    expect((await get('/api/events?dyad=RUS')).body.issues[0].parameter).toBe('dyad');
    expect((await get('/api/events?limit=5&limit=6')).body.error).toContain('limit given 2 times');
  });

  it('answers quotes by speaker and words, and commitments by actor and due date', async () => {
    expect((await get('/api/quotes?speaker=antony-blinken')).body.items).toHaveLength(2);
    expect((await get('/api/quotes?q=BREAKTHROUGHS')).body.items[0].speaker.name).toBe('Antony Blinken');
    expect((await get('/api/quotes?speaker=UKR')).body.items).toHaveLength(3);
    const due = await get('/api/commitments?dueFrom=2022-03-01');
    expect(due.body.items.map((c: { target: { id: string } }) => c.target.id)).toEqual(['UKRGOV']);
    expect((await get('/api/commitments?actor=RUS')).body.items).toHaveLength(1);
  });

  it('aggregates actors and answers one actor with partners, events and quotes', async () => {
    const speakers = await get('/api/actors?has=quotes&limit=2');
    expect(speakers.body.items.map((a: { id: string }) => a.id)).toEqual(['antony-blinken', 'dmytro-kuleba']);
    expect(speakers.body.next).toBe(2);
    expect((await get('/api/actors?q=zelen')).body.items[0]).toMatchObject({
      id: 'volodymyr-zelensky',
      quotes: 1,
    });
    const lavrov = await get('/api/actors/sergey-lavrov');
    expect(lavrov.status).toBe(200);
    expect(lavrov.body.actor).toMatchObject({ name: 'Sergey Lavrov', asSource: 3, asTarget: 2 });
    expect(lavrov.body.partners.map((p: { id: string }) => p.id)).toEqual([
      'antony-blinken',
      'dmytro-kuleba',
      'NATO',
    ]);
    expect(lavrov.body.asSource.map((e: { date: string }) => e.date)).toEqual([
      '2022-03-10',
      '2022-01-22',
      '2022-01-21',
    ]);
    expect(lavrov.body.asTarget).toHaveLength(2);
    expect((await get('/api/actors/antony-blinken')).body.quotes).toHaveLength(2);
    expect((await get('/api/actors/nobody')).status).toBe(404);
    expect((await get('/api/actors?has=friends')).status).toBe(400);
  });

  it('ranks dyads and answers a dyad series per week, month or day', async () => {
    const top = await get('/api/dyads?level=country&undirected=true&limit=2');
    expect(top.body.items.map((d: { source: string; target: string }) => `${d.source}-${d.target}`)).toEqual([
      'RUS-UKR',
      'RUS-USA',
    ]);
    const weekly = await get('/api/dyads/RUS/UKR/series?interval=week');
    expect(weekly.status).toBe(200);
    expect(weekly.body.dyad).toEqual(['RUS', 'UKR']);
    expect(weekly.body.points.map((p: { period: string; events: number }) => [p.period, p.events])).toEqual([
      ['2022-02-07', 2],
      ['2022-02-21', 2],
      ['2022-02-28', 3],
      ['2022-03-07', 2],
    ]);
    expect(weekly.body.points[1]).toMatchObject({
      quadClass: { 4: 2 },
      goldsteinSum: -20,
      goldsteinMean: -10,
    });
    const usaRus = await get('/api/dyads/usa/rus/series?interval=month');
    expect(usaRus.body.dyad).toEqual(['USA', 'RUS']);
    expect(usaRus.body.points.map((p: { period: string; events: number }) => [p.period, p.events])).toEqual([
      ['2021-12-01', 1],
      ['2022-01-01', 5],
      ['2022-02-01', 1],
    ]);
    expect((await get('/api/dyads/RUS/UKR/series')).body.interval).toBe('week');
    const bad = await get('/api/dyads/RUS/U-K/series?interval=year');
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { parameter: string }) => i.parameter).sort()).toEqual(['b', 'interval']);
    expect((await get('/api/dyads/RUS/UKR/series?interval=year')).body.issues[0].parameter).toBe('interval');
  });

  it('answers the timeline series and the map places', async () => {
    const timeline = await get('/api/events/series?interval=month&actor=USA');
    expect(timeline.body.points.map((p: { events: number }) => p.events)).toEqual([1, 1, 5, 1, 1]);
    const places = await get('/api/events/places?limit=1000');
    expect(places.body.items[0]).toMatchObject({ name: 'Geneva', lat: 46.204, lon: 6.143, events: 4 });
  });

  it('searches full text and requires the words', async () => {
    const hits = await get('/api/search?q=Antalya');
    expect(hits.body.items).toHaveLength(1);
    expect(hits.body.items[0].snippet).toContain('«Antalya»');
    const missing = await get('/api/search');
    expect(missing.status).toBe(400);
    expect(missing.body.issues[0]).toMatchObject({ parameter: 'q' });
  });

  it('documents every endpoint in OpenAPI, with the parameters it validates', async () => {
    const { status, body } = await get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(ROUTES.map((r) => r.path).sort());
    const series = body.paths['/api/dyads/{a}/{b}/series'].get;
    expect(
      series.parameters.filter((p: { in: string }) => p.in === 'path').map((p: { name: string }) => p.name),
    ).toEqual(['a', 'b']);
    const intervalParam = series.parameters.find((p: { name: string }) => p.name === 'interval');
    expect(intervalParam.schema.enum).toEqual(['day', 'week', 'month']);
    const events = body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(events).toEqual(
      expect.arrayContaining(['actor', 'dyad', 'root', 'quadClass', 'since', 'until', 'limit', 'offset']),
    );
    expect(body.paths['/api/search'].get.parameters[0]).toMatchObject({ name: 'q', required: true });
  });

  it('answers unknown endpoints with 404 and serves the map files from node_modules', async () => {
    expect(await get('/api/nothing')).toMatchObject({
      status: 404,
      body: { error: expect.stringContaining('/api/nothing') },
    });
    const atlas = await app.request('/vendor/countries-110m.json');
    expect(atlas.status).toBe(200);
    expect((await atlas.json()).objects.countries.type).toBe('GeometryCollection');
    expect((await app.request('/vendor/topojson-client.js')).headers.get('content-type')).toContain(
      'javascript',
    );
    expect((await app.request('/app/..%2Fpackage.json')).status).toBe(404);
    expect((await app.request('/vendor/..%2F..%2Fpackage.json')).status).toBe(404);
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
      expect(counts.articles).toBe(10);
      const series = await (await fetch(`${server.url}api/dyads/RUS/UKR/series?interval=month`)).json();
      expect(series.points).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});
