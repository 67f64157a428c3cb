import type { Command } from 'commander';
import { withStore } from '../context.js';
import { formatTable, type Io, printJson } from '../io.js';
import { parseCount } from '../options.js';

export function registerSearch(program: Command, io: Io): void {
  program
    .command('search')
    .description('full-text search over stored articles (all words must match; ranked)')
    .argument('<words...>', 'words to find')
    .option('--db <url>', 'store (default sqlite:./sitrep.db, or $SITREP_DB)')
    .option('--limit <n>', 'at most n hits', '20')
    .option('--json', 'print JSON')
    .action(async (words: string[], flags: { db?: string; limit: string; json?: boolean }) => {
      const hits = await withStore(flags.db, (store) =>
        store.search(words.join(' '), { limit: parseCount(flags.limit, '--limit') }),
      );
      if (flags.json) return printJson(io, hits);
      if (hits.length === 0) return io.out('no matches\n');
      io.out(
        formatTable(
          ['id', 'date', 'snippet'],
          hits.map((h) => [h.id.slice(0, 12), h.published, h.snippet.replace(/\s+/g, ' ')]),
        ),
      );
    });
}
