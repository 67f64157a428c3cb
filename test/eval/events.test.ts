import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsScorer, matchTriples } from '../../src/eval/events.js';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

describe('matching coded triples to gold triples', () => {
  it('pairs as many as possible, so a loose gold triple does not take the one a strict triple needs', () => {
    const gold = [
      { source: 'USA', label: '04' },
      { source: 'USA', target: 'RUS', label: '04' },
    ];
    const predicted = [
      { source: 'USA', target: 'RUS', label: '04' },
      { source: 'USA', target: 'FRA', label: '04' },
    ];
    expect(matchTriples(gold, predicted)).toBe(2);
  });

  it('pairs each coded triple at most once and never across labels', () => {
    const gold = [
      { source: 'USA', target: 'RUS', label: '04' },
      { source: 'USA', target: 'RUS', label: '04' },
      { source: 'USA', target: 'RUS', label: '11' },
    ];
    expect(matchTriples(gold, [{ source: 'USA', target: 'RUS', label: '04' }])).toBe(1);
  });
});

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

  it('counts events of two actors from one country as two events, though it compares countries', async () => {
    const gold = join(dir, 'two-sides.jsonl');
    const record = {
      id: 'a',
      date: '2022-01-21',
      text: 'The Sudanese government and Sudanese rebels agreed to a ceasefire.',
      expected: [
        { source: 'SDNGOV', target: 'SDNREB', code: '0356' },
        { source: 'SDNREB', target: 'SDNGOV', code: '0356' },
      ],
      no_event: false,
    };
    writeFileSync(gold, JSON.stringify(record));
    const report = await eventsScorer.score(gold, {});
    expect(report.metrics['(source, target, root) recall']).toBe(1);
    expect(report.metrics['(source, target, root) precision']).toBe(1);
  });

  it('leaves an event that names no country out of the (source, target) measure, and reports it apart', async () => {
    const gold = join(dir, 'countryless.jsonl');
    const record = {
      id: 'a',
      date: '2022-01-21',
      text: 'Russia attacked Ukraine. Gunmen shot two police officers.',
      expected: [{ source: 'RUS', target: 'UKR', code: '190' }],
      no_event: false,
    };
    writeFileSync(gold, JSON.stringify(record));
    const report = await eventsScorer.score(gold, {});
    expect(report.metrics['(source, target, root) F1']).toBe(1);
    // the gunmen's shooting, with no country on either side, is one false positive when counted
    expect(report.metrics['… counting events that name no country: F1']).toBeCloseTo(2 / 3, 5);
  });

  it("compares an organisation's sector on the PLOVER set by the people of it who act, not its name", async () => {
    const gold = join(dir, 'plover-org.jsonl');
    const event = (text: string, source: object) => ({
      id: text,
      text,
      language: 'en',
      events: [{ event_type: 'ACCUSE', source: [source], target: [{ country: 'RUS', sector: null }] }],
    });
    const records = [
      event('The United Nations condemned Russia.', { country: 'IGO', sector: null }),
      event('NATO troops condemned Russia.', { country: 'IGO', sector: 'MIL' }),
    ];
    writeFileSync(gold, records.map((r) => JSON.stringify(r)).join('\n'));
    const report = await eventsScorer.score(gold, {});
    expect(report.metrics['(source, target, category) F1']).toBe(1);
    expect(report.metrics['… with sectors: F1']).toBe(1);
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

  it('codes with a knowledge layer given by --kb', async () => {
    const gold = join(dir, 'layer-gold.jsonl');
    const record = {
      id: 'a',
      date: '2022-01-21',
      text: 'Zara Example attacked Ukraine.',
      expected: [{ source: 'EGY', target: 'UKR', code: '190' }],
      no_event: false,
    };
    writeFileSync(gold, JSON.stringify(record));
    const layer = join(dir, 'layer');
    mkdirSync(layer);
    writeFileSync(
      join(layer, 'people.jsonl'),
      '{"id":"zara-example","name":"Zara Example","tenures":[{"role":"layer-gov","of":"EGY","from":"2012-01-01","to":null}]}\n',
    );
    writeFileSync(join(layer, 'roles.jsonl'), '{"key":"layer-gov","sector":"GOV","phrases":[]}\n');
    const without = await cli(['eval', 'events', '--gold', gold, '--json']);
    const withLayer = await cli(['eval', 'events', '--gold', gold, '--json', '--kb', layer]);
    expect(without.code).toBe(0);
    expect(withLayer.code).toBe(0);
    const f1 = (out: string) => JSON.parse(out).metrics['(source, target, root) F1'];
    expect(f1(without.out)).toBe(0);
    expect(f1(withLayer.out)).toBe(1);
    const other = await cli(['eval', 'times', '--gold', gold, '--kb', layer]);
    expect(other.code).toBe(2);
    expect(other.err).toContain('--kb');
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
