import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../api/app.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/port.js';
import { syntheticAnalyses } from './synthetic.js';

// The API's answer times over a store of generated events (100,000 by default): each endpoint is asked in
// memory (`app.request`, no sockets), a few times to warm up and then `runs` times; the median, 95th
// percentile and fastest answer are reported with the size of the answer.

export interface ApiBenchOptions {
  readonly events?: number;
  readonly eventsPerArticle?: number;
  readonly runs?: number;
  readonly log?: (line: string) => void;
}

export interface EndpointTiming {
  readonly path: string;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
  readonly bytes: number;
}

export interface ApiBenchResult {
  readonly node: string;
  readonly store: string;
  readonly articles: number;
  readonly events: number;
  readonly fillSeconds: number;
  readonly runs: number;
  readonly endpoints: readonly EndpointTiming[];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Asks each endpoint `runs` times (after 3 to warm up) and reports its answer times. */
export async function timeEndpoints(
  store: Store,
  articleId: string,
  runs: number,
  log: (line: string) => void = () => {},
): Promise<EndpointTiming[]> {
  const app = createApp(store);
  const paths = [
    '/api/counts',
    '/api/articles?limit=50',
    `/api/articles/${articleId}`,
    '/api/search?q=ceasefire%20corridor&limit=20',
    '/api/events?limit=50',
    '/api/events?order=desc&limit=50',
    '/api/events?dyad=RUS,UKR&limit=100',
    '/api/events?actor=USA&root=04&since=2022-01-01&limit=100',
    '/api/events/series?interval=week',
    '/api/events/series?interval=day&actor=RUS',
    '/api/events/places?limit=1000',
    '/api/dyads/RUS/UKR/series?interval=day',
    '/api/dyads/RUS/UKR/series?interval=week',
    '/api/dyads/RUS/UKR/series?interval=month',
    '/api/dyads?level=country&undirected=true&limit=10',
    '/api/dyads?limit=80',
    '/api/actors?limit=50',
    '/api/actors?has=quotes&limit=50',
    '/api/actors/RUSGOV',
    '/api/quotes?speaker=sergey-lavrov&limit=40',
    '/api/quotes?q=pipeline&limit=40',
    '/api/commitments?limit=50',
  ];
  const endpoints: EndpointTiming[] = [];
  for (const path of paths) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs + 3; i++) {
      const t0 = performance.now();
      const response = await app.request(path);
      const body = await response.text();
      const ms = performance.now() - t0;
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status} ${body.slice(0, 200)}`);
      bytes = body.length;
      if (i >= 3) times.push(ms);
    }
    times.sort((a, b) => a - b);
    const timing = {
      path,
      medianMs: round(times[Math.floor(times.length / 2)]!),
      p95Ms: round(times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!),
      minMs: round(times[0]!),
      bytes,
    };
    log(`${timing.medianMs.toFixed(1).padStart(8)} ms  ${path}`);
    endpoints.push(timing);
  }
  return endpoints;
}

export async function runApiBench(options: ApiBenchOptions = {}): Promise<ApiBenchResult> {
  const log = options.log ?? (() => {});
  const perArticle = options.eventsPerArticle ?? 20;
  const articles = Math.ceil((options.events ?? 100_000) / perArticle);
  const runs = options.runs ?? 20;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-bench-'));
  const store = await openStore(`sqlite:${join(dir, 'bench.db')}`);
  try {
    const started = performance.now();
    let firstArticle = '';
    for (const analysis of syntheticAnalyses({ articles, eventsPerArticle: perArticle })) {
      firstArticle ||= analysis.article.id;
      await store.saveAnalysis(analysis);
    }
    const fillSeconds = (performance.now() - started) / 1000;
    const counts = await store.counts();
    log(`stored ${counts.articles} articles, ${counts.events} events in ${fillSeconds.toFixed(1)} s`);

    const endpoints = await timeEndpoints(store, firstArticle, runs, log);
    return {
      node: process.version,
      store: 'sqlite (file, WAL)',
      articles: counts.articles,
      events: counts.events,
      fillSeconds: Number(fillSeconds.toFixed(1)),
      runs,
      endpoints,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
