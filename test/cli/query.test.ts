import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

describe('sitrep articles and search', () => {
  const dir = tempDir('all');
  const db = () => `sqlite:${join(dir, 'q.db')}`;
  beforeAll(async () => {
    writeFileSync(
      join(dir, 'a.txt'),
      'date 2022-01-10\nWendy Sherman and Sergei Ryabkov held talks in Geneva.',
    );
    writeFileSync(
      join(dir, 'b.txt'),
      'date 2022-02-21\nPutin recognised the self-proclaimed republics in Donbas.',
    );
    const run = await cli(['ingest', join(dir, 'a.txt'), join(dir, 'b.txt'), '--db', db()]);
    expect(run.code).toBe(0);
  });

  it('lists articles newest first as a table and as JSON', async () => {
    const table = await cli(['articles', 'list', '--db', db()]);
    expect(table.code).toBe(0);
    const lines = table.out.trim().split('\n');
    expect(lines[0]).toMatch(/^id\s+date\s+words/);
    expect(lines[1]).toContain('2022-02-21');
    expect(lines[2]).toContain('2022-01-10');
    const json = JSON.parse((await cli(['articles', '--db', db(), '--json', '--since', '2022-02-01'])).out);
    expect(json.map((a: { published: string }) => a.published)).toEqual(['2022-02-21']);
  });

  it('shows one article by id prefix, and fails clearly on an unknown id', async () => {
    const [first] = JSON.parse((await cli(['articles', '--db', db(), '--json'])).out);
    const shown = await cli(['articles', 'show', first.id.slice(0, 8), '--db', db()]);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('Putin recognised the self-proclaimed republics');
    const missing = await cli(['articles', 'show', 'ffffffff', '--db', db()]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no article 'ffffffff'");
  });

  it('finds articles by words', async () => {
    const hits = JSON.parse((await cli(['search', 'Ryabkov', 'Geneva', '--db', db(), '--json'])).out);
    expect(hits).toHaveLength(1);
    expect(hits[0].snippet).toContain('«Ryabkov»');
    expect((await cli(['search', 'Kharkiv', '--db', db()])).out).toBe('no matches\n');
  });

  it('has --help on every command', async () => {
    for (const command of [
      'ingest',
      'analyze',
      'articles',
      'search',
      'serve',
      'eval',
      'bench',
      'demo',
      'export',
    ]) {
      const run = await cli([command, '--help']);
      expect(run.code, command).toBe(0);
      expect(run.out, command).toContain(`Usage: sitrep ${command}`);
    }
  });
});
