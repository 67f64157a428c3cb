import type { Command } from 'commander';
import { AVAILABLE_STAGES, parseStage } from '../../analyze.js';
import type { Analysis } from '../../core/analysis.js';
import { analyzeInputs } from '../analyze-inputs.js';
import { type Io, printJson } from '../io.js';
import { kbOption } from '../kb-option.js';
import { parseDateOption } from '../options.js';

interface AnalyzeFlags {
  until?: string;
  json?: boolean;
  date?: string;
  tokens?: boolean;
  kb?: string[];
}

export function registerAnalyze(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('analyze')
    .description('analyse articles without storing them and print the record')
    .argument('<paths...>', 'files or folders; - reads stdin')
    .option('--until <stage>', `stop after this stage (${AVAILABLE_STAGES.join(', ')})`)
    .option('--date <YYYY-MM-DD>', 'date for articles that carry none')
    .option('--json', 'print the whole record as JSON (one object per article, in an array when several)')
    .addOption(kbOption())
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      const until = flags.until === undefined ? undefined : parseStage(flags.until);
      const date = flags.date === undefined ? undefined : parseDateOption(flags.date, '--date');
      const results: Analysis[] = [];
      const { rejected } = await analyzeInputs(
        paths,
        io,
        { ...(date !== undefined && { date }), ...(until !== undefined && { until }), kb: flags.kb },
        (analysis) => {
          if (flags.json) results.push(analysis);
          else io.out(describeAnalysis(analysis));
        },
      );
      if (flags.json) printJson(io, results.length === 1 ? results[0] : results);
      setExit(rejected > 0 ? 1 : 0);
    });
}

/** A person's view of a record: what each stage found, sentence by sentence. */
export function describeAnalysis(a: Analysis): string {
  const lines = [
    `article ${a.article.id.slice(0, 12)}  ${a.article.published}  ${a.article.title ?? ''}`.trimEnd(),
    `stages ${a.stages.join(' → ')}  knowledge ${a.knowledgeVersion}`,
    `${a.sentences.length} sentences, ${a.tokens.length} tokens, ${a.mentions.length} mentions, ${a.events.length} events, ${a.quotes.length} quotes`,
  ];
  for (const s of a.sentences) {
    const words = a.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => `${t.text}/${t.pos}`);
    lines.push(`  [${s.index}] ${words.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
