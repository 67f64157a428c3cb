import type { Command } from 'commander';
import type { Analysis } from '../../core/analysis.js';
import { tallyActors } from '../../extract/actors/summary.js';
import { analyzeInputs } from '../analyze-inputs.js';
import { formatTable, type Io, printJson, truncate } from '../io.js';
import { kbOption } from '../kb-option.js';
import { parseDateOption } from '../options.js';

export function registerActors(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('actors')
    .description('the actors named in articles: who, with which code, how often, and how the text named them')
    .argument('<paths...>', 'files or folders to analyse; - reads stdin')
    .option('--date <YYYY-MM-DD>', 'date for articles that carry none')
    .option('--json', 'print JSON')
    .addOption(kbOption())
    .action(async (paths: string[], flags: { date?: string; json?: boolean; kb?: string[] }) => {
      const date = flags.date === undefined ? undefined : parseDateOption(flags.date, '--date');
      const analyses: Analysis[] = [];
      const options = { ...(date !== undefined && { date }), kb: flags.kb };
      const { rejected } = await analyzeInputs(paths, io, options, (a) => analyses.push(a));
      const actors = tallyActors(analyses.flatMap((a) => a.mentions));
      if (flags.json) printJson(io, actors);
      else
        io.out(
          formatTable(
            ['id', 'code', 'mentions', 'name', 'named as'],
            actors.map((a) => [a.id, a.code, a.mentions, a.name, truncate(a.names.join(' | '), 60)]),
          ),
        );
      setExit(rejected > 0 ? 1 : 0);
    });

  program
    .command('explain')
    .description('every mention in an article, the actor it was resolved to, and the rules that decided it')
    .argument('<paths...>', 'files or folders to analyse; - reads stdin')
    .option('--date <YYYY-MM-DD>', 'date for articles that carry none')
    .option('--json', 'print the mentions as JSON')
    .addOption(kbOption())
    .action(async (paths: string[], flags: { date?: string; json?: boolean; kb?: string[] }) => {
      const date = flags.date === undefined ? undefined : parseDateOption(flags.date, '--date');
      const all: unknown[] = [];
      const options = { ...(date !== undefined && { date }), kb: flags.kb };
      const { rejected } = await analyzeInputs(paths, io, options, (a) => {
        if (flags.json)
          all.push({ article: a.article.id, published: a.article.published, mentions: a.mentions });
        else io.out(explain(a));
      });
      if (flags.json) printJson(io, all.length === 1 ? all[0] : all);
      setExit(rejected > 0 ? 1 : 0);
    });
}

/** Sentence by sentence: each mention, what it resolved to, the detection and resolution rules, confidence. */
export function explain(a: Analysis): string {
  const lines = [
    `article ${a.article.id.slice(0, 12)}  ${a.article.published}  knowledge ${a.knowledgeVersion}`,
  ];
  for (const s of a.sentences) {
    const mentions = a.mentions.filter((m) => m.sentence === s.index);
    if (mentions.length === 0) continue;
    lines.push('', `[${s.index}] ${truncate(a.article.text.slice(s.span.start, s.span.end), 150)}`);
    const rows = mentions.map((m) => [
      `  ${m.text}`,
      m.type,
      m.actor ? `→ ${m.actor.name} (${m.actor.id}, ${m.actor.code || '?'})` : '→ (no actor)',
      m.rule,
      m.confidence.toFixed(2),
    ]);
    lines.push(formatTable(['  mention', 'type', 'resolved to', 'rule', 'conf'], rows).trimEnd());
  }
  return `${lines.join('\n')}\n`;
}
