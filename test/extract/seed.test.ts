import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis.js';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';

describe('times and places on the seed article (2022-01-22)', () => {
  it('dates "on Friday", "next week" and places Geneva', async () => {
    const seed = sharedPath('seed');
    if (!seed) return;
    const run = await cli(['analyze', seed, '--until', 'places', '--json']);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.out) as Analysis;
    const text = record.article.text;
    const at = (span: { start: number; end: number }) => text.slice(span.start, span.end);

    const friday = record.times.find((t) => t.text === 'Friday');
    expect(text.slice(friday!.span.start - 3, friday!.span.end)).toBe('on Friday');
    expect(friday!.value).toEqual({ from: '2022-01-21', to: '2022-01-21', precision: 'day' });

    const nextWeek = record.times.find((t) => t.text === 'next week');
    expect(text.slice(nextWeek!.span.start - 11, nextWeek!.span.end)).toBe('in writing next week');
    expect(nextWeek!.value).toEqual({ from: '2022-01-24', to: '2022-01-30', precision: 'week' });

    const genevas = record.places.filter((p) => at(p.span) === 'Geneva');
    expect(genevas.length).toBe(3);
    for (const geneva of genevas) {
      expect(geneva.country).toBe('CHE');
      expect(Math.abs(geneva.lat - 46.2)).toBeLessThan(0.1);
      expect(Math.abs(geneva.lon - 6.15)).toBeLessThan(0.1);
    }
    // "Moscow is waiting", "Moscow urged Washington", "the Kremlin denies": governments, not places.
    expect(record.places.map((p) => p.text)).not.toContain('Moscow');
    expect(record.places.map((p) => p.text)).not.toContain('Kremlin');
  });
});
