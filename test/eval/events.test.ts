import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsScorer } from '../../src/eval/events.js';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

describe('sitrep eval events', () => {
  const dir = tempDir('each');

  it('scores a petrarch-shaped gold file: codes, dyads, no-event sentences', async () => {
    const gold = join(dir, 'gold.jsonl');
    const records = [
      {
        id: 'a',
        date: '2022-01-21',
        text: 'Russia attacked Ukraine.',
        expected: [{ source: 'RUS', target: 'UKR', code: '190' }],
        no_event: false,
      },
      {
        id: 'b',
        date: '2022-01-21',
        text: 'Blinken met Lavrov in Geneva.',
        expected: [{ source: 'USAGOV', target: 'RUSGOV', code: '042' }],
        no_event: false,
      },
      { id: 'c', date: '2022-01-21', text: 'The weather was fine.', expected: [], no_event: true },
    ];
    writeFileSync(gold, records.map((r) => JSON.stringify(r)).join('\n'));
    const report = await eventsScorer.score(gold, {});
    expect(report.records).toBe(3);
    expect(report.metrics['root accuracy']).toBe(1);
    expect(report.metrics['full-code accuracy']).toBe(0.5);
    expect(report.metrics['(source, target, root) F1']).toBe(1);
    expect(report.metrics['no event found']).toBe(0);
    expect(report.metrics['events on no-event sentences']).toBe(0);
  });

  it('names the file and line of a bad gold record', async () => {
    const gold = join(dir, 'bad.jsonl');
    writeFileSync(
      gold,
      `${JSON.stringify({ id: 'a', date: '2022-01-21', text: 'x', expected: [], no_event: 'no' })}\n`,
    );
    const run = await cli(['eval', 'events', '--gold', gold]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('bad.jsonl:1');
    expect(run.err).toContain('no_event');
  });

  // The shared gold sets: each is scored end to end and its figures are sane; the figures themselves are
  // reported by `sitrep eval`, not asserted.
  it.each(['petrarch2', 'plover', 'cameo'])('scores the %s set', async (set) => {
    const relative = eventsScorer.sets[set]!;
    const path = sharedPath(relative);
    if (!path) return;
    const report = await eventsScorer.score(path, {});
    expect(report.records).toBeGreaterThan(50);
    for (const value of Object.values(report.metrics)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(report.metrics['PLOVER category accuracy']).toBeGreaterThan(0.3);
  });
});
