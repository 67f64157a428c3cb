import type { Command } from 'commander';
import { analyze } from '../../analyze.js';
import { describeRejection } from '../../core/article.js';
import { isOneOf, QUAD_CLASSES, type QuadClass } from '../../core/codes.js';
import { UsageError } from '../../core/errors.js';
import type { Event } from '../../core/records.js';
import { prepareArticle } from '../../ingest/prepare.js';
import { readInputs } from '../../ingest/read.js';
import type { EventQuery, StoredEvent } from '../../store/port.js';
import { knowledge, withStore } from '../context.js';
import { formatTable, type Io, printJson, truncate } from '../io.js';
import { parseCount, parseDateOption, parseSize } from '../options.js';

interface EventsFlags {
  db?: string;
  actor?: string;
  dyad?: string;
  code?: string;
  root?: string;
  quad?: string;
  since?: string;
  until?: string;
  includeNegated?: boolean;
  date?: string;
  limit: string;
  json?: boolean;
}

export function registerEvents(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('events')
    .description('list coded events: of files analysed now, or of the store (--db)')
    .argument('[paths...]', 'files or folders to analyse (- reads stdin); none: query the store')
    .option('--db <url>', 'store (default sqlite:./sitrep.db, or $SITREP_DB)')
    .option('--actor <id|code>', 'events with this actor on either side (an id, or a code or code prefix)')
    .option('--dyad <A,B>', 'events between two actor codes (or prefixes such as RUS), either direction')
    .option('--code <code>', 'one CAMEO code, e.g. 036')
    .option('--root <root>', 'one CAMEO root, e.g. 19')
    .option('--quad <n>', 'quad class: 1 verbal cooperation … 4 material conflict')
    .option('--since <YYYY-MM-DD>', 'events on or after this date')
    .option('--until <YYYY-MM-DD>', 'events on or before this date')
    .option('--include-negated', 'also negated, denied, hypothetical and demanded events')
    .option('--date <YYYY-MM-DD>', 'date for analysed articles that carry none')
    .option('--limit <n>', 'at most n events', '100')
    .option('--json', 'print JSON')
    .action(async (paths: string[], flags: EventsFlags) => {
      const query = parseQuery(flags);
      let events: (Event & { articleId?: string })[];
      if (paths.length > 0) {
        if (flags.db !== undefined) throw new UsageError('give either files to analyse or --db, not both');
        const found = await analyzeFiles(paths, flags, io, setExit);
        events = found.filter((e) => matchesQuery(e, query)).slice(0, query.limit);
      } else {
        events = await withStore(flags.db, (store) => store.events(query));
      }
      if (flags.json) return printJson(io, events);
      io.out(describeEvents(events, query.includeNegated === true));
    });
}

function parseQuery(flags: EventsFlags): EventQuery & { limit: number } {
  let dyad: [string, string] | undefined;
  if (flags.dyad !== undefined) {
    const parts = flags.dyad.split(',').map((p) => p.trim());
    if (parts.length !== 2 || parts.some((p) => p === ''))
      throw new UsageError(`--dyad: '${flags.dyad}' is not two actor codes separated by a comma (RUS,UKR)`);
    dyad = [parts[0]!, parts[1]!];
  }
  let quadClass: QuadClass | undefined;
  if (flags.quad !== undefined) {
    const n = Number(flags.quad);
    if (!isOneOf(QUAD_CLASSES, n)) throw new UsageError(`--quad: '${flags.quad}' is not 1, 2, 3 or 4`);
    quadClass = n;
  }
  if (flags.code !== undefined && !/^\d{2,4}$/.test(flags.code))
    throw new UsageError(`--code: '${flags.code}' is not a CAMEO code (2 to 4 digits, e.g. 036)`);
  if (flags.root !== undefined && !/^\d{2}$/.test(flags.root))
    throw new UsageError(`--root: '${flags.root}' is not a CAMEO root (2 digits, e.g. 19)`);
  return {
    limit: parseCount(flags.limit, '--limit'),
    ...(flags.actor !== undefined && { actor: flags.actor }),
    ...(dyad && { dyad }),
    ...(flags.code !== undefined && { code: flags.code }),
    ...(flags.root !== undefined && { root: flags.root }),
    ...(quadClass !== undefined && { quadClass }),
    ...(flags.since !== undefined && { since: parseDateOption(flags.since, '--since') }),
    ...(flags.until !== undefined && { until: parseDateOption(flags.until, '--until') }),
    ...(flags.includeNegated && { includeNegated: true }),
  };
}

async function analyzeFiles(paths: string[], flags: EventsFlags, io: Io, setExit: (code: number) => void) {
  const date = flags.date === undefined ? undefined : parseDateOption(flags.date, '--date');
  const kb = knowledge();
  const events: (Event & { articleId: string })[] = [];
  let rejected = 0;
  for await (const item of readInputs(paths, {
    maxBytes: parseSize('50MB', '--max-bytes'),
    stdin: io.stdin,
    ...(date !== undefined && { date }),
  })) {
    const prepared = item.kind === 'rejection' ? item : prepareArticle(item, date);
    if ('kind' in prepared) {
      rejected++;
      io.err(`rejected ${describeRejection(prepared)}\n`);
      continue;
    }
    for (const e of analyze(prepared, kb).events) events.push({ ...e, articleId: prepared.id });
  }
  setExit(rejected > 0 ? 1 : 0);
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

const startsWith = (code: string | undefined, prefix: string) => code?.startsWith(prefix) === true;

/** The store's event filters, applied to events analysed in memory (same meaning as `Store.events`). */
export function matchesQuery(e: Event, q: EventQuery): boolean {
  if (q.actor !== undefined) {
    const a = q.actor;
    if (
      !(
        e.source.id === a ||
        e.target?.id === a ||
        startsWith(e.source.code, a) ||
        startsWith(e.target?.code, a)
      )
    )
      return false;
  }
  if (q.dyad) {
    const [a, b] = q.dyad;
    const forward = startsWith(e.source.code, a) && startsWith(e.target?.code, b);
    const backward = startsWith(e.source.code, b) && startsWith(e.target?.code, a);
    if (!forward && !backward) return false;
  }
  if (q.code !== undefined && e.code !== q.code) return false;
  if (q.root !== undefined && e.root !== q.root) return false;
  if (q.quadClass !== undefined && e.quadClass !== q.quadClass) return false;
  if (q.since !== undefined && e.date < q.since) return false;
  if (q.until !== undefined && e.date > q.until) return false;
  if (
    !q.includeNegated &&
    !(e.polarity === 'asserted' && (e.modality === 'actual' || e.modality === 'intended'))
  )
    return false;
  return true;
}

export function describeEvents(events: readonly (Event | StoredEvent)[], withStance: boolean): string {
  if (events.length === 0) return 'no events\n';
  const headers = ['date', 'source', 'target', 'code', 'quad', 'goldstein'];
  if (withStance) headers.push('stance');
  headers.push('rule', 'evidence');
  const rows = events.map((e) => {
    const row: (string | number)[] = [
      e.date,
      e.source.code || e.source.id,
      e.target?.code ?? '-',
      e.code,
      e.quadClass,
    ];
    row.push(e.goldstein.toFixed(1));
    if (withStance) row.push(e.polarity === 'negated' ? `negated ${e.modality}` : e.modality);
    row.push(e.rule, truncate(e.text, 70));
    return row;
  });
  return formatTable(headers, rows);
}
