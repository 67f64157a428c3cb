import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/cli/commands/serve.js';
import { EXAMPLES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { openStore } from '../../src/store/open.js';
import { chromiumPath, launchBrowser } from '../helpers/chromium.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { storyAnalyses } from '../store/story.js';

// The dashboard in real headless Chromium, over a store holding the bundled examples (as the analysis
// stages record them) and the hand-made crisis story. Screenshots go to test-artifacts/.

const ARTIFACTS = join(PACKAGE_ROOT, 'test-artifacts');
const executablePath = chromiumPath();

/** Compiles the dashboard's modules, so this file also runs on its own (npm test builds them first anyway). */
function buildDashboard(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(PACKAGE_ROOT, 'web', 'tsconfig.json')], {
    stdio: 'inherit',
  });
}

describe.skipIf(executablePath === undefined)('dashboard in Chromium', () => {
  const dir = tempDir('all');
  let server: { url: string; close: () => Promise<void> };
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  const shots: string[] = [];
  const shoot = async (name: string) => {
    const path = join(ARTIFACTS, name);
    await page.screenshot({ path, fullPage: true });
    shots.push(path);
  };
  const api = async (path: string) => (await fetch(`${server.url}${path}`)).json();

  beforeAll(async () => {
    buildDashboard();
    mkdirSync(ARTIFACTS, { recursive: true });
    const db = `sqlite:${join(dir, 'web.db')}`;
    const ingest = await cli(['ingest', EXAMPLES_DIR, '--db', db]);
    expect(ingest.code, ingest.err).toBe(0);
    const store = await openStore(db);
    for (const analysis of storyAnalyses()) await store.saveAnalysis(analysis);
    await store.close();
    server = await startServer(
      { out: () => {}, err: (t) => process.stderr.write(t), interactive: false, stdin: process.stdin },
      { db, host: '127.0.0.1', port: '0' },
    );
    browser = await launchBrowser(executablePath!);
    page = await browser.context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (shots.length > 0) console.log(`screenshots:\n  ${shots.join('\n  ')}`);
  });

  it('loads the overview over the examples and the story', async () => {
    await page.goto(server.url);
    const counts = await api('api/counts');
    expect(counts.articles).toBeGreaterThanOrEqual(36);
    const articles = page.locator('.stat', { hasText: 'articles' }).locator('dd');
    await expect.poll(() => articles.textContent()).toBe(String(counts.articles));
    const pairs = page.locator('ol.dyads a.dyad-link');
    await expect
      .poll(() => pairs.allTextContents())
      .toEqual(expect.arrayContaining(['RUS – UKR', 'RUS – USA']));
    await expect.poll(() => page.locator('.overview-charts .goldstein-point').count()).toBeGreaterThan(4);
    await expect.poll(() => page.locator('table.events tbody tr').count()).toBe(10);
    await shoot('dashboard-overview.png');
  });

  it('draws the RUS–UKR dyad chart with its points, and USA–RUS', async () => {
    await page.goto(`${server.url}#/dyad/RUS/UKR`);
    const series = await api('api/dyads/RUS/UKR/series?interval=week');
    // the chart draws the latest 400 weeks: history an article recalls ("annexed Crimea in 2014") lies before
    const points: { period: string; events: number }[] = series.points;
    const last = Date.parse(points[points.length - 1]!.period);
    const drawnFrom = new Date(last - 399 * 7 * 86_400_000).toISOString().slice(0, 10);
    expect(points.some((p) => p.events > 0 && p.period < drawnFrom)).toBe(true);
    const withEvents = points.filter((p) => p.events > 0 && p.period >= drawnFrom).length;
    expect(withEvents).toBeGreaterThanOrEqual(4);
    await expect.poll(() => page.locator('.series-chart .goldstein-point').count()).toBe(withEvents);
    expect(await page.locator('.series-chart rect.bar.q4').count()).toBeGreaterThan(0);
    expect(await page.locator('.series-chart rect.bar.q1').count()).toBeGreaterThan(0);
    await expect.poll(() => page.title()).toBe('Dyad · sitrep');
    await shoot('dyad-rus-ukr.png');
    await page.goto(`${server.url}#/dyad/USA/RUS?interval=month`);
    await expect.poll(() => page.locator('.series-chart .goldstein-point').count()).toBeGreaterThan(0);
    await shoot('dyad-usa-rus.png');
  });

  it('opens an event’s article from the timeline with its evidence highlighted and explained', async () => {
    await page.goto(`${server.url}#/timeline?dyad=RUS,UKR`);
    const link = page.locator('table.events a.evidence-link').first();
    await link.waitFor();
    const target = (await link.getAttribute('href')) ?? '';
    const [, articleId, eventId] = /^#\/article\/([0-9a-f]+)\?select=e%3A(.+)$/.exec(target) ?? [];
    expect(articleId, target).toBeDefined();
    await link.click();
    await page.locator('mark.selected').first().waitFor();
    const stored = await api(`api/articles/${articleId}`);
    const event = stored.events.find((e: { id: string }) => e.id === decodeURIComponent(eventId!));
    const evidence = stored.article.text.slice(event.span.start, event.span.end);
    const highlighted = (await page.locator('mark.selected').allTextContents()).join('');
    expect(highlighted).toBe(evidence);
    const explain = page.locator('#explain');
    expect(await explain.getAttribute('data-kind')).toBe('event');
    expect(await explain.textContent()).toContain(event.rule);
    expect(await explain.textContent()).toContain(event.source.name);
    await expect.poll(() => page.locator('.record-list button[aria-pressed="true"]').count()).toBe(1);
    await shoot('article-evidence.png');

    // Another record from the panel: a mention explains how its actor was resolved.
    const mention = page.locator('.record-list button.hl-mention').first();
    if ((await mention.count()) > 0) {
      await mention.click();
      expect(await explain.getAttribute('data-kind')).toBe('mention');
      expect(await explain.textContent()).toContain('resolved to');
    }
  });

  it('is usable with the keyboard', async () => {
    await page.goto(`${server.url}#/`);
    await page.locator('.stat').first().waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('psychological pressure');
    await page.keyboard.press('Enter');
    const hit = page.locator('ol.hits a').first();
    await hit.waitFor();
    await hit.focus();
    await page.keyboard.press('Enter');
    const mark = page.locator('.article-text mark.hl').first();
    await mark.waitFor();
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#explain').getAttribute('data-kind')).not.toBeNull();
    expect(await page.locator('mark.selected').count()).toBeGreaterThan(0);
  });

  it('draws the actor network, the offline map and the quote explorer', async () => {
    await page.goto(`${server.url}#/network`);
    await expect.poll(() => page.locator('.network-chart path.edge').count()).toBeGreaterThan(5);
    expect(await page.locator('.network-chart a.node[data-code="RUSMIL"]').count()).toBe(1);
    await shoot('network.png');

    await page.goto(`${server.url}#/map`);
    await expect.poll(() => page.locator('.map-chart path.country').count()).toBeGreaterThan(150);
    await expect.poll(() => page.locator('.map-chart circle.place').count()).toBeGreaterThan(5);
    await page.locator('.map-chart circle.place').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.place-details h3').count()).toBe(1);
    await shoot('map.png');

    await page.goto(`${server.url}#/quotes`);
    await page.locator('a[data-speaker="antony-blinken"]').click();
    // The hand-made story's two Blinken quotes, and those the quotes stage found in the examples.
    await expect.poll(() => page.locator('.quotes-layout').textContent()).toContain('Said by Antony Blinken');
    await expect.poll(() => page.locator('.quotes .quote').count()).toBeGreaterThanOrEqual(2);
    await page.locator('form.filters input[name="q"]').fill('breakthroughs');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.quotes .quote').count()).toBe(1);
    expect(await page.locator('.quotes blockquote').textContent()).toContain(
      'We are not expecting any breakthroughs',
    );
    await shoot('quotes.png');
  });

  it('talks to nothing but its own server, without errors', () => {
    const origin = new URL(server.url).origin;
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
