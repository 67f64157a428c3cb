import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { Commitment } from '../../core/records.js';
import {
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  commitmentStatus,
} from '../../extract/commitments/derive.js';
import { analyzeInputs } from '../analyze-inputs.js';
import { withStore } from '../context.js';
import { formatTable, type Io, printJson, truncate } from '../io.js';
import { parseCount, parseDateOption } from '../options.js';

interface CommitmentFlags {
  db?: string;
  asOf?: string;
  actor?: string;
  status?: string;
  limit: string;
  json?: boolean;
}

type Listed = Commitment & { readonly articleId: string; readonly status: CommitmentStatus };

export function registerCommitments(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('commitments')
    .description(
      'promised or scheduled actions with their due window, and whether each is open, due or past due',
    )
    .argument('[paths...]', 'files or folders to analyse; without them, read the store')
    .option('--db <url>', 'store (default sqlite:./sitrep.db, or $SITREP_DB)')
    .option('--as-of <YYYY-MM-DD>', 'the day the status is judged on (default: today)')
    .option('--actor <id|code>', 'only commitments with this actor on either side')
    .option('--status <status>', `only ${COMMITMENT_STATUSES.join(', ')}`)
    .option('--limit <n>', 'at most n commitments from the store', '200')
    .option('--json', 'print JSON')
    .action(async (paths: string[], flags: CommitmentFlags) => {
      const asOf =
        flags.asOf === undefined
          ? new Date().toISOString().slice(0, 10)
          : parseDateOption(flags.asOf, '--as-of');
      const status = flags.status;
      if (status !== undefined && !(COMMITMENT_STATUSES as readonly string[]).includes(status)) {
        throw new UsageError(`--status: '${status}' is not one of ${COMMITMENT_STATUSES.join(', ')}`);
      }
      let found: (Commitment & { articleId: string })[] = [];
      if (paths.length > 0) {
        const { rejected } = await analyzeInputs(paths, io, {}, (a) => {
          found.push(...a.commitments.map((c) => ({ ...c, articleId: a.article.id })));
        });
        setExit(rejected > 0 ? 1 : 0);
      } else {
        found = await withStore(flags.db, (store) =>
          store.commitments({ limit: parseCount(flags.limit, '--limit') }),
        );
      }
      const actor = flags.actor;
      const listed: Listed[] = found
        .filter(
          (c) =>
            !actor || [c.source, c.target].some((a) => a && (a.id === actor || a.code.startsWith(actor))),
        )
        .map((c) => ({ ...c, status: commitmentStatus(c.due, asOf) }))
        .filter((c) => status === undefined || c.status === status)
        .sort((a, b) => a.due.from.localeCompare(b.due.from) || a.id.localeCompare(b.id));
      if (flags.json) return printJson(io, listed);
      io.out(
        formatTable(
          ['status', 'due', 'source', 'target', 'code', 'what'],
          listed.map((c) => [
            c.status,
            c.due.from === c.due.to ? c.due.from : `${c.due.from}..${c.due.to}`,
            c.source.code || c.source.name,
            c.target?.code ?? '',
            c.code,
            truncate(c.text, 70),
          ]),
        ),
      );
    });
}
