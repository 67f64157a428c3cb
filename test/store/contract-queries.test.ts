import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import { dayNumber, periodStart, weekStart } from '../../src/store/buckets.js';
import type { Store } from '../../src/store/port.js';
import { tempDir } from '../helpers/tmp.js';
import { DIALECTS } from './dialects.js';
import { sampleAnalysis } from './fixtures.js';
import { ACTORS, storyAnalyses } from './story.js';

// The store contract, continued: the questions the API and dashboard ask (series, dyads, actors, partners,
// places, commitments), over the hand-made crisis story. Runs against every dialect.

/** One article with one asserted USA→RUS event on each of `dates`. */
function eventsOn(dates: readonly string[]): Analysis {
  const base = sampleAnalysis(`Calendar check ${dates.join(' ')}.`, '2022-01-01');
  const template = base.events[0]!;
  const id = articleId(base.article.text, base.article.published);
  return {
    ...base,
    events: dates.map((date, i) => ({ ...template, id: `${id.slice(0, 8)}-d${i}`, date })),
  };
}

for (const dialect of DIALECTS) {
  describe(`store contract, queries: ${dialect.name}`, () => {
    let store: Store;
    const dir = tempDir();
    beforeEach(async () => {
      store = await dialect.open(dir);
      for (const analysis of storyAnalyses()) await store.saveAnalysis(analysis);
    });
    afterEach(async () => {
      await store.close();
    });

    it('counts the story: asserted events by default, every event when asked', async () => {
      expect(await store.counts()).toMatchObject({ articles: 10, events: 26, quotes: 6, commitments: 2 });
      expect(await store.events({ limit: 1000 })).toHaveLength(24);
      expect(await store.events({ limit: 1000, includeNegated: true })).toHaveLength(26);
    });

    it('buckets a dyad by week (Monday), month and day, counting per QuadClass in the database', async () => {
      const weeks = await store.series({ dyad: ['RUS', 'UKR'], interval: 'week' });
      expect(weeks).toEqual([
        {
          period: '2022-02-07',
          events: 2,
          quadClass: { 1: 0, 2: 0, 3: 1, 4: 1 },
          goldsteinSum: -9.2,
          goldsteinMean: -4.6,
          articles: 1,
        },
        {
          period: '2022-02-21',
          events: 2,
          quadClass: { 1: 0, 2: 0, 3: 0, 4: 2 },
          goldsteinSum: -20,
          goldsteinMean: -10,
          articles: 1,
        },
        {
          period: '2022-02-28',
          events: 3,
          quadClass: { 1: 2, 2: 0, 3: 0, 4: 1 },
          goldsteinSum: 4,
          goldsteinMean: 1.333,
          articles: 1,
        },
        {
          period: '2022-03-07',
          events: 2,
          quadClass: { 1: 2, 2: 0, 3: 0, 4: 0 },
          goldsteinSum: 5,
          goldsteinMean: 2.5,
          articles: 1,
        },
      ]);
      const months = await store.series({ dyad: ['RUS', 'UKR'], interval: 'month' });
      expect(months.map((m) => [m.period, m.events, m.articles])).toEqual([
        ['2022-02-01', 6, 3],
        ['2022-03-01', 3, 2],
      ]);
      const days = await store.series({ dyad: ['UKR', 'RUS'], interval: 'day' });
      expect(days.map((d) => d.period)).toEqual([
        '2022-02-10',
        '2022-02-24',
        '2022-02-28',
        '2022-03-01',
        '2022-03-10',
      ]);
      const withNegated = await store.series({
        dyad: ['RUS', 'UKR'],
        interval: 'month',
        includeNegated: true,
      });
      expect(withNegated.map((m) => m.events)).toEqual([1, 1, 6, 3]);
    });

    it('puts each day in the ISO week that starts on its Monday, across years and leap days', async () => {
      const dates = [
        '1999-12-31',
        '2000-02-29',
        '2000-03-01',
        '2020-12-31',
        '2021-01-03',
        '2021-01-04',
        '2021-12-27',
        '2022-01-01',
        '2022-01-02',
        '2022-01-03',
        '2024-02-29',
      ];
      await store.saveAnalysis(eventsOn(dates));
      const weeks = await store.series({
        articleId: articleId(`Calendar check ${dates.join(' ')}.`, '2022-01-01'),
        interval: 'week',
      });
      const expected = [...new Set(dates.map((d) => periodStart(weekStart(dayNumber(d)), 'week')))].sort();
      expect(weeks.map((w) => w.period)).toEqual(expected);
      expect(expected).toEqual([
        '1999-12-27',
        '2000-02-28',
        '2020-12-28',
        '2021-01-04',
        '2021-12-27',
        '2022-01-03',
        '2024-02-26',
      ]);
      expect(weeks.find((w) => w.period === '2021-12-27')?.events).toBe(3);
    });

    it('ranks dyads by country, in either direction, and by actor code, directed', async () => {
      const pairs = await store.dyads({ level: 'country', undirected: true });
      expect(pairs.map((p) => [p.source, p.target, p.events])).toEqual([
        ['RUS', 'UKR', 9],
        ['RUS', 'USA', 7],
        ['NAT', 'RUS', 3],
        ['UKR', 'UKR', 2],
        ['UKR', 'USA', 2],
        ['DEU', 'RUS', 1],
      ]);
      expect(pairs[0]).toMatchObject({ first: '2022-02-10', last: '2022-03-10' });
      const directed = await store.dyads({ actor: 'RUSMIL' });
      expect(directed.map((p) => [p.source, p.target, p.events])).toEqual([
        ['RUSMIL', 'UKRGOV', 3],
        ['RUSMIL', 'UKRCVL', 1],
        ['UKRGOV', 'RUSMIL', 1],
      ]);
      expect(directed[0]?.quadClass).toEqual({ 1: 0, 2: 0, 3: 0, 4: 3 });
      expect(
        await store.dyads({ limit: 2, level: 'country', undirected: true, since: '2022-03-01' }),
      ).toEqual([
        expect.objectContaining({ source: 'RUS', target: 'UKR', events: 3 }),
        expect.objectContaining({ source: 'UKR', target: 'USA', events: 1 }),
      ]);
    });

    it('aggregates actors from events, quotes and mentions', async () => {
      const [lavrov] = await store.actors({ id: 'sergey-lavrov' });
      expect(lavrov).toEqual({
        id: 'sergey-lavrov',
        code: 'RUSGOV',
        name: 'Sergey Lavrov',
        asSource: 3,
        asTarget: 2,
        quotes: 0,
        mentions: 2,
      });
      expect((await store.actors({ text: 'LAVR' })).map((a) => a.id)).toEqual(['sergey-lavrov']);
      const speakers = await store.actors({ has: 'quotes' });
      expect(speakers.map((a) => [a.id, a.quotes])).toEqual([
        ['antony-blinken', 2],
        ['dmytro-kuleba', 1],
        ['oleksii-reznikov', 1],
        ['sergei-ryabkov', 1],
        ['volodymyr-zelensky', 1],
      ]);
      const all = await store.actors();
      expect(all.slice(0, 2)).toMatchObject([
        { id: 'RUSGOV', asSource: 2, asTarget: 6 },
        { id: 'UKRGOV', asSource: 2, asTarget: 5 },
      ]);
      expect(all.map((a) => a.id)).toContain('sergei-ryabkov'); // mentioned and quoted, in no asserted event
      expect(await store.actors({ limit: 2, offset: 1 })).toEqual(all.slice(1, 3));
    });

    it('lists an actor’s partners with direction and mean Goldstein', async () => {
      expect(await store.partners('sergey-lavrov')).toEqual([
        { ...ACTORS.blinken, events: 2, outgoing: 1, incoming: 1, goldsteinMean: 2.5 },
        { ...ACTORS.kuleba, events: 2, outgoing: 1, incoming: 1, goldsteinMean: 2.5 },
        { ...ACTORS.nato, events: 1, outgoing: 1, incoming: 0, goldsteinMean: -2 },
      ]);
      expect(await store.partners('sergey-lavrov', { until: '2022-01-31' })).toHaveLength(2);
      expect(await store.partners('nobody')).toEqual([]);
    });

    it('groups events by place, with the event filters', async () => {
      const places = await store.eventPlaces();
      expect(places[0]).toMatchObject({ name: 'Geneva', country: 'CHE', lat: 46.204, lon: 6.143, events: 4 });
      const war = await store.eventPlaces({ dyad: ['RUS', 'UKR'] });
      expect(war.map((p) => [p.name, p.events])).toEqual([
        ['Antalya', 2],
        ['Gomel', 2],
        ['Kharkiv', 2],
        ['Belarus', 1],
        ['Kyiv', 1],
      ]);
      expect(war.find((p) => p.name === 'Kharkiv')).toMatchObject({
        quadClass: { 1: 0, 2: 0, 3: 0, 4: 2 },
        goldsteinMean: -10,
        first: '2022-02-24',
        last: '2022-03-01',
      });
    });

    it('filters events by source, target and order', async () => {
      const byMilitary = await store.events({ source: 'RUSMIL' });
      expect(byMilitary.map((e) => e.code)).toEqual(['154', '190', '195', '194']);
      expect((await store.events({ target: 'sergey-lavrov' })).map((e) => e.source.id)).toEqual([
        'antony-blinken',
        'dmytro-kuleba',
      ]);
      const latest = await store.events({ newestFirst: true, limit: 2 });
      expect(latest.map((e) => e.date)).toEqual(['2022-03-10', '2022-03-10']);
    });

    it('lists chosen articles by id', async () => {
      const [first, , third] = storyAnalyses();
      const found = await store.articles({ ids: [first!.article.id, third!.article.id] });
      expect(found.map((a) => a.published)).toEqual(['2022-01-10', '2021-11-11']);
      expect(found[1]?.lead).toMatch(/^US Secretary of State Antony Blinken hosted .{20,} \S+…$/);
      expect(found[1]?.lead?.length).toBeLessThanOrEqual(121);
      expect(await store.articles({ ids: [] })).toEqual([]);
    });

    it('lists commitments by actor and due window', async () => {
      const all = await store.commitments();
      expect(all.map((c) => [c.source.id, c.target?.id, c.due.from, c.due.to])).toEqual([
        ['USAGOV', 'RUSGOV', '2022-01-24', '2022-01-30'],
        ['USAGOV', 'UKRGOV', '2022-03-10', '2022-03-31'],
      ]);
      expect(all[0]?.articleId).toMatch(/^[0-9a-f]{64}$/);
      expect((await store.commitments({ actor: 'UKR' })).map((c) => c.due.from)).toEqual(['2022-03-10']);
      expect(await store.commitments({ dueFrom: '2022-02-01' })).toHaveLength(1);
      expect(await store.commitments({ dueUntil: '2022-01-31' })).toHaveLength(1);
      expect(await store.commitments({ dueFrom: '2022-04-01' })).toEqual([]);
    });
  });
}
