import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quotesScorer } from '../../src/eval/quotes.js';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

const TEXT =
  'Blinken met Lavrov \u{1F642} in Geneva.\n\n"We are ready," Lavrov said. He added that talks will go on.\n\nLavrov believes the talks matter.';

/** A role in the gold shape: code-point offsets of the `nth` occurrence of `words`. */
function role(words: string, nth = 0): { spans: [number, number][]; text: string } {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = TEXT.indexOf(words, at + 1);
  const start = Array.from(TEXT.slice(0, at)).length;
  return { spans: [[start, start + Array.from(words).length]], text: words };
}

function goldLine(annotator: string, attributions: unknown[]): string {
  return JSON.stringify({
    doc_id: 'doc-1',
    annotator,
    publisher: 'test',
    publication_date: '2022-01-21',
    title: 'Talks',
    text: TEXT,
    attributions,
  });
}

const ATTRIBUTIONS = [
  { id: 'E1', source: role('Lavrov', 1), cue: role('said'), content: role('"We are ready,"') },
  { id: 'E2', source: role('He'), cue: role('added'), content: role('that talks will go on') },
  { id: 'E3', source: role('Lavrov', 2), cue: role('believes'), content: role('the talks matter') },
];

describe('quotes scorer', () => {
  const dir = tempDir();

  it('scores one annotation per article, direct and all attributions, exact and overlap, and speakers', async () => {
    const gold = join(dir, 'gold.jsonl');
    // Annotator 'b' sorts after 'a' and is not scored: its one attribution would change every figure.
    writeFileSync(gold, `${goldLine('b', [ATTRIBUTIONS[2]])}\n${goldLine('a', ATTRIBUTIONS)}\n`);
    const report = await quotesScorer.score(gold, {});
    expect(report.records).toBe(1);
    expect(report.metrics).toMatchObject({
      directGold: 1,
      directSystem: 1,
      directExactF1: 1,
      directOverlapF1: 1,
      allGold: 3,
      allSystem: 2,
      speakerAccuracy: 1,
      directSpeakerAccuracy: 1,
    });
    expect(report.metrics.allExactF1).toBeCloseTo(0.8, 5); // P 2/2, R 2/3
    const cliRun = await cli(['eval', 'quotes', '--gold', gold, '--json']);
    expect(cliRun.code).toBe(0);
    expect(JSON.parse(cliRun.out).metrics.directExactF1).toBe(1);
  });

  it('names the line and field of a malformed gold record', async () => {
    const gold = join(dir, 'bad.jsonl');
    writeFileSync(gold, `${goldLine('a', ATTRIBUTIONS)}\n{"doc_id": "x", "annotator": "a"}\n`);
    await expect(quotesScorer.score(gold, {})).rejects.toThrow(/bad.jsonl:2: field 'publication_date'/);
  });

  it('meets its floor on the PolNeAR dev set', async () => {
    const gold = sharedPath('data/_jsonl/polnear_dev.jsonl');
    if (!gold) return;
    const { metrics } = await quotesScorer.score(gold, {});
    const shown = Object.entries(metrics)
      .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : (v * 100).toFixed(1)}`)
      .join(', ');
    console.log(`quotes on PolNeAR dev: ${shown}`);
    expect(metrics.directOverlapF1).toBeGreaterThanOrEqual(0.89);
    expect(metrics.directExactF1).toBeGreaterThanOrEqual(0.83);
    expect(metrics.directSpeakerAccuracy).toBeGreaterThanOrEqual(0.89);
    expect(metrics.allOverlapF1).toBeGreaterThanOrEqual(0.6);
    expect(metrics.allExactF1).toBeGreaterThanOrEqual(0.45);
    expect(metrics.speakerAccuracy).toBeGreaterThanOrEqual(0.78);
  });
});
