import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoMetrics, MAX_ERROR_KM } from '../../src/eval/geo-metrics.js';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

describe('geocoding metrics', () => {
  it('gives accuracy within 161 km, mean, median and the log-error AUC', () => {
    const m = geoMetrics([0, 100, 200, MAX_ERROR_KM]);
    expect(m.accuracy161).toBe(0.5);
    expect(m.meanKm).toBeCloseTo((300 + MAX_ERROR_KM) / 4, 6);
    expect(m.medianKm).toBe(150);
    const logs = [0, 100, 200, MAX_ERROR_KM].map((e) => Math.log(e + 1));
    const area = (logs[0]! + logs[1]!) / 2 + (logs[1]! + logs[2]!) / 2 + (logs[2]! + logs[3]!) / 2;
    expect(m.auc).toBeCloseTo(area / (Math.log(MAX_ERROR_KM) * 3), 9);
    expect(geoMetrics([0, 0]).auc).toBe(0);
  });
});

describe('sitrep eval places', () => {
  const dir = tempDir();

  it('scores a gold file of the LGL shape given with --gold, on gold spans and end to end', async () => {
    // Code-point offsets: the emoji before "Geneva" is one code point but two UTF-16 units.
    const text = '😀 Talks were held in Geneva. Later the delegates flew to Vienna, then to Springfield.';
    const cp = (s: string) => Array.from(text.slice(0, text.indexOf(s))).length;
    const span = (s: string) => ({ start: cp(s), end: cp(s) + s.length, text: s });
    const doc = {
      doc_id: 'one',
      date: '2022-01-22',
      text,
      toponyms: [
        { ...span('Geneva'), lat: 46.20222, lon: 6.14569 },
        { ...span('Vienna'), lat: 48.20849, lon: 16.37208 },
        { ...span('Springfield'), lat: 37.21533, lon: -93.29824 },
        { ...span('delegates'), lat: null, lon: null, type: 'Literal_Expression' },
      ],
    };
    const gold = join(dir, 'gold.jsonl');
    writeFileSync(gold, `${JSON.stringify(doc)}\n`);
    const run = await cli(['eval', 'places', '--gold', gold, '--json']);
    expect(run.code).toBe(0);
    const { metrics } = JSON.parse(run.out);
    expect(metrics.gold_span_toponyms).toBe(3);
    expect(metrics.gold_span_unresolved).toBe(0);
    // Geneva and Vienna right; Springfield, Missouri is not the biggest Springfield.
    expect(metrics.gold_span_accuracy_161km).toBeCloseTo(2 / 3, 6);
    expect(metrics.detection_recall).toBe(1);
    expect(metrics.detection_precision).toBe(1);
  });

  for (const [set, floor] of [
    ['lgl', { goldSpan: 0.84, endToEnd: 0.83, detection: 0.67 }],
    ['geowebnews', { goldSpan: 0.83, endToEnd: 0.89, detection: 0.66 }],
  ] as const) {
    it(`scores ${set} above its floors`, async () => {
      const gold = sharedPath(`data/_jsonl/${set}.jsonl`);
      if (!gold) return;
      const run = await cli(['eval', 'places', '--set', set, '--json']);
      expect(run.code).toBe(0);
      const { metrics } = JSON.parse(run.out);
      console.log(`${set}:`, JSON.stringify(metrics));
      expect(metrics.gold_span_accuracy_161km).toBeGreaterThan(floor.goldSpan);
      expect(metrics.end_to_end_accuracy_161km).toBeGreaterThan(floor.endToEnd);
      expect(metrics.detection_f1).toBeGreaterThan(floor.detection);
    });
  }
});
