import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError, UsageError } from '../../core/errors.js';
import { type ActorRecords, loadActorRecords } from '../../knowledge/actors/load.js';
import { builtInReads } from '../../knowledge/import/built-in-reads.js';
import { importPhoenix, type PhoenixFileReport } from '../../knowledge/import/phoenix.js';
import { describeSource, MANIFEST_FILE, writeLayer } from '../../knowledge/import/write-layer.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { DATA_DIR } from '../../paths.js';
import { knowledge as knowledgeWith } from '../context.js';
import { type Io, printJson } from '../io.js';
import { kbOption } from '../kb-option.js';

const DEFAULT_OUT = join('.sitrep', 'kb', 'phoenix');
const FORMATS = ['phoenix'] as const;
/** How many unparsed or unmapped lines to show per file; `--json` has them all. */
const SHOWN = 5;

export function registerKb(program: Command, io: Io, setExit: (code: number) => void): void {
  const kb = program
    .command('kb')
    .description('knowledge layers: bring in dictionaries you already have, and check the layers in use');

  kb.command('import')
    .description(
      'read actor and agent dictionaries into a knowledge layer folder that extends the built-in knowledge',
    )
    .argument('<files...>', 'dictionary files (Phoenix: *.actors.txt and *.agents.txt)')
    .requiredOption('--format <format>', `dictionary format: ${FORMATS.join(', ')}`)
    .option('--out <dir>', 'layer folder to write', DEFAULT_OUT)
    .option('--name <name>', "the layer's name in layer.json (default: the folder's name)")
    .option('--json', 'print the report as JSON, every unparsed line included')
    .addHelpText(
      'after',
      '\nUse the layer with --kb DIR on ingest, analyze, actors and explain, or SITREP_KB=DIR.\n' +
        'Exit code: 0 when every line was read, 1 when some lines could not be (the layer is written either way).',
    )
    .action((files: string[], flags: { format: string; out: string; name?: string; json?: boolean }) => {
      if (!(FORMATS as readonly string[]).includes(flags.format))
        throw new UsageError(`--format: unknown format '${flags.format}' (known: ${FORMATS.join(', ')})`);
      const sources = files.map((file) => {
        if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(file, 'file not found');
        const bytes = readFileSync(file);
        return { file, bytes, text: bytes.toString('utf8') };
      });
      const result = importPhoenix(
        sources.map((s) => ({ file: s.file, text: s.text })),
        loadActorRecords(join(DATA_DIR, 'actors')),
        { readsAlready: builtInReads(loadKnowledge(DATA_DIR).actors) },
      );
      for (const report of result.files)
        if (report.people + report.organisations + report.agentWords === 0 && report.unparsed.length > 0)
          throw new InputError(
            report.file,
            `not a Phoenix actor or agent dictionary: nothing could be imported (${report.unparsed.length} lines unreadable)`,
          );
      const out = resolve(flags.out);
      const manifest = {
        name: flags.name ?? basename(out),
        format: flags.format,
        sources: sources.map((s) => describeSource(s.file, s.bytes)),
        imported: Object.fromEntries(
          result.files.map((r) => [
            basename(r.file),
            { ...r, file: undefined, unparsed: r.unparsed.length, unmapped: r.unmapped.length },
          ]),
        ),
      };
      writeLayer(out, result.records, manifest);
      const unparsed = result.files.reduce((n, r) => n + r.unparsed.length, 0);
      if (flags.json) printJson(io, { layer: out, totals: totals(result.records), files: result.files });
      else {
        for (const report of result.files) io.out(describeFile(report));
        const t = totals(result.records);
        io.out(
          `wrote layer ${out}: ${t.people} people (${t.tenures} tenures), ${t.organisations} organisations, ` +
            `${t.agentWords} agent words in ${t.agentSectors} sectors, ${t.roles} roles\n` +
            `use it with --kb ${flags.out} (or SITREP_KB=${flags.out}); check it with sitrep kb check --kb ${flags.out}\n`,
        );
      }
      setExit(unparsed > 0 ? 1 : 0);
    });

  kb.command('check')
    .description(
      'compile the built-in knowledge with the layers, and print what each holds and the knowledge version',
    )
    .addOption(kbOption())
    .option('--json', 'print JSON')
    .action((flags: { kb?: string[]; json?: boolean }) => {
      const started = performance.now();
      const knowledge = knowledgeWith(flags.kb);
      const compileMs = Math.round(performance.now() - started);
      const layers = knowledge.layers;
      const parts = [
        {
          layer: join(DATA_DIR, 'actors'),
          name: 'built-in',
          counts: counts(loadActorRecords(join(DATA_DIR, 'actors'))),
        },
        ...layers.map((dir) => ({ layer: dir, name: layerName(dir), counts: counts(loadActorRecords(dir)) })),
      ];
      const a = knowledge.actors;
      let tenures = 0;
      const dangling: string[] = [];
      for (const p of a.people.values())
        for (const t of p.tenures) {
          tenures++;
          if (!a.roleSectors.has(t.role)) dangling.push(`${p.id}: office '${t.role}' is in no roles file`);
        }
      const compiled = {
        people: a.people.size,
        tenures,
        organisations: a.organisations.size,
        countries: a.countries.size,
        phrases: a.lexicon.size,
        compileMs,
      };
      if (flags.json)
        printJson(io, { version: knowledge.version, layers: parts, compiled, problems: dangling });
      else {
        for (const p of parts)
          io.out(`${p.name.padEnd(10)} ${p.layer}\n           ${describeCounts(p.counts)}\n`);
        io.out(
          `compiled   ${compiled.people} people (${compiled.tenures} tenures), ${compiled.organisations} organisations, ` +
            `${compiled.countries} countries, ${compiled.phrases} phrases in ${compileMs} ms\n`,
        );
        for (const d of dangling.slice(0, SHOWN)) io.out(`problem    ${d}\n`);
        if (dangling.length > SHOWN) io.out(`problem    … and ${dangling.length - SHOWN} more\n`);
        io.out(`knowledge version ${knowledge.version}\n`);
      }
      setExit(dangling.length > 0 ? 1 : 0);
    });
}

