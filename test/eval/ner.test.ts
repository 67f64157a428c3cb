import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

describe('sitrep eval ner', () => {
  const dir = tempDir();

  it('scores any gold file of the CoNLL shape', async () => {
    const gold = join(dir, 'tiny.jsonl');
    const sentence = (doc: number, tokens: string[], tags: string[]) => JSON.stringify({ doc, tokens, tags });
    writeFileSync(
      gold,
      `${[
        sentence(
          1,
          ['Antony', 'Blinken', 'met', 'Sergey', 'Lavrov', 'in', 'Geneva', '.'],
          ['B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O'],
        ),
        sentence(1, ['NATO', 'said', 'nothing', '.'], ['B-ORG', 'O', 'O', 'O']),
      ].join('\n')}\n`,
    );
    const run = await cli(['eval', 'ner', '--gold', gold, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out);
    expect(report.records).toBe(2);
    expect(report.metrics.f1_PER).toBe(1);
    expect(report.metrics.f1).toBeGreaterThan(0.7);
  });

  it('names the line and field of a malformed gold record', async () => {
    const gold = join(dir, 'bad.jsonl');
    writeFileSync(gold, '{"doc": 1, "tokens": ["a"], "tags": ["O"]}\n{"doc": 1, "tokens": "oops"}\n');
    const run = await cli(['eval', 'ner', '--gold', gold]);
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/bad\.jsonl:2: field 'tokens'/);
  });

  it('reaches its measured level on CoNLL-2003 test', async () => {
    if (!sharedPath('data/_jsonl/conll2003.jsonl')) return;
    const report = JSON.parse((await cli(['eval', 'ner', '--json'])).out);
    console.log(`CoNLL-2003 test F1 ${(report.metrics.f1 * 100).toFixed(1)}`);
    expect(report.metrics.f1).toBeGreaterThan(0.85);
    expect(report.metrics.f1_PER).toBeGreaterThan(0.9);
  });
});
