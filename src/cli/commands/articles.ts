import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { withStore } from '../context.js';
import { formatTable, type Io, printJson, truncate } from '../io.js';
import { parseCount, parseDateOption } from '../options.js';

interface ListFlags {
  db?: string;
  json?: boolean;
  limit: string;
  offset: string;
  since?: string;
  until?: string;
  source?: string;
}

export function registerArticles(program: Command, io: Io): void {
  const articles = program.command('articles').description('list stored articles, or show one');
  articles
    .command('list', { isDefault: true })
    .description('list stored articles, newest first')
    .option('--db <url>', 'store (default sqlite:./sitrep.db, or $SITREP_DB)')
    .option('--since <YYYY-MM-DD>', 'published on or after')
    .option('--until <YYYY-MM-DD>', 'published on or before')
    .option('--source <name>', 'only this source')
    .option('--limit <n>', 'at most n articles', '50')
    .option('--offset <n>', 'skip the first n', '0')
    .option('--json', 'print JSON')
    .action(async (flags: ListFlags) => {
      const rows = await withStore(flags.db, (store) =>
        store.articles({
          limit: parseCount(flags.limit, '--limit'),
          offset: parseCount(flags.offset, '--offset', 0),
          ...(flags.since !== undefined && { since: parseDateOption(flags.since, '--since') }),
          ...(flags.until !== undefined && { until: parseDateOption(flags.until, '--until') }),
          ...(flags.source !== undefined && { source: flags.source }),
        }),
      );
      if (flags.json) return printJson(io, rows);
      io.out(
        formatTable(
          ['id', 'date', 'words', 'source', 'title'],
          rows.map((r) => [
            r.id.slice(0, 12),
            r.published,
            r.words,
            r.source ?? '',
            truncate(r.title ?? '', 70),
          ]),
        ),
      );
    });
  articles
    .command('show')
    .description('show one article (id or a unique prefix of 6+ characters) with its records')
    .argument('<id>', 'article id or prefix')
    .option('--db <url>', 'store (default sqlite:./sitrep.db, or $SITREP_DB)')
    .option('--json', 'print JSON')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const found = await withStore(flags.db, (store) => store.article(id));
      if (!found)
        throw new UsageError(`no article '${id}' (give the id or a unique prefix of 6+ characters)`);
      if (flags.json) return printJson(io, found);
      const a = found.article;
      io.out(`id        ${a.id}\ndate      ${a.published}\n`);
      if (a.title) io.out(`title     ${a.title}\n`);
      if (a.source) io.out(`source    ${a.source}\n`);
      if (a.url) io.out(`url       ${a.url}\n`);
      io.out(`knowledge ${found.knowledgeVersion ?? '-'}  stages ${found.stages.join(',')}\n`);
      io.out(
        `records   ${found.mentions.length} mentions, ${found.events.length} events, ${found.quotes.length} quotes, ${found.places.length} places, ${found.commitments.length} commitments\n\n`,
      );
      io.out(`${a.text}\n`);
    });
}