function layerName(dir: string): string {
  const manifest = join(dir, MANIFEST_FILE);
  if (!existsSync(manifest)) return 'layer';
  try {
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
    return typeof parsed.name === 'string' ? parsed.name : 'layer';
  } catch {
    return 'layer';
  }
}

function counts(r: ActorRecords) {
  return {
    countries: r.countries.length,
    organisations: r.organisations.length,
    agentSectors: r.agents.length,
    agentWords: r.agents.reduce((n, a) => n + a.words.length, 0),
    roles: r.roles.length,
    people: r.people.length,
    tenures: r.people.reduce((n, p) => n + p.tenures.length, 0),
  };
}

function totals(r: ActorRecords) {
  return counts(r);
}

function describeCounts(c: ReturnType<typeof counts>): string {
  return (
    `${c.countries} countries, ${c.organisations} organisations, ${c.agentWords} agent words in ` +
    `${c.agentSectors} sectors, ${c.roles} roles, ${c.people} people (${c.tenures} tenures)`
  );
}

function describeFile(r: PhoenixFileReport): string {
  const lines: string[] = [];
  if (r.kind === 'agents')
    lines.push(`${r.file}: agents, ${r.entries} phrases (plurals included) → ${r.agentWords} agent words`);
  else
    lines.push(
      `${r.file}: actors, ${r.entries} entries → ${r.people} people (${r.tenures} tenures; ` +
        `${r.builtInPeople} already built in, ${r.peopleByNameShape} read as people by name shape), ` +
        `${r.organisations} organisations`,
    );
  const skipped = Object.entries(r.skipped);
  if (skipped.length > 0) lines.push(`  skipped: ${skipped.map(([why, n]) => `${n} ${why}`).join('; ')}`);
  for (const [label, problems] of [
    ['unparsed', r.unparsed],
    ['unmapped', r.unmapped],
  ] as const) {
    if (problems.length === 0) continue;
    lines.push(`  ${label}: ${problems.length} line${problems.length === 1 ? '' : 's'}`);
    for (const p of problems.slice(0, SHOWN)) lines.push(`    ${r.file}:${p.line}: ${p.reason}: ${p.text}`);
    if (problems.length > SHOWN) lines.push(`    … and ${problems.length - SHOWN} more (--json lists all)`);
  }
  return `${lines.join('\n')}\n`;
}
