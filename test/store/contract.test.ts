import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/port.js';
import { tempDir } from '../helpers/tmp.js';
import { DIALECTS } from './dialects.js';
import { sampleAnalysis } from './fixtures.js';

for (const dialect of DIALECTS) {
  describe(`store contract: ${dialect.name}`, () => {
    let store: Store;
    const dir = tempDir();
    beforeEach(async () => {
      store = await dialect.open(dir);
    });
    afterEach(async () => {
      await store.close();
    });

    const geneva = sampleAnalysis(
      'Blinken met Lavrov in Geneva. We are prepared to talk.',
      '2022-01-21',
      'Geneva talks',
    );
    const kyiv = sampleAnalysis(
      'Troops massed near Kyiv while diplomats talked in Brussels.',
      '2022-02-10',
      'Build-up',
    );

    it('stores an article with every record, once', async () => {
      expect(await store.saveAnalysis(geneva)).toBe('stored');
      expect(await store.saveAnalysis(geneva)).toBe('unchanged');
      expect(await store.counts()).toMatchObject({ articles: 1, mentions: 1, events: 3, quotes: 1 });
      expect(await store.hasArticle(geneva.article.id)).toBe(true);
    });

    it('replaces records with force and keeps no duplicates', async () => {
      await store.saveAnalysis(geneva);
      const smaller = { ...geneva, events: geneva.events.slice(0, 1), knowledgeVersion: 'kb-2' };
      expect(await store.saveAnalysis(smaller, { force: true })).toBe('replaced');
      expect(await store.counts()).toMatchObject({ articles: 1, events: 1 });
      expect((await store.article(geneva.article.id))?.knowledgeVersion).toBe('kb-2');
    });

    it('reads an article back whole, by id or unique prefix', async () => {
      await store.saveAnalysis(geneva);
      await store.saveAnalysis(kyiv);
      const found = await store.article(geneva.article.id.slice(0, 8));
      expect(found?.article).toEqual(geneva.article);
      expect(found?.mentions).toEqual(geneva.mentions);
      expect(found?.quotes.map((q) => q.text)).toEqual(['We are prepared to talk']);
      expect(found?.events).toHaveLength(3);
      expect(found?.sentences).toEqual([{ start: 0, end: geneva.article.text.length }]);
      expect(await store.article('abc')).toBeUndefined();
    });

    it('lists articles newest first with date filters and paging', async () => {
      await store.saveAnalysis(geneva);
      await store.saveAnalysis(kyiv);
      expect((await store.articles()).map((a) => a.title)).toEqual(['Build-up', 'Geneva talks']);
      expect((await store.articles({ since: '2022-02-01' })).map((a) => a.title)).toEqual(['Build-up']);
      expect((await store.articles({ until: '2022-01-31' })).map((a) => a.title)).toEqual(['Geneva talks']);
      expect((await store.articles({ limit: 1, offset: 1 })).map((a) => a.title)).toEqual(['Geneva talks']);
    });

    it('finds articles by full text with a highlighted snippet', async () => {
      await store.saveAnalysis(geneva);
      await store.saveAnalysis(kyiv);
      const hits = await store.search('Geneva');
      expect(hits.map((h) => h.id)).toEqual([geneva.article.id]);
      expect(hits[0]?.snippet).toContain('«Geneva»');
      expect(await store.search('troops brussels')).toHaveLength(1);
      expect(await store.search('"); drop table articles; --')).toEqual([]);
      expect(await store.search('nowhere-to-be-found')).toEqual([]);
    });

    it('filters events by actor, dyad, root, quad class and date, hiding negated ones unless asked', async () => {
      await store.saveAnalysis(geneva);
      await store.saveAnalysis(kyiv);
      expect(await store.events()).toHaveLength(4);
      expect(await store.events({ includeNegated: true })).toHaveLength(6);
      expect((await store.events({ dyad: ['UKR', 'RUS'] })).map((e) => e.root)).toEqual(['15', '15']);
      expect(await store.events({ actor: 'USA' })).toHaveLength(2);
      expect(await store.events({ root: '19', includeNegated: true })).toHaveLength(2);
      expect(await store.events({ quadClass: 1 })).toHaveLength(2);
      expect((await store.events({ since: '2022-02-01' })).every((e) => e.date >= '2022-02-01')).toBe(true);
      const negated = (await store.events({ root: '19', includeNegated: true }))[0];
      expect(negated).toMatchObject({ polarity: 'negated', modality: 'denied', goldstein: -10 });
    });

    it('filters quotes by speaker and text', async () => {
      await store.saveAnalysis(geneva);
      expect(await store.quotes({ speaker: 'antony-blinken' })).toHaveLength(1);
      expect(await store.quotes({ speaker: 'USA' })).toHaveLength(1);
      expect(await store.quotes({ text: 'PREPARED' })).toHaveLength(1);
      expect(await store.quotes({ text: '100%' })).toHaveLength(0);
    });

    it('lists ids in order for batches, and exports an article as rows another store imports whole', async () => {
      await store.saveAnalysis(geneva);
      await store.saveAnalysis(kyiv);
      const ids = [geneva.article.id, kyiv.article.id].sort();
      expect(await store.articleIds(undefined, 10)).toEqual(ids);
      expect(await store.articleIds(ids[0], 10)).toEqual([ids[1]]);
      expect(await store.articleIds(undefined, 1)).toEqual([ids[0]]);

      const rows = await store.exportArticle(geneva.article.id);
      expect(rows?.events).toHaveLength(3);
      expect(await store.exportArticle('0'.repeat(64))).toBeUndefined();
      const other = await dialect.open(join(dir, 'other'));
      try {
        expect(await other.importArticle(rows!)).toBe('stored');
        expect(await other.importArticle(rows!)).toBe('unchanged');
        expect(await other.article(geneva.article.id)).toEqual(await store.article(geneva.article.id));
        expect(await other.counts()).toMatchObject({ articles: 1, events: 3, quotes: 1, mentions: 1 });
      } finally {
        await other.close();
      }
    });

    it('keeps feed validators and the items read from each feed', async () => {
      const feed = 'https://news.example/rss.xml';
      expect(await store.feedState(feed)).toBeUndefined();
      await store.saveFeedState({ url: feed, etag: '"v1"', checkedAt: '2022-01-21T10:00:00Z' });
      await store.saveFeedState({
        url: feed,
        lastModified: 'Fri, 21 Jan 2022 10:00:00 GMT',
        checkedAt: 'T2',
      });
      expect(await store.feedState(feed)).toEqual({
        url: feed,
        lastModified: 'Fri, 21 Jan 2022 10:00:00 GMT',
        checkedAt: 'T2',
      });
      await store.saveFeedState({ url: feed, etag: '"v1"', checkedAt: 'T3', error: 'HTTP 503' });
      expect(await store.feedState(feed)).toMatchObject({ etag: '"v1"', error: 'HTTP 503' });

      const links = ['https://news.example/a', 'https://news.example/b', 'https://news.example/c'];
      await store.markItemSeen({
        feedUrl: feed,
        link: links[0]!,
        articleId: geneva.article.id,
        outcome: 'stored',
        seenAt: 'T1',
      });
      await store.markItemSeen({
        feedUrl: feed,
        link: links[2]!,
        outcome: 'rejected: HTTP 404',
        seenAt: 'T1',
      });
      await store.markItemSeen({
        feedUrl: feed,
        link: links[2]!,
        outcome: 'rejected: HTTP 410',
        seenAt: 'T2',
      });
      expect([...(await store.seenItems(feed, links))].sort()).toEqual([links[0], links[2]]);
      expect(await store.seenItems('https://other.example/feed', links)).toEqual(new Set());
    });

    it('writes an article in one transaction: a failing record leaves nothing behind', async () => {
      const broken = { ...geneva, events: [...geneva.events, geneva.events[0]!] }; // duplicate event id
      await expect(store.saveAnalysis(broken)).rejects.toThrow();
      expect(await store.counts()).toMatchObject({ articles: 0, events: 0, mentions: 0 });
      expect(await store.saveAnalysis(geneva)).toBe('stored');
    });
  });
}
