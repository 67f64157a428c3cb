import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

describe('sitrep eval times', () => {
  const dir = tempDir();

  it('scores a gold file of the TempEval-3 shape given with --gold', async () => {
    const text = 'Officials met on Friday. They will talk again next week, for three days.';
    const doc = {
      doc_id: 'one',
      dct: '2022-01-22',
      text,
      timexes: [
        { tid: 't1', start: 17, end: 23, text: 'Friday', type: 'DATE', value: '2022-01-21' },
        { tid: 't2', start: 46, end: 55, text: 'next week', type: 'DATE', value: '2022-W04' },
        { tid: 't3', start: 61, end: 71, text: 'three days', type: 'DURATION', value: 'P2D' },
        { tid: 't4', start: 0, end: 9, text: 'Officials', type: 'DATE', value: 'XXXX' },
      ],
    };
    const gold = join(dir, 'gold.jsonl');
    writeFileSync(gold, `${JSON.stringify(doc)}\n`);
    const run = await cli(['eval', 'times', '--gold', gold, '--json']);
    expect(run.code).toBe(0);
    const { metrics } = JSON.parse(run.out);
    expect(metrics).toMatchObject({ gold_timexes: 4, system_timexes: 3 });
    expect(metrics.extraction_precision).toBe(1);
    expect(metrics.extraction_recall).toBe(0.75);
    // Two of four gold values right (three days is P3D, not the gold's P2D), out of three found.
    expect(metrics.value_f1).toBeCloseTo((2 * (2 / 3) * (2 / 4)) / (2 / 3 + 2 / 4), 6);
  });

  it('names the file, line and field of a bad gold record', async () => {
    const gold = join(dir, 'bad.jsonl');
    writeFileSync(gold, `${JSON.stringify({ doc_id: 'x', dct: 'soon', text: '', timexes: [] })}\n`);
    const run = await cli(['eval', 'times', '--gold', gold]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('bad.jsonl:1');
    expect(run.err).toContain("field 'dct'");
  });

  it('scores TempEval-3 platinum above its floor', async () => {
    const gold = sharedPath('data/_jsonl/tempeval3_platinum.jsonl');
    if (!gold) return;
    const run = await cli(['eval', 'times', '--json']);
    expect(run.code).toBe(0);
    const { metrics } = JSON.parse(run.out);
    console.log('TempEval-3 platinum:', JSON.stringify(metrics));
    expect(metrics.gold_timexes).toBe(138);
    expect(metrics.extraction_f1).toBeGreaterThan(0.92);
    expect(metrics.value_f1).toBeGreaterThan(0.85);
  });
});
