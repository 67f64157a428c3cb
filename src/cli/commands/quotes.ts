import type { Command } from 'commander';
import { isOneOf, QUOTE_KINDS } from '../../core/codes.js';
import { UsageError } from '../../core/errors.js';
import type { Quote } from '../../core/records.js';
import type { QuoteQuery } from '../../store/port.js';
import { analyzeInputs } from '../analyze-inputs.js';
import { withStore } from '../context.js';
import { formatTable, type Io, printJson, truncate } from '../io.js';
import { kbOption } from '../kb-option.js';
import { parseCount, parseDateOption } from '../options.js';
import { matchQuotes } from '../quote-match.js';

interface QuoteFlags {
  db?: string;
  speaker?: string;
  about?: string;
  kind?: string;
  since?: string;
  until?: string;
  text?: string;
  date?: string;
  limit: string;
  json?: boolean;
  kb?: string[];
}

type Listed = Quote & { readonly articleId: string };

export function registerQuotes(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('quotes')
    .description(
      'who said what: direct, reported and mixed quotes with their speakers, from files or the store',
    )
    .argument('[paths...]', 'files or folders to analyse (- reads stdin); without them, the store is read')
    .option('--db <url>', 'store to read (default sqlite:./sitrep.db, or $SITREP_DB)')
    .option('--speaker <actor>', 'said by this actor: id, code prefix (RUS) or words of the name (lavrov)')
    .option('--about <actor>', 'mentioning this actor inside the quote: id, code prefix or words of the name')
    .option('--kind <kind>', `only ${QUOTE_KINDS.join(', ')} quotes`)
    .option('--since <YYYY-MM-DD>', 'said on or after')
    .option('--until <YYYY-MM-DD>', 'said on or before')
    .option('--text <words>', 'quotes containing these words')
    .option('--date <YYYY-MM-DD>', 'date for articles that carry none (with paths)')
    .option('--limit <n>', 'at most n quotes', '100')
    .option('--json', 'print JSON')
    .addOption(kbOption())
    .action(async (paths: string[], flags: QuoteFlags) => {
      if (paths.length > 0 && flags.db !== undefined)
        throw new UsageError('give files to analyse or --db to read a store, not both');
      const query = quoteQuery(flags);
      let quotes: Listed[] = [];
      if (paths.length > 0) {
        const date = flags.date === undefined ? undefined : parseDateOption(flags.date, '--date');
        const options = { ...(date !== undefined && { date }), kb: flags.kb };
        const { rejected } = await analyzeInputs(paths, io, options, (a) => {
          for (const q of matchQuotes(a, query)) quotes.push({ ...q, articleId: a.article.id });
        });
        quotes = quotes.slice(0, query.limit);
        setExit(rejected > 0 ? 1 : 0);
      } else {
        quotes = await withStore(flags.db, (store) => store.quotes(query));
      }
      if (flags.json) return printJson(io, quotes);
      io.out(
        formatTable(
          ['article', 'date', 'speaker', 'kind', 'cue', 'quote'],
          quotes.map((q) => [
            q.articleId.slice(0, 12),
            q.date,
            speakerLabel(q),
            q.kind,
            q.cue ?? '',
            truncate(q.text, 90),
          ]),
        ),
      );
    });
}

function quoteQuery(flags: QuoteFlags): QuoteQuery & { limit: number } {
  if (flags.kind !== undefined && !isOneOf(QUOTE_KINDS, flags.kind))
    throw new UsageError(`--kind: '${flags.kind}' is not one of ${QUOTE_KINDS.join(', ')}`);
  return {
    limit: parseCount(flags.limit, '--limit'),
    ...(flags.speaker !== undefined && { speaker: flags.speaker }),
    ...(flags.about !== undefined && { about: flags.about }),
    ...(flags.kind !== undefined && { kind: flags.kind as QuoteQuery['kind'] & string }),
    ...(flags.since !== undefined && { since: parseDateOption(flags.since, '--since') }),
    ...(flags.until !== undefined && { until: parseDateOption(flags.until, '--until') }),
    ...(flags.text !== undefined && { text: flags.text }),
  };
}

/** The resolved actor, else the words that named the speaker in brackets, else a question mark: never a guess. */
export function speakerLabel(q: Quote): string {
  if (q.speaker) return `${q.speaker.name} (${q.speaker.code || '?'})`;
  if (q.speakerText) return `[${truncate(q.speakerText, 30)}]`;
  return '?';
}
