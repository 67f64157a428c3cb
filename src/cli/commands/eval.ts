import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { findScorer, SCORERS } from '../../eval/registry.js';
import { type EvalReport, percent } from '../../eval/report.js';
import { sharedDir } from '../../paths.js';
import { formatTable, type Io, printJson } from '../io.js';
import { kbLayers, kbOption } from '../kb-option.js';
import { parseCount } from '../options.js';

interface EvalFlags {
  gold?: string;
  set?: string;
  json?: boolean;
  limit?: string;
  kb?: string[];
}

export function registerEval(program: Command, io: Io): void {
  program
    .command('eval')
    .description('score a component against a gold set and print its metrics')
    .argument('[scorer]', `one of: ${SCORERS.map((s) => s.name).join(', ') || '(none yet)'}`)
    .option('--gold <path>', 'a gold file in the shape of the matching shared/data/_jsonl set')
    .option('--set <name>', 'a named gold set of the scorer (see --list)')
    .option('--limit <n>', 'score only the first n gold records')
    .option('--list', 'list scorers and their gold sets')
    .option('--json', 'print the report as JSON')
    .addOption(kbOption())
    .action(async (name: string | undefined, flags: EvalFlags & { list?: boolean }) => {
      if (flags.list || name === undefined) {
        const rows = SCORERS.flatMap((s) =>
          Object.entries(s.sets).map(([set, path]) => [s.name, set, path, s.description]),
        );
        io.out(formatTable(['scorer', 'set', 'gold (under the shared folder)', 'what'], rows));
        return;
      }
      const scorer = findScorer(name);
      if (!scorer)
        throw new UsageError(`unknown scorer '${name}': known are ${SCORERS.map((s) => s.name).join(', ')}`);
      const gold = resolveGold(scorer.sets, flags);
      const layers = kbLayers(flags.kb);
      if (layers.length > 0 && !scorer.usesLayers)
        throw new UsageError(`--kb: the ${scorer.name} scorer does not read knowledge layers`);
      const report = await scorer.score(gold, {
        ...(flags.limit === undefined ? {} : { limit: parseCount(flags.limit, '--limit') }),
        ...(layers.length > 0 ? { layers } : {}),
      });
      if (flags.json) printJson(io, report);
      else io.out(describeReport(report));
    });
}

function resolveGold(sets: Readonly<Record<string, string>>, flags: EvalFlags): string {
  if (flags.gold !== undefined) {
    const path = resolve(flags.gold);
    if (!existsSync(path)) throw new UsageError(`--gold: no such file '${flags.gold}'`);
    return path;
  }
  const names = Object.keys(sets);
  const set = flags.set ?? names[0];
  const relative = set === undefined ? undefined : sets[set];
  if (relative === undefined)
    throw new UsageError(`unknown set '${flags.set}': known are ${names.join(', ')}`);
  const path = join(sharedDir(), relative);
  if (!existsSync(path)) {
    throw new UsageError(`gold set '${set}' not found at ${path}: set SITREP_SHARED or pass --gold PATH`);
  }
  return path;
}

export function describeReport(report: EvalReport): string {
  const lines = [`${report.scorer} on ${report.gold} (${report.records} records)`];
  for (const [key, value] of Object.entries(report.metrics)) {
    // Distances (`*_km`) are printed as they are; other fractions as percentages.
    const shown = Number.isInteger(value)
      ? String(value)
      : value <= 1 && value >= 0 && !key.endsWith('_km')
        ? percent(value)
        : value.toFixed(2);
    lines.push(`  ${key.padEnd(28)} ${shown}`);
  }
  let text = `${lines.join('\n')}\n`;
  if (report.breakdown) text += `\n${formatTable(report.breakdown.headers, report.breakdown.rows)}`;
  if (report.notes?.length) text += `\n${report.notes.map((n) => `note: ${n}`).join('\n')}\n`;
  return text;
}
