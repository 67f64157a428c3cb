import type { Command } from 'commander';
import { isOneOf, QUAD_CLASSES, type QuadClass } from '../core/codes.js';
import { UsageError } from '../core/errors.js';
import type { EventQuery } from '../store/port.js';
import { parseDateOption } from './options.js';

/** The event filter flags, the same wherever a command selects events (export; later events, dyad). */
export interface EventFilterFlags {
  actor?: string;
  source?: string;
  target?: string;
  dyad?: string;
  code?: string;
  root?: string;
  quadClass?: string;
  article?: string;
  since?: string;
  until?: string;
  includeNegated?: boolean;
}

export function addEventFilterOptions(command: Command): Command {
  return command
    .option('--actor <id|code>', 'an actor id or code prefix, on either side')
    .option('--source <id>', 'exactly this actor id as the source')
    .option('--target <id>', 'exactly this actor id as the target')
    .option('--dyad <A,B>', 'two actor codes or prefixes (RUS,UKR), in either direction')
    .option('--code <code>', 'CAMEO event code (044)')
    .option('--root <root>', 'CAMEO root code (01 to 20)')
    .option(
      '--quad-class <n>',
      '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict',
    )
    .option('--article <id>', 'events of one article')
    .option('--since <YYYY-MM-DD>', 'events on or after this day')
    .option('--until <YYYY-MM-DD>', 'events on or before this day')
    .option('--include-negated', 'also negated, denied, hypothetical and demanded events');
}

export function eventQueryFromFlags(flags: EventFilterFlags): Omit<EventQuery, 'limit' | 'offset'> {
  let dyad: [string, string] | undefined;
  if (flags.dyad !== undefined) {
    const m = /^([A-Za-z0-9]+),([A-Za-z0-9]+)$/.exec(flags.dyad);
    if (!m) throw new UsageError(`--dyad: '${flags.dyad}' is not two actor codes such as RUS,UKR`);
    dyad = [m[1]!.toUpperCase(), m[2]!.toUpperCase()];
  }
  let quadClass: QuadClass | undefined;
  if (flags.quadClass !== undefined) {
    const n = Number(flags.quadClass);
    if (!isOneOf(QUAD_CLASSES, n))
      throw new UsageError(`--quad-class: '${flags.quadClass}' is not 1, 2, 3 or 4`);
    quadClass = n;
  }
  if (flags.root !== undefined && !/^(0[1-9]|1\d|20)$/.test(flags.root))
    throw new UsageError(`--root: '${flags.root}' is not a CAMEO root code (01 to 20)`);
  if (flags.code !== undefined && !/^\d{2,4}$/.test(flags.code))
    throw new UsageError(`--code: '${flags.code}' is not a CAMEO code`);
  return {
    ...(flags.actor !== undefined && { actor: flags.actor }),
    ...(flags.source !== undefined && { source: flags.source }),
    ...(flags.target !== undefined && { target: flags.target }),
    ...(dyad !== undefined && { dyad }),
    ...(flags.code !== undefined && { code: flags.code }),
    ...(flags.root !== undefined && { root: flags.root }),
    ...(quadClass !== undefined && { quadClass }),
    ...(flags.article !== undefined && { articleId: flags.article }),
    ...(flags.since !== undefined && { since: parseDateOption(flags.since, '--since') }),
    ...(flags.until !== undefined && { until: parseDateOption(flags.until, '--until') }),
    ...(flags.includeNegated === true && { includeNegated: true }),
  };
}
