import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';

describe('sitrep actors and explain', () => {
  it('tallies the actors of the seed with their codes', async () => {
    const seed = sharedPath('seed');
    if (!seed) return;
    const run = await cli(['actors', seed, '--json']);
    expect(run.code).toBe(0);
    const actors = JSON.parse(run.out) as { id: string; code: string; mentions: number; names: string[] }[];
    const byId = new Map(actors.map((a) => [a.id, a]));
    expect(byId.get('sergey-lavrov')).toMatchObject({ code: 'RUSGOV' });
    expect(byId.get('sergey-lavrov')?.names).toContain('the top Russian diplomat');
    expect(byId.get('antony-blinken')?.names).toContain('the top US official');
    expect(byId.get('RUSGOV')?.names).toEqual(expect.arrayContaining(['Moscow', 'the Kremlin']));
    const table = await cli(['actors', seed]);
    expect(table.out.split('\n')[0]).toMatch(/^id\s+code\s+mentions\s+name\s+named as$/);
  });

  it('explains each mention with its resolution and rule', async () => {
    const run = await cli(
      ['explain', '-', '--date', '2022-01-21'],
      'The Russian Foreign Minister met reporters in Geneva.',
    );
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /The Russian Foreign Minister\s+role\s+→ Sergey Lavrov \(sergey-lavrov, RUSGOV\)\s+role\.office>role\.office-on-date/,
    );
  });
});
