import { describe, expect, it } from 'vitest';
import type { Event, TimeExpression } from '../../src/core/records.js';
import { commitmentStatus, deriveCommitments } from '../../src/extract/commitments/derive.js';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';

const USA = { id: 'USA', code: 'USAGOV', name: 'United States' };
const RUS = { id: 'RUS', code: 'RUSGOV', name: 'Russia' };

function event(over: Partial<Event>): Event {
  return {
    id: 'e1',
    sentence: 3,
    span: { start: 100, end: 140 },
    rule: 'v.share',
    confidence: 0.8,
    date: '2022-01-22',
    source: USA,
    target: RUS,
    code: '031',
    root: '03',
    quadClass: 1,
    goldstein: 5.2,
    plover: 'AGREE',
    polarity: 'asserted',
    modality: 'intended',
    text: 'will share its concerns with Russia',
    ...over,
  };
}

const nextWeek: TimeExpression = {
  sentence: 3,
  span: { start: 170, end: 179 },
  rule: 'time.relative-week',
  confidence: 0.9,
  text: 'next week',
  value: { from: '2022-01-24', to: '2022-01-30', precision: 'week' },
};

describe('commitments', () => {
  it('turns an intended event with a future time in its sentence into a commitment due in that window', () => {
    const [c] = deriveCommitments('a1', '2022-01-22', [event({})], [nextWeek]);
    expect(c).toMatchObject({
      eventId: 'e1',
      source: USA,
      target: RUS,
      due: { from: '2022-01-24', to: '2022-01-30', precision: 'week' },
      rule: 'commitment.intended+future-time',
    });
  });

  it('leaves out what was negated, what already happened, and intentions without a time ahead', () => {
    const past: TimeExpression = {
      ...nextWeek,
      value: { from: '2022-01-21', to: '2022-01-21', precision: 'day' },
    };
    expect(deriveCommitments('a1', '2022-01-22', [event({ polarity: 'negated' })], [nextWeek])).toEqual([]);
    expect(
      deriveCommitments(
        'a1',
        '2022-01-22',
        [event({ modality: 'actual', root: '04', code: '040' })],
        [nextWeek],
      ),
    ).toEqual([]);
    expect(deriveCommitments('a1', '2022-01-22', [event({})], [past])).toEqual([]);
    expect(deriveCommitments('a1', '2022-01-22', [event({ sentence: 4 })], [nextWeek])).toEqual([]);
  });

  it('says whether a commitment is open, due or past due on a day', () => {
    const due = { from: '2022-01-24', to: '2022-01-30' };
    expect(commitmentStatus(due, '2022-01-22')).toBe('open');
    expect(commitmentStatus(due, '2022-01-26')).toBe('due');
    expect(commitmentStatus(due, '2022-01-30')).toBe('due');
    expect(commitmentStatus(due, '2022-02-01')).toBe('past-due');
  });
});

describe('commitments on the seed', () => {
  it('finds the promised written reply: USA → RUS, due the week after the talks', async () => {
    const seed = sharedPath('seed');
    if (!seed) return;
    const run = await cli(['commitments', seed, '--as-of', '2022-01-22', '--json']);
    expect(run.code).toBe(0);
    const commitments = JSON.parse(run.out) as {
      source: { code: string };
      target?: { code: string };
      due: object;
      status: string;
    }[];
    const reply = commitments.find(
      (c) => c.source.code.startsWith('USA') && c.target?.code.startsWith('RUS'),
    );
    expect(reply).toMatchObject({
      due: { from: '2022-01-24', to: '2022-01-30', precision: 'week' },
      status: 'open',
    });
    const later = JSON.parse((await cli(['commitments', seed, '--as-of', '2022-02-05', '--json'])).out);
    expect(later.map((c: { status: string }) => c.status)).toContain('past-due');
  });
});
